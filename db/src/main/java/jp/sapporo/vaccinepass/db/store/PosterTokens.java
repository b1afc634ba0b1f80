package jp.sapporo.vaccinepass.db.store;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Poster tokens: 256 random bits, base64url without padding (43 characters), so a token
 * on a wall cannot be guessed from another one.
 */
class PosterTokens {

	private final SecureRandom random = new SecureRandom();

	String next() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
