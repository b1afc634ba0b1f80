package jp.sapporo.vaccinepass.resident.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * One-time proof ids: 256 random bits in the URL, only their SHA-256 in the database; and
 * the hash that binds a proof to the HTTP session that scanned.
 */
public final class ProofTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

	private ProofTokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Whether a text can be a proof token (checked before any database access).
	 * @param token the text from the URL
	 * @return true when it has the form of one
	 */
	public static boolean wellFormed(String token) {
		return token != null && FORM.matcher(token).matches();
	}

	/**
	 * The stored hash of a token.
	 * @param token the token
	 * @return SHA-256 of its text
	 */
	public static byte[] hash(String token) {
		return sha256("proof:" + token);
	}

	/**
	 * The stored hash of a session id.
	 * @param sessionId the HTTP session id
	 * @return SHA-256 of it
	 */
	public static byte[] sessionHash(String sessionId) {
		return sha256("session:" + sessionId);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
