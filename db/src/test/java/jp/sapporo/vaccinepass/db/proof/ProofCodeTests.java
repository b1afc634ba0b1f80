package jp.sapporo.vaccinepass.db.proof;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

import jp.sapporo.vaccinepass.db.proof.ProofCodeCheck.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing and checking proof codes without a database. */
class ProofCodeTests {

	private static final Instant SCAN = Instant.parse("2026-11-22T03:00:00Z");

	private static final ProofClaims CLAIMS = new ProofClaims(42, 7, "すすきの \"北斗\"", "sapporo-passcode-2021",
			"VACCINATION", SCAN, SCAN.plus(Duration.ofMinutes(10)));

	private final ProofCodeKeys demoKeys = ProofCodeKeys
		.from(new ProofCodeProperties(null, null, Duration.ofSeconds(60)));

	private ProofCodeVerifier verifierAt(ProofCodeKeys keys, Instant now) {
		return new ProofCodeVerifier(keys, null, Clock.fixed(now, ZoneId.of("Asia/Tokyo")), Duration.ofSeconds(60));
	}

	@Test
	void aSignedCodeIsValidAndSaysWhatWasSigned() {
		String code = new ProofCodeSigner(this.demoKeys).sign(CLAIMS);
		ProofCodeCheck check = verifierAt(this.demoKeys, SCAN.plusSeconds(30)).check(code);
		assertThat(check.result()).isEqualTo(Result.VALID);
		assertThat(check.claims()).isEqualTo(CLAIMS);
		assertThat(check.keyId()).isEqualTo("demo-2026");
	}

	@Test
	void aCodeIsExpiredAtItsExpiryTimeAndWhenScannedInTheFuture() {
		String code = new ProofCodeSigner(this.demoKeys).sign(CLAIMS);
		assertThat(verifierAt(this.demoKeys, SCAN.plus(Duration.ofMinutes(10)).minusSeconds(1)).check(code).result())
			.isEqualTo(Result.VALID);
		assertThat(verifierAt(this.demoKeys, SCAN.plus(Duration.ofMinutes(10))).check(code).result())
			.isEqualTo(Result.EXPIRED);
		assertThat(verifierAt(this.demoKeys, SCAN.minusSeconds(120)).check(code).result()).isEqualTo(Result.EXPIRED);
	}

	@Test
	void anAlteredPayloadFailsTheSignature() {
		String code = new ProofCodeSigner(this.demoKeys).sign(CLAIMS);
		String[] parts = code.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String forged = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(payload.replace("\"sid\":7", "\"sid\":8").getBytes(StandardCharsets.UTF_8));
		ProofCodeCheck check = verifierAt(this.demoKeys, SCAN).check(parts[0] + "." + forged + "." + parts[2]);
		assertThat(check.result()).isEqualTo(Result.BAD_SIGNATURE);
		assertThat(check.claims()).isNull();
	}

	@Test
	void aCodeSignedWithAnotherKeyOfTheSameIdFailsTheSignature() throws Exception {
		KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		ProofCodeKeys impostor = ProofCodeKeys
			.from(new ProofCodeProperties("demo-2026", Map.of("demo-2026", key(other, true)), Duration.ofSeconds(60)));
		String code = new ProofCodeSigner(impostor).sign(CLAIMS);
		assertThat(verifierAt(this.demoKeys, SCAN).check(code).result()).isEqualTo(Result.BAD_SIGNATURE);
	}

	@Test
	void keysRotateByKeyId() throws Exception {
		KeyPair next = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		KeyPair old = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		ProofCodeKeys signer = ProofCodeKeys.from(new ProofCodeProperties("k2",
				Map.of("k2", key(next, true), "k1", key(old, true)), Duration.ofSeconds(60)));
		ProofCodeKeys checkerWithBoth = ProofCodeKeys.from(new ProofCodeProperties(null,
				Map.of("k1", key(old, false), "k2", key(next, false)), Duration.ofSeconds(60)));
		ProofCodeKeys checkerWithOldOnly = ProofCodeKeys
			.from(new ProofCodeProperties(null, Map.of("k1", key(old, false)), Duration.ofSeconds(60)));
		String code = new ProofCodeSigner(signer).sign(CLAIMS);
		assertThat(code.split("\\.")[0]).isEqualTo(Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(
					"{\"alg\":\"EdDSA\",\"kid\":\"k2\",\"typ\":\"vp-proof+jws\"}".getBytes(StandardCharsets.UTF_8)));
		assertThat(verifierAt(checkerWithBoth, SCAN).check(code).result()).isEqualTo(Result.VALID);
		ProofCodeCheck unknown = verifierAt(checkerWithOldOnly, SCAN).check(code);
		assertThat(unknown.result()).isEqualTo(Result.UNKNOWN_KEY);
		assertThat(unknown.keyId()).isEqualTo("k2");
	}

	@Test
	void garbageIsMalformed() {
		ProofCodeVerifier verifier = verifierAt(this.demoKeys, SCAN);
		assertThat(verifier.check(null).result()).isEqualTo(Result.MALFORMED);
		assertThat(verifier.check("").result()).isEqualTo(Result.MALFORMED);
		assertThat(verifier.check("a.b.c").result()).isEqualTo(Result.MALFORMED);
		assertThat(verifier.check("https://example.com/s/demo").result()).isEqualTo(Result.MALFORMED);
		String code = new ProofCodeSigner(this.demoKeys).sign(CLAIMS);
		assertThat(verifier.check(code + "x").result()).isEqualTo(Result.MALFORMED);
	}

	@Test
	void aCodeIsReadOnlyInItsCanonicalSpelling() {
		String code = new ProofCodeSigner(this.demoKeys).sign(CLAIMS);
		ProofCodeVerifier verifier = verifierAt(this.demoKeys, SCAN);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
		byte[] signature = Base64.getUrlDecoder().decode(code.split("\\.")[2]);
		// the signature's last character carries 2 bits and 4 unused ones (zero when
		// canonical): 15 other characters decode to the very same signature
		int sameSignature = 0;
		int otherSignature = 0;
		for (char c : alphabet.toCharArray()) {
			String other = code.substring(0, code.length() - 1) + c;
			if (other.equals(code)) {
				continue;
			}
			Result result = verifier.check(other).result();
			if ((alphabet.indexOf(c) & 0xF) != 0) {
				assertThat(result).as(other).isEqualTo(Result.MALFORMED);
			}
			else {
				assertThat(result).as(other).isEqualTo(Result.BAD_SIGNATURE);
				otherSignature++;
			}
			if (java.util.Arrays.equals(Base64.getUrlDecoder().decode(other.split("\\.")[2]), signature)) {
				sameSignature++;
			}
		}
		assertThat(sameSignature).isEqualTo(15);
		assertThat(otherSignature).isEqualTo(3);
		assertThat(verifier.check(code).result()).isEqualTo(Result.VALID);
	}

	private static ProofCodeProperties.Key key(KeyPair pair, boolean withPrivate) {
		Base64.Encoder encoder = Base64.getEncoder();
		return new ProofCodeProperties.Key(encoder.encodeToString(pair.getPublic().getEncoded()),
				withPrivate ? encoder.encodeToString(pair.getPrivate().getEncoded()) : null);
	}

}
