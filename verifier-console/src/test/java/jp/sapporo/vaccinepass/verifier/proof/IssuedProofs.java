package jp.sapporo.vaccinepass.verifier.proof;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jp.sapporo.vaccinepass.db.proof.ProofClaims;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Proofs as the resident app issues them on a scan of the Susukino demo poster by
 * {@code resident@example.jp}: a {@code scan_log} row and its {@code proof}.
 */
final class IssuedProofs {

	static final String STORE_NAME = "すすきのラーメン横丁 北斗";

	private final JdbcClient jdbc;

	IssuedProofs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new proof scanned 30 seconds ago, valid for 10 minutes.
	 * @return what its code says
	 */
	ProofClaims issue() {
		Instant scanned = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);
		Map<String, Object> poster = this.jdbc
			.sql("select id, store_id from poster where token = 'demo-hokuto-susukino-0000000000000000000001'")
			.query()
			.singleRow();
		long resident = this.jdbc.sql("select id from resident_account where email = 'resident@example.jp'")
			.query(Long.class)
			.single();
		long scan = this.jdbc.sql("""
				insert into scan_log (scanned_at, resident_id, store_id, poster_id, programme_id, outcome)
				values (:at, :resident, :store, :poster, 'sapporo-passcode-2021', 'PROOF_ISSUED') returning id
				""")
			.param("at", OffsetDateTime.ofInstant(scanned, ZoneOffset.UTC))
			.param("resident", resident)
			.param("store", poster.get("store_id"))
			.param("poster", poster.get("id"))
			.query(Long.class)
			.single();
		byte[] token = sha256("proof-test-" + scan);
		long proof = this.jdbc.sql("""
				insert into proof (token_hash, resident_id, store_id, poster_id, scan_id, session_hash, programme_id,
				  basis, scanned_at, expires_at)
				values (:token, :resident, :store, :poster, :scan, :token, 'sapporo-passcode-2021', 'VACCINATION', :at,
				  :expires) returning id
				""")
			.param("token", token)
			.param("resident", resident)
			.param("store", poster.get("store_id"))
			.param("poster", poster.get("id"))
			.param("scan", scan)
			.param("at", OffsetDateTime.ofInstant(scanned, ZoneOffset.UTC))
			.param("expires", OffsetDateTime.ofInstant(scanned.plusSeconds(600), ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return new ProofClaims(proof, ((Number) poster.get("store_id")).longValue(), STORE_NAME,
				"sapporo-passcode-2021", "VACCINATION", scanned, scanned.plusSeconds(600));
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
