package jp.sapporo.vaccinepass.verifier.proof;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jp.sapporo.vaccinepass.db.audit.AuditEntry;
import jp.sapporo.vaccinepass.db.audit.AuditLog;
import jp.sapporo.vaccinepass.db.proof.ProofCodeCheck;
import jp.sapporo.vaccinepass.db.proof.ProofCodeVerifier;
import jp.sapporo.vaccinepass.db.resident.ResidentDocuments;
import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Redeems a proof code for a checker and gathers what the checker compares: the
 * resident's face photo and, for a travel check, the verified doses. Each presentation is
 * recorded once (a second one is a replay) and each view of the photo is audited.
 */
@Service
public class ProofCodes {

	private final ProofCodeVerifier verifier;

	private final JdbcClient jdbc;

	private final ResidentDocuments documents;

	private final AuditLog audit;

	ProofCodes(ProofCodeVerifier verifier, JdbcClient jdbc, ResidentDocuments documents, AuditLog audit) {
		this.verifier = verifier;
		this.jdbc = jdbc;
		this.documents = documents;
		this.audit = audit;
	}

	/**
	 * Check and redeem a code.
	 * @param code the scanned or pasted text
	 * @param checker who checks
	 * @return the result, with the resident's details when valid
	 */
	// no surrounding transaction, on purpose: the redemption commits on its own at once.
	// Inside one transaction with the photo and the audit row, every other checker
	// presenting the same code waited on the redemption row's lock for all of that while
	// holding a pooled connection; 50 at once over two instances could run the pools (10
	// connections, 2 s wait) dry: a run of ProofRedemptionAcrossInstancesTests on a busy
	// machine answered 503.
	// A code redeemed but not shown (the photo read or the audit failed) is refused next
	// time: the checker asks the person to scan again, nothing is shown twice.
	public Presented present(String code, PlatformUser checker) {
		ProofCodeCheck check = this.verifier.redeem(code, checker.accountId());
		if (!check.accepted()) {
			return new Presented(check, null, null, null, List.of());
		}
		long proofId = check.claims().proofId();
		Map<String, Object> resident = this.jdbc.sql("""
				select a.id, a.full_name, a.birth_date from proof p join resident_account a on a.id = p.resident_id
				where p.id = :id
				""").param("id", proofId).query().singleRow();
		long residentId = ((Number) resident.get("id")).longValue();
		String photo = this.documents.facePhoto(residentId)
			.map((image) -> "data:" + image.mediaType() + ";base64,"
					+ Base64.getEncoder().encodeToString(image.content()))
			.orElse(null);
		List<LocalDate> doses = this.jdbc.sql("""
				select d.dose_date from vaccination_record r join vaccination_dose d on d.record_id = r.id
				where r.resident_id = :resident and r.status = 'VERIFIED' order by d.dose_number
				""").param("resident", residentId).query(LocalDate.class).list();
		this.audit.record(AuditEntry.staff(checker.accountId(), checker.getUsername(), "PROOF_CODE_PRESENTED")
			.on("PROOF", proofId)
			.with(Map.of("storeId", check.claims().storeId())));
		return new Presented(check, (String) resident.get("full_name"),
				((java.sql.Date) resident.get("birth_date")).toLocalDate(), photo, doses);
	}

	/**
	 * A presented code and what it gives the checker.
	 *
	 * @param check the check's result
	 * @param residentName the resident's name (valid codes only)
	 * @param birthDate the resident's birth date (valid codes only)
	 * @param facePhoto the face photo as a data URI, or {@code null}
	 * @param verifiedDoses the dates of the doses in the resident's verified record
	 */
	public record Presented(ProofCodeCheck check, String residentName, LocalDate birthDate, String facePhoto,
			List<LocalDate> verifiedDoses) {
	}

}
