package jp.sapporo.vaccinepass.verifier.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-agency API keys. A key is {@code vpk_<8 chars>_<43 chars>}: the first part is the
 * prefix shown in lists, the whole key is shown once when issued and only its SHA-256 is
 * stored.
 */
@Service
public class ApiKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Issue a key to an agency.
	 * @param agencyId the agency
	 * @param label what the key is for (e.g. the booking system's name)
	 * @param staffId the staff member issuing it
	 * @return the key, whose plain value must be shown once and never again
	 */
	@Transactional
	public IssuedKey issue(long agencyId, String label, long staffId) {
		StringBuilder prefix = new StringBuilder("vpk_");
		for (int i = 0; i < 8; i++) {
			prefix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String key = prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		long id = this.jdbc.sql("""
				insert into api_key (agency_id, label, key_prefix, key_hash, created_by, created_at)
				values (:agency, :label, :prefix, :hash, :staff, :now) returning id
				""")
			.param("agency", agencyId)
			.param("label", label)
			.param("prefix", prefix.toString())
			.param("hash", sha256(key))
			.param("staff", staffId)
			.param("now", OffsetDateTime.now(this.clock))
			.query(Long.class)
			.single();
		return new IssuedKey(id, prefix.toString(), key);
	}

	/**
	 * Revoke a key at once.
	 * @param keyId the key
	 * @param staffId the staff member
	 * @return false when there is no such key or it was already revoked
	 */
	@Transactional
	public boolean revoke(long keyId, long staffId) {
		return this.jdbc
			.sql("update api_key set revoked_at = :now, revoked_by = :staff where id = :id and revoked_at is null")
			.param("now", OffsetDateTime.now(this.clock))
			.param("staff", staffId)
			.param("id", keyId)
			.update() == 1;
	}

	/**
	 * The key presented with a request, if it is one and not revoked (one indexed look-up
	 * of its hash; a revoked key is refused from the next request on).
	 * @param presented the header's value
	 * @return the key's identity
	 */
	@Transactional(readOnly = true)
	public Optional<ApiClient> authenticate(String presented) {
		if (presented == null || presented.length() < 20 || presented.length() > 100 || !presented.startsWith("vpk_")) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select k.id, k.agency_id, k.key_prefix from api_key k join travel_agency a on a.id = k.agency_id
				where k.key_hash = :hash and k.revoked_at is null and a.status = 'ACTIVE'
				""")
			.param("hash", sha256(presented))
			.query((rs, n) -> new ApiClient(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("key_prefix")))
			.optional();
	}

	/**
	 * Note that a key was used (at most once a minute per key, by the caller).
	 * @param keyId the key
	 */
	@Transactional
	public void touch(long keyId) {
		this.jdbc.sql("update api_key set last_used_at = :now where id = :id")
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", keyId)
			.update();
	}

	/**
	 * Every key, newest first.
	 * @return the keys
	 */
	@Transactional(readOnly = true)
	public List<KeyRow> all() {
		return this.jdbc.sql("""
				select k.id, k.key_prefix, k.label, a.name as agency, k.created_at, k.revoked_at, k.last_used_at
				from api_key k join travel_agency a on a.id = k.agency_id order by k.created_at desc, k.id desc
				""")
			.query((rs, n) -> new KeyRow(rs.getLong("id"), rs.getString("key_prefix"), rs.getString("label"),
					rs.getString("agency"), instant(rs.getObject("created_at", OffsetDateTime.class)),
					instant(rs.getObject("revoked_at", OffsetDateTime.class)),
					instant(rs.getObject("last_used_at", OffsetDateTime.class))))
			.list();
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A key just issued.
	 *
	 * @param id the row id
	 * @param prefix the part shown in lists
	 * @param plainKey the whole key, shown once
	 */
	public record IssuedKey(long id, String prefix, String plainKey) {
	}

	/**
	 * Who is calling the API.
	 *
	 * @param keyId the key
	 * @param agencyId its agency
	 * @param prefix its prefix
	 */
	public record ApiClient(long keyId, long agencyId, String prefix) {
	}

	/**
	 * A key in the staff's list.
	 *
	 * @param id the id
	 * @param prefix the prefix
	 * @param label the label
	 * @param agency the agency's name
	 * @param createdAt issued
	 * @param revokedAt revoked, or {@code null}
	 * @param lastUsedAt last used, or {@code null}
	 */
	public record KeyRow(long id, String prefix, String label, String agency, Instant createdAt, Instant revokedAt,
			Instant lastUsedAt) {
	}

}
