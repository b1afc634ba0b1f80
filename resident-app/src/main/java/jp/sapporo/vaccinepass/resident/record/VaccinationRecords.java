package jp.sapporo.vaccinepass.resident.record;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves a resident's record; every save puts it (back) in the review queue. */
@Service
class VaccinationRecords {

	static final List<String> PRODUCTS = List.of("COMIRNATY", "SPIKEVAX", "VAXZEVRIA", "NUVAXOVID", "JCOVDEN", "OTHER");

	static final List<String> CERTIFICATE_KINDS = List.of("MUNICIPAL_CERTIFICATE", "HEALTH_WORKER_RECORD",
			"NATIONAL_CERTIFICATE");

	private final JdbcClient jdbc;

	private final Clock clock;

	VaccinationRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<CurrentRecord> current(long residentId) {
		Optional<CurrentRecord> record = this.jdbc.sql("""
				select id, status, certificate_kind, certificate_document_id, rejection_reason, submitted_at
				from vaccination_record where resident_id = :id
				""")
			.param("id", residentId)
			.query((rs, n) -> new CurrentRecord(rs.getLong("id"), rs.getString("status"),
					rs.getString("certificate_kind"), (Long) rs.getObject("certificate_document_id"),
					rs.getString("rejection_reason"), List.of()))
			.optional();
		return record.map((r) -> new CurrentRecord(r.id(), r.status(), r.certificateKind(), r.certificateDocumentId(),
				r.rejectionReason(),
				this.jdbc
					.sql("""
							select dose_number, dose_date, product, lot from vaccination_dose where record_id = :id order by dose_number
							""")
					.param("id", r.id())
					.query((rs, n) -> new Dose(rs.getInt(1), rs.getObject(2, java.time.LocalDate.class),
							rs.getString(3), rs.getString(4)))
					.list()));
	}

	/**
	 * Save the record as the resident entered it; it goes to review (again).
	 * @param residentId the resident
	 * @param certificateKind the kind of certificate
	 * @param certificateDocumentId a new certificate photo, or {@code null} to keep the
	 * current one
	 * @param doses the doses, numbered 1..n
	 */
	@Transactional
	void save(long residentId, String certificateKind, Long certificateDocumentId, List<Dose> doses) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		// one row per resident: insert or change it, and always back to PENDING_REVIEW
		long recordId = this.jdbc
			.sql("""
					insert into vaccination_record (resident_id, status, certificate_kind, certificate_document_id, submitted_at)
					values (:resident, 'PENDING_REVIEW', :kind, :doc, :now)
					on conflict (resident_id) do update set status = 'PENDING_REVIEW', certificate_kind = excluded.certificate_kind,
					    certificate_document_id = coalesce(excluded.certificate_document_id, vaccination_record.certificate_document_id),
					    submitted_at = excluded.submitted_at, reviewed_at = null, reviewed_by = null, rejection_reason = null,
					    version = vaccination_record.version + 1
					returning id
					""")
			.param("resident", residentId)
			.param("kind", certificateKind)
			.param("doc", certificateDocumentId, java.sql.Types.BIGINT)
			.param("now", now)
			.query(Long.class)
			.single();
		this.jdbc.sql("delete from vaccination_dose where record_id = :id").param("id", recordId).update();
		for (Dose dose : doses) {
			this.jdbc.sql("""
					insert into vaccination_dose (record_id, dose_number, dose_date, product, lot)
					values (:record, :number, :date, :product, :lot)
					""")
				.param("record", recordId)
				.param("number", dose.number())
				.param("date", dose.date())
				.param("product", dose.product())
				.param("lot", dose.lot())
				.update();
		}
		// old certificate photos that are no longer the record's are removed
		this.jdbc.sql("""
				delete from document d where d.resident_id = :resident and d.kind = 'VACCINATION_CERTIFICATE'
				and d.id <> (select certificate_document_id from vaccination_record where id = :record)
				""").param("resident", residentId).param("record", recordId).update();
		this.jdbc.sql("""
				insert into vaccination_record_event (record_id, to_status, actor_kind, actor_id, occurred_at)
				values (:record, 'PENDING_REVIEW', 'RESIDENT', :resident, :now)
				""").param("record", recordId).param("resident", residentId).param("now", now).update();
	}

	record CurrentRecord(long id, String status, String certificateKind, Long certificateDocumentId,
			String rejectionReason, List<Dose> doses) {
	}

}
