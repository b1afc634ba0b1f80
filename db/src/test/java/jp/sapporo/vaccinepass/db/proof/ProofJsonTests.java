package jp.sapporo.vaccinepass.db.proof;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

import jp.sapporo.vaccinepass.db.proof.ProofCodeCheck.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The proof code's JSON with Jackson: the same bytes as the hand-written writer it
 * replaced (Ed25519 is deterministic, so whole codes can be compared), old codes still
 * read, and only flat objects of strings and integers accepted.
 */
class ProofJsonTests {

	private static final Instant SCAN = Instant.parse("2026-11-22T03:00:00Z");

	/**
	 * Made by the hand-written writer before Jackson (commit 1e848c4) with the demo key:
	 * quote, backslash, slash, space and Japanese in the store name.
	 */
	private static final String BEFORE_JACKSON = "eyJhbGciOiJFZERTQSIsImtpZCI6ImRlbW8tMjAyNiIsInR5cCI6InZwLXByb29mK2p3cyJ9"
			+ ".eyJ2IjoxLCJwaWQiOjQyLCJzaWQiOjcsInNubSI6IuOBmeOBmeOBjeOBriBcIuWMl-aWl1wiIFxcIC8g5pyt5bmMIiwicHJnIjoic2FwcG9y"
			+ "by1wYXNzY29kZS0yMDIxIiwiYmFzIjoiVkFDQ0lOQVRJT04iLCJpYXQiOjE3OTUzMTY0MDAsImV4cCI6MTc5NTMxNzAwMH0"
			+ ".ivLHy8nQHUvP9EaMqUtWG5282PksserN_lA3476nbYLs3nd3Apcae05ch3KZ9fUoXURfTfsPVMW7K1buNyKRBQ";

	/**
	 * Also by the old writer: control characters, which it wrote all as six-character
	 * escapes (backslash, u, four hex digits; Jackson writes the tab as backslash t: the
	 * same JSON).
	 */
	private static final String BEFORE_JACKSON_CONTROL = "eyJhbGciOiJFZERTQSIsImtpZCI6ImRlbW8tMjAyNiIsInR5cCI6InZwLXByb29mK2p3cyJ9"
			+ ".eyJ2IjoxLCJwaWQiOjkwMDcxOTkyNTQ3NDA5OTMsInNpZCI6MSwic25tIjoiQVx1MDAwMVx1MDAwOUIiLCJwcmciOiJzYXBwb3JvLXBh"
			+ "c3Njb2RlLTIwMjEiLCJiYXMiOiJURVNUIiwiaWF0IjoxNzk1MzE2NDAwLCJleHAiOjE3OTUzMTcwMDB9"
			+ ".bUdSJTe2wvnmCVaRxh5j3ttD2XLQ_eClezf4eiUWqCFLCWIhRoLubLkKIlWrheU0FUL5Ixpa2mbVbv4jjdHtAQ";

	private final ProofCodeKeys demoKeys = ProofCodeKeys
		.from(new ProofCodeProperties(null, null, Duration.ofSeconds(60)));

	private ProofCodeVerifier verifier() {
		return new ProofCodeVerifier(this.demoKeys, null, Clock.fixed(SCAN, ZoneId.of("Asia/Tokyo")),
				Duration.ofSeconds(60));
	}

	@Test
	void aCodeIsByteForByteWhatTheHandWrittenWriterMade() {
		ProofClaims claims = new ProofClaims(42, 7, "すすきの \"北斗\" \\ / 札幌", "sapporo-passcode-2021", "VACCINATION", SCAN,
				SCAN.plus(Duration.ofMinutes(10)));
		assertThat(new ProofCodeSigner(this.demoKeys).sign(claims)).isEqualTo(BEFORE_JACKSON);
		assertThat(payload(BEFORE_JACKSON))
			.isEqualTo("{\"v\":1,\"pid\":42,\"sid\":7,\"snm\":\"すすきの \\\"北斗\\\" \\\\ / 札幌\","
					+ "\"prg\":\"sapporo-passcode-2021\",\"bas\":\"VACCINATION\",\"iat\":1795316400,\"exp\":1795317000}");
	}

