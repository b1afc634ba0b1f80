package jp.sapporo.vaccinepass.db.proof;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.sapporo.vaccinepass.db.proof.ProofCodeCheck.Result;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a signed proof code: form, key id, signature, expiry, and (when redeeming) that
 * it is presented only once ({@code proof_code_redemption}).
 */
public class ProofCodeVerifier {

	private static final Pattern HEADER = Pattern.compile(
			"\\{\"alg\":\"EdDSA\",\"kid\":\"(" + ProofCodeKeys.KEY_ID.pattern() + ")\",\"typ\":\"vp-proof\\+jws\"\\}");

	private static final Pattern COMPACT = Pattern
		.compile("([A-Za-z0-9_-]{1,200})\\.([A-Za-z0-9_-]{1,2000})\\.([A-Za-z0-9_-]{86})");

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final ProofCodeKeys keys;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration clockSkew;

	ProofCodeVerifier(ProofCodeKeys keys, JdbcClient jdbc, Clock clock, Duration clockSkew) {
		this.keys = keys;
		this.jdbc = jdbc;
		this.clock = clock;
		this.clockSkew = clockSkew;
	}

	/**
	 * Check a code without recording it (e.g. to show what it says).
	 * @param code the scanned text
	 * @return the result
	 */
	public ProofCodeCheck check(String code) {
		if (code == null) {
			return ProofCodeCheck.of(Result.MALFORMED, null, null);
		}
		Matcher parts = COMPACT.matcher(code.strip());
		if (!parts.matches()) {
			return ProofCodeCheck.of(Result.MALFORMED, null, null);
		}
		String header;
		byte[] payload;
		byte[] signatureBytes;
		try {
			header = new String(decode(parts.group(1)), StandardCharsets.UTF_8);
			payload = decode(parts.group(2));
			signatureBytes = decode(parts.group(3));
		}
		catch (IllegalArgumentException ex) {
			return ProofCodeCheck.of(Result.MALFORMED, null, null);
		}
		Matcher headerMatch = HEADER.matcher(header);
		if (!headerMatch.matches()) {
			return ProofCodeCheck.of(Result.MALFORMED, null, null);
		}
		String keyId = headerMatch.group(1);
		PublicKey key = this.keys.publicKey(keyId);
		if (key == null) {
			return ProofCodeCheck.of(Result.UNKNOWN_KEY, null, keyId);
		}
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initVerify(key);
			signature.update((parts.group(1) + "." + parts.group(2)).getBytes(StandardCharsets.US_ASCII));
			if (!signature.verify(signatureBytes)) {
				return ProofCodeCheck.of(Result.BAD_SIGNATURE, null, keyId);
			}
		}
		catch (GeneralSecurityException ex) {
			return ProofCodeCheck.of(Result.BAD_SIGNATURE, null, keyId);
		}
		ProofClaims claims;
		try {
			Map<String, Object> fields = ProofJson.read(payload);
			if (!Long.valueOf(1).equals(fields.get("v"))) {
				return ProofCodeCheck.of(Result.MALFORMED, null, keyId);
			}
			claims = new ProofClaims((Long) fields.get("pid"), (Long) fields.get("sid"), (String) fields.get("snm"),
					(String) fields.get("prg"), (String) fields.get("bas"),
					Instant.ofEpochSecond((Long) fields.get("iat")), Instant.ofEpochSecond((Long) fields.get("exp")));
		}
		catch (RuntimeException ex) {
			return ProofCodeCheck.of(Result.MALFORMED, null, keyId);
		}
		Instant now = Instant.now(this.clock);
		if (!now.isBefore(claims.expiresAt()) || claims.scannedAt().isAfter(now.plus(this.clockSkew))) {
			return ProofCodeCheck.of(Result.EXPIRED, claims, keyId);
		}
		return ProofCodeCheck.of(Result.VALID, claims, keyId);
	}

	/**
	 * Decode one part, only in its one canonical spelling: the JDK decoder ignores the
	 * unused low bits of the last character, so without the comparison a code with its
	 * last character changed (the signature's last character has 4 unused bits) would
	 * pass as the same code.
	 */
	private static byte[] decode(String part) {
		byte[] bytes = Base64.getUrlDecoder().decode(part);
		if (!BASE64URL.encodeToString(bytes).equals(part)) {
			throw new IllegalArgumentException("not canonical base64url");
		}
		return bytes;
	}

	/**
	 * Check a code and record its presentation: a second presentation of the same proof
	 * (a copy, a screenshot shown twice) is {@link Result#ALREADY_REDEEMED}. Safe under
	 * concurrency: of two checkers presenting the same code at once, one wins.
	 * @param code the scanned text
	 * @param staffId the checker's {@code staff_account} id, or {@code null} (an API key)
	 * @return the result
	 */
	@Transactional
	public ProofCodeCheck redeem(String code, Long staffId) {
		ProofCodeCheck check = check(code);
		if (!check.accepted()) {
			return check;
		}
		long proofId = check.claims().proofId();
		int inserted = this.jdbc.sql("""
				insert into proof_code_redemption (proof_id, redeemed_at, redeemed_by)
				select p.id, :now, :staff from proof p where p.id = :proof
				on conflict (proof_id) do nothing
				""")
			.param("now", OffsetDateTime.now(this.clock))
			.param("staff", staffId, java.sql.Types.BIGINT)
			.param("proof", proofId)
			.update();
		if (inserted == 1) {
			return check;
		}
		List<Timestamp> first = this.jdbc.sql("select redeemed_at from proof_code_redemption where proof_id = :proof")
			.param("proof", proofId)
			.query(Timestamp.class)
			.list();
		if (first.isEmpty()) {
			return ProofCodeCheck.of(Result.PROOF_NOT_FOUND, check.claims(), check.keyId());
		}
		return new ProofCodeCheck(Result.ALREADY_REDEEMED, check.claims(), check.keyId(), first.get(0).toInstant());
	}

}
