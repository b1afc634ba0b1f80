package jp.sapporo.vaccinepass.resident.proof;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.sapporo.vaccinepass.resident.scan.ProofTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads a proof by its URL token, for its owner's session only. */
@Service
class ProofService {

	private static final String PROOF = """
			select p.id, p.resident_id, p.session_hash, p.store_id, sr.name_ja, sr.name_en, p.programme_id, p.basis,
			       p.scanned_at, p.expires_at, a.full_name, a.face_photo_id is not null as has_photo,
			       array(select d.dose_number from vaccination_dose d where d.record_id = r.id order by d.dose_number) as dose_numbers,
			       array(select d.dose_date from vaccination_dose d where d.record_id = r.id order by d.dose_number) as dose_dates
			from proof p
			join poster po on po.id = p.poster_id
			join store_revision sr on sr.id = po.revision_id
			join resident_account a on a.id = p.resident_id
			left join vaccination_record r on r.resident_id = a.id
			""";

	private static final String BY_TOKEN = PROOF + "where p.token_hash = :hash";

	// a double tap's URL (rare): only looked up when the token is not a proof's own
	private static final String BY_ALIAS = PROOF
			+ "where p.id = (select x.proof_id from proof_alias x where x.token_hash = :hash)";

	private final JdbcClient jdbc;

	ProofService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The proof, when it exists, belongs to this resident and was made in this session.
	 * Anything else looks the same as a proof that does not exist.
	 * @param token the URL token
	 * @param residentId the signed-in resident
	 * @param sessionId the current HTTP session id
	 * @return the proof
	 */
	Optional<ProofView> proof(String token, long residentId, String sessionId) {
		if (!ProofTokens.wellFormed(token)) {
			return Optional.empty();
		}
		byte[] session = ProofTokens.sessionHash(sessionId);
		byte[] hash = ProofTokens.hash(token);
		Optional<ProofView> proof = this.jdbc.sql(BY_TOKEN).param("hash", hash).query(ProofService::view).optional();
		if (proof.isEmpty()) {
			proof = this.jdbc.sql(BY_ALIAS).param("hash", hash).query(ProofService::view).optional();
		}
		return proof.filter((found) -> found.residentId() == residentId
				&& java.security.MessageDigest.isEqual(found.sessionHash(), session));
	}

	private static ProofView view(ResultSet rs, int row) throws SQLException {
		List<ProofView.Dose> doses = new ArrayList<>();
		Array numbers = rs.getArray("dose_numbers");
		Array dates = rs.getArray("dose_dates");
		Object[] n = (Object[]) numbers.getArray();
		Object[] d = (Object[]) dates.getArray();
		for (int i = 0; i < n.length; i++) {
			doses.add(new ProofView.Dose(((Number) n[i]).intValue(), ((java.sql.Date) d[i]).toLocalDate()));
		}
		return new ProofView(rs.getLong("id"), rs.getLong("resident_id"), rs.getBytes("session_hash"),
				rs.getLong("store_id"), rs.getString("name_ja"), rs.getString("name_en"), rs.getString("programme_id"),
				rs.getString("basis"), rs.getTimestamp("scanned_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), rs.getString("full_name"), rs.getBoolean("has_photo"),
				doses);
	}

}