	@Test
	void codesOfTheOldWriterWithControlCharactersStillVerifyAndReadTheSame() {
		ProofCodeCheck check = verifier().check(BEFORE_JACKSON_CONTROL);
		assertThat(check.result()).isEqualTo(Result.VALID);
		assertThat(check.claims().storeName()).isEqualTo("A\u0001\tB");
		assertThat(check.claims().proofId()).isEqualTo(9007199254740993L);
		// a new code of the same claims differs only in the escape of the tab
		String again = new ProofCodeSigner(this.demoKeys).sign(check.claims());
		assertThat(payload(again)).contains("\"snm\":\"A\\u0001\\tB\"");
		assertThat(verifier().check(again).claims()).isEqualTo(check.claims());
	}

	@Test
	void readsAFlatObjectOfStringsAndIntegers() {
		assertThat(read(" { \"k\" : \"\\u3042\\n\" , \"n\": -12, \"big\": 9223372036854775807 } "))
			.containsExactly(Map.entry("k", "あ\n"), Map.entry("n", -12L), Map.entry("big", Long.MAX_VALUE));
		assertThat(read("{}")).isEmpty();
	}

	@Test
	void refusesWhatTheHandWrittenReaderRefused() {
		// a name twice: the first or the last could be believed, so neither is
		assertThatIllegalArgumentException().isThrownBy(() -> read("{\"pid\":1,\"pid\":2}"));
		// only strings and integers
		assertThatIllegalArgumentException().isThrownBy(() -> read("{\"pid\":1.5}"));
		assertThatIllegalArgumentException().isThrownBy(() -> read("{\"pid\":1e3}"));
		assertThatIllegalArgumentException().isThrownBy(() -> read("{\"pid\":true}"));
		assertThatIllegalArgumentException().isThrownBy(() -> read("{\"pid\":null}"));
		assertThatIllegalArgumentException().isThrownBy(() -> read("{\"pid\":[1]}"));
		assertThatIllegalArgumentException().isThrownBy(() -> read("{\"pid\":{\"a\":1}}"));
		assertThatIllegalArgumentException().isThrownBy(() -> read("{\"pid\":9223372036854775808}"));
		// one object and nothing after it
		assertThatIllegalArgumentException().isThrownBy(() -> read("{\"pid\":1} {}"));
		assertThatIllegalArgumentException().isThrownBy(() -> read("{\"pid\":1}x"));
		assertThatIllegalArgumentException().isThrownBy(() -> read("[1]"));
		assertThatIllegalArgumentException().isThrownBy(() -> read("\"pid\""));
		assertThatIllegalArgumentException().isThrownBy(() -> read(""));
		assertThatIllegalArgumentException().isThrownBy(() -> read("{\"pid\":1"));
		assertThatIllegalArgumentException().isThrownBy(() -> read("{\"a\":\"\\x\"}"));
		assertThatIllegalArgumentException().isThrownBy(() -> read("{\"a\":\"tab\there\"}"));
	}

	@Test
	void aSignedPayloadThatIsNotFlatIsMalformedNotAnError() {
		ProofCodeSigner signer = new ProofCodeSigner(this.demoKeys);
		String code = signer.sign(new ProofClaims(1, 2, "s", "p", "b", SCAN, SCAN.plusSeconds(600)));
		String header = code.substring(0, code.indexOf('.'));
		for (String payload : new String[] {
				"{\"v\":1,\"v\":1,\"pid\":1,\"sid\":2,\"snm\":\"s\",\"prg\":\"p\",\"bas\":\"b\","
						+ "\"iat\":1795316400,\"exp\":1795317000}",
				"{\"v\":1}", "{\"v\":2}", "[]", "{\"v\":\"1\"}" }) {
			String forgedButSigned = resign(header, payload);
			assertThat(verifier().check(forgedButSigned).result()).as(payload).isEqualTo(Result.MALFORMED);
		}
		assertThat(verifier().check(resign(header,
				"{\"v\":1,\"pid\":1,\"sid\":2,\"snm\":\"s\",\"prg\":\"p\",\"bas\":\"b\",\"iat\":1795316400,\"exp\":1795317000}"))
			.result()).isEqualTo(Result.VALID);
	}

	/** Sign any payload with the demo key, as only the key holder could. */
	private String resign(String header, String payload) {
		String input = header + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
		try {
			java.security.Signature signature = java.security.Signature.getInstance("Ed25519");
			signature.initSign(this.demoKeys.signingKey());
			signature.update(input.getBytes(StandardCharsets.US_ASCII));
			return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> read(String json) {
		return ProofJson.read(json.getBytes(StandardCharsets.UTF_8));
	}

	private static String payload(String code) {
		return new String(Base64.getUrlDecoder().decode(code.split("\\.")[1]), StandardCharsets.UTF_8);
	}

}
