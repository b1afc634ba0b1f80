package jp.sapporo.vaccinepass.resident.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import jp.sapporo.vaccinepass.resident.ResidentAppProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links for e-mail verification and password reset: 256 random bits in the
 * link, only the SHA-256 stored, valid for a day.
 */
@Component
class AccountTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ResidentAppProperties properties;

	AccountTokens(JdbcClient jdbc, Clock clock, ResidentAppProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	@Transactional
	String issue(long residentId, String purpose) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				insert into account_token (token_hash, account_kind, account_id, purpose, expires_at, created_at)
				values (:hash, 'RESIDENT', :id, :purpose, :expires, :now)
				""")
			.param("hash", hash(token))
			.param("id", residentId)
			.param("purpose", purpose)
			.param("expires", now.plus(this.properties.tokenLifetime()))
			.param("now", now)
			.update();
		return token;
	}

	/**
	 * Use a token once: of two concurrent uses, one wins.
	 * @return the resident, when the token was valid and unused
	 */
	@Transactional
	Optional<Long> use(String token, String purpose) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.jdbc.sql("""
				update account_token set used_at = :now
				where token_hash = :hash and purpose = :purpose and account_kind = 'RESIDENT'
				  and used_at is null and expires_at > :now
				returning account_id
				""")
			.param("now", now)
			.param("hash", hash(token))
			.param("purpose", purpose)
			.query(Long.class)
			.optional();
	}

	/** Whether a token could still be used (the reset form is shown only then). */
	boolean usable(String token, String purpose) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return false;
		}
		return this.jdbc.sql("""
				select count(*) from account_token
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
				""")
			.param("hash", hash(token))
			.param("purpose", purpose)
			.param("now", OffsetDateTime.now(this.clock))
			.query(Long.class)
			.single() > 0;
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
