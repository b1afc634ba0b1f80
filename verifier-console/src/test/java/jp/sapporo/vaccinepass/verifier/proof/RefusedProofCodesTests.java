package jp.sapporo.vaccinepass.verifier.proof;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jp.sapporo.vaccinepass.db.proof.ProofClaims;
import jp.sapporo.vaccinepass.db.proof.ProofCodeCheck.Result;
import jp.sapporo.vaccinepass.db.proof.ProofCodeSigner;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7: "forged, tampered, expired, replayed and other-store codes are refused 100%".
 * A generated set of bad codes, each pasted into the check page over real HTTP by a
 * logged-in checker (in Japanese and in English): every one is refused with the
 * translated reason its kind allows, on a normal page without a stack trace.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedProofCodesTests {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private static final String DEMO_HEADER = "{\"alg\":\"EdDSA\",\"kid\":\"demo-2026\",\"typ\":\"vp-proof+jws\"}";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProofCodeSigner signer;

	@Autowired
	MessageSource messages;

	private final Random random = new Random(7);

	private final List<Variant> variants = new ArrayList<>();

	/** A bad code and the results its kind may give (one for most kinds). */
	record Variant(String kind, String code, Set<Result> allowed) {
	}

	private void add(String kind, String code, Result first, Result... more) {
		this.variants.add(new Variant(kind, code, EnumSet.of(first, more)));
	}

	@BeforeAll
	void generateTheBadCodes() throws Exception {
		IssuedProofs proofs = new IssuedProofs(this.jdbc);
		for (int i = 0; i < 20; i++) {
			// a key of its own under the platform's key id: a forger's code
			KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			add("forged", jws(DEMO_HEADER, payload(proofs.issue()), forger.getPrivate()), Result.BAD_SIGNATURE);
		}
		for (int i = 0; i < 60; i++) {
			// one character changed somewhere in one of the three parts
			String code = this.signer.sign(proofs.issue());
			String[] parts = code.split("\\.");
			int part = i % 3;
			parts[part] = changeOneCharacter(parts[part]);
			String tampered = String.join(".", parts);
			switch (part) {
				// the header is read as exact text: another text, or another key id
				case 0 -> add("tampered header", tampered, Result.MALFORMED, Result.UNKNOWN_KEY);
				// a non-canonical last character is malformed before the signature
				default -> add("tampered " + ((part == 1) ? "payload" : "signature"), tampered, Result.BAD_SIGNATURE,
						Result.MALFORMED);
			}
		}
		for (int i = 0; i < 20; i++) {
			// a genuine proof of another store: the store in a code is signed
			ProofClaims claims = proofs.issue();
			String[] parts = this.signer.sign(claims).split("\\.");
			String otherStore = payload(claims).replace("\"sid\":" + claims.storeId() + ",",
					"\"sid\":" + (claims.storeId() + 1 + i) + ",");
			add("other store", parts[0] + "." + encode(otherStore) + "." + parts[2], Result.BAD_SIGNATURE);
		}
		for (int i = 0; i < 20; i++) {
			// genuine, but out of time: ended, or scanned in the future beyond the clock
			// skew
			ProofClaims real = proofs.issue();
			Instant scanned = (i % 2 == 0) ? real.scannedAt().minusSeconds(1200 + 60 * i)
					: real.scannedAt().plusSeconds(600 + 60 * i);
			add("expired", this.signer.sign(new ProofClaims(real.proofId(), real.storeId(), real.storeName(),
					real.programmeId(), real.basis(), scanned, scanned.plusSeconds(600))), Result.EXPIRED);
		}
		for (int i = 0; i < 20; i++) {
			KeyPair foreign = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			add("unknown key", jws(DEMO_HEADER.replace("demo-2026", "retired-" + i), payload(proofs.issue()),
					foreign.getPrivate()), Result.UNKNOWN_KEY);
		}
		for (int i = 0; i < 20; i++) {
			ProofClaims claims = proofs.issue();
			String body = encode(payload(claims));
			String none = encode(DEMO_HEADER.replace("EdDSA", "none"));
			switch (i % 4) {
				case 0 -> add("alg none", none + "." + body + ".", Result.MALFORMED);
				// the real signature of a real code, under a header saying "none"
				case 1 -> add("alg none", none + "." + body + "." + this.signer.sign(claims).split("\\.")[2],
						Result.MALFORMED);
				case 2 -> add("alg none", none + "." + body, Result.MALFORMED);
				// HMAC keyed with the public key: the classic algorithm confusion
				default -> add("alg HS256", hs256(encode(DEMO_HEADER.replace("EdDSA", "HS256")) + "." + body),
						Result.MALFORMED);
			}
		}
		for (int i = 0; i < 20; i++) {
			String code = this.signer.sign(proofs.issue());
			add("truncated", code.substring(0, 1 + this.random.nextInt(code.length() - 1)), Result.MALFORMED);
		}
		String code = this.signer.sign(proofs.issue());
		for (int size : new int[] { 4_000, 20_000, 100_000, 500_000, 1_000_000 }) {
			add("oversized", code + "A".repeat(size), Result.MALFORMED);
			add("oversized", "A".repeat(size / 2) + "." + "A".repeat(size / 2) + "." + "A".repeat(86),
					Result.MALFORMED);
		}
		for (String garbage : new String[] { "hello", "{}", "null", "%00", "<script>alert(1)</script>", "a.b.c",
				"' or 1=1 --", code.replace('.', ' '), code + "." + code, code.toUpperCase(Locale.ROOT) }) {
			add("garbage", garbage, Result.MALFORMED);
		}
	}

	@Test
	void everyBadCodeIsRefusedWithItsTranslatedReasonAndNoStackTrace() {
		StaffHttp japanese = StaffHttp.loggedIn(this.port, "staff@city.sapporo.example.jp", DemoAccounts.PASSWORD);
		StaffHttp english = StaffHttp.loggedIn(this.port, "agent@shinshu-travel.example.jp", DemoAccounts.PASSWORD);
		english.get(this.port, "/proof?lang=en");
		Map<String, Result> japaneseReasons = reasons(Locale.JAPANESE);
		Map<String, Result> englishReasons = reasons(Locale.ENGLISH);
		Map<String, Integer> refusedByKind = new HashMap<>();
		Map<Result, Integer> byResult = new EnumMap<>(Result.class);
		for (int i = 0; i < this.variants.size(); i++) {
			Variant variant = this.variants.get(i);
			boolean inEnglish = i % 2 == 1;
			HttpResponse<String> page = (inEnglish ? english : japanese).present(this.port, variant.code());
			String description = variant.kind() + " #" + i + ": "
					+ variant.code().substring(0, Math.min(120, variant.code().length()));
			assertThat(page.statusCode()).as(description).isEqualTo(200);
			assertThat(page.body()).as(description)
				.contains("id=\"proof-invalid\"")
				.doesNotContain("id=\"proof-valid\"")
				.doesNotContain("Exception")
				.doesNotContain("\tat ");
			Result result = (inEnglish ? englishReasons : japaneseReasons).get(StaffHttp.reason(page.body()));
			assertThat(result).as(description).isIn(variant.allowed());
			refusedByKind.merge(variant.kind(), 1, Integer::sum);
			byResult.merge(result, 1, Integer::sum);
		}
		assertThat(this.variants).hasSizeGreaterThanOrEqualTo(200);
		assertThat(refusedByKind.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(this.variants.size());
		// the generated set reaches every reason a code alone can give
		assertThat(byResult.keySet()).contains(Result.MALFORMED, Result.UNKNOWN_KEY, Result.BAD_SIGNATURE,
				Result.EXPIRED);
	}

	@Test
	void aReplayedCodeIsRefusedEveryTimeAfterItsFirstPresentationAndADeletedProofIsNotFound() {
		StaffHttp checker = StaffHttp.loggedIn(this.port, "lead@city.sapporo.example.jp", DemoAccounts.PASSWORD);
		Map<String, Result> reasons = reasons(Locale.JAPANESE);
		IssuedProofs proofs = new IssuedProofs(this.jdbc);
		for (int i = 0; i < 10; i++) {
			String code = this.signer.sign(proofs.issue());
			assertThat(checker.present(this.port, code).body()).contains("id=\"proof-valid\"");
			for (int again = 0; again < 3; again++) {
				String page = checker.present(this.port, code).body();
				assertThat(page).doesNotContain("id=\"proof-valid\"");
				assertThat(reasons.get(StaffHttp.reason(page))).isEqualTo(Result.ALREADY_REDEEMED);
			}
		}
		ProofClaims deleted = proofs.issue();
		this.jdbc.sql("delete from proof where id = :id").param("id", deleted.proofId()).update();
		String page = checker.present(this.port, this.signer.sign(deleted)).body();
		assertThat(reasons.get(StaffHttp.reason(page))).isEqualTo(Result.PROOF_NOT_FOUND);
	}

	/** The reason texts of a language, as the page shows them (HTML-escaped). */
	private Map<String, Result> reasons(Locale locale) {
		Map<String, Result> reasons = new HashMap<>();
		for (Result result : Result.values()) {
			String text = this.messages.getMessage("proof.result." + result, null, locale);
			assertThat(reasons.put(HtmlUtils.htmlEscape(text, "UTF-8"), result)).as("one text per reason").isNull();
		}
		return reasons;
	}

	private String changeOneCharacter(String part) {
		int at = this.random.nextInt(part.length());
		char now = part.charAt(at);
		char other = now;
		while (other == now) {
			other = ALPHABET.charAt(this.random.nextInt(ALPHABET.length()));
		}
		return part.substring(0, at) + other + part.substring(at + 1);
	}

	private static String payload(ProofClaims claims) {
		return "{\"v\":1,\"pid\":" + claims.proofId() + ",\"sid\":" + claims.storeId() + ",\"snm\":\""
				+ claims.storeName() + "\",\"prg\":\"" + claims.programmeId() + "\",\"bas\":\"" + claims.basis()
				+ "\",\"iat\":" + claims.scannedAt().getEpochSecond() + ",\"exp\":"
				+ claims.expiresAt().getEpochSecond() + "}";
	}

	private static String encode(String json) {
		return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static String jws(String header, String payload, PrivateKey key) throws GeneralSecurityException {
		String input = encode(header) + "." + encode(payload);
		Signature signature = Signature.getInstance("Ed25519");
		signature.initSign(key);
		signature.update(input.getBytes(StandardCharsets.US_ASCII));
		return input + "." + BASE64URL.encodeToString(signature.sign());
	}

	private static String hs256(String input) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(
				Base64.getDecoder().decode("MCowBQYDK2VwAyEAFvrs6YgOG7z+5RpPJgJtmv/x/yidX2O80PAJ1Dbzwfc="),
				"HmacSHA256"));
		return input + "." + BASE64URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
	}

}
