package jp.sapporo.vaccinepass.db.resident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.sapporo.vaccinepass.db.resident.ReviewException.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * City staff's review of residents' vaccination records: the queue of records waiting for
 * review (oldest first), the details of one, and the decision. Every decision is recorded
 * as a {@code vaccination_record_event} and told to the resident by a notification (and
 * an e-mail when the app can send mail). Access control (only city staff) is the calling
 * app's job.
 */
public class VaccinationRecordReview {

	private static final String RECORD_COLUMNS = """
			select r.id, r.version, r.status, r.resident_id, a.full_name, a.name_kana, a.birth_date, a.visitor,
			       a.municipality_code, a.passport_country, a.passport_number, r.certificate_kind,
			       r.certificate_document_id, a.face_photo_id, r.submitted_at, r.reviewed_at, r.rejection_reason
			from vaccination_record r
			join resident_account a on a.id = r.resident_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ResidentNotifications notifications;

	VaccinationRecordReview(JdbcClient jdbc, Clock clock, ResidentNotifications notifications) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.notifications = notifications;
	}

	/**
	 * Records waiting for review, the longest waiting first, with their doses (two
	 * queries, whatever the page size).
	 * @param limit the page size (1 to 200)
	 * @param offset how many to skip
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public List<RecordForReview> pendingQueue(int limit, int offset) {
		if (limit < 1 || limit > 200 || offset < 0) {
			throw new IllegalArgumentException("limit must be 1..200 and offset >= 0");
		}
		List<RecordRow> rows = this.jdbc
			.sql(RECORD_COLUMNS
					+ " where r.status = 'PENDING_REVIEW' order by r.submitted_at, r.id limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(VaccinationRecordReview::recordRow)
			.list();
		return withDoses(rows);
	}

	/**
	 * How many records wait for review.
	 * @return the count
	 */
	@Transactional(readOnly = true)
	public long pendingCount() {
		return this.jdbc.sql("select count(*) from vaccination_record where status = 'PENDING_REVIEW'")
			.query(Long.class)
			.single();
	}

	/**
	 * One record in any state.
	 * @param recordId the record id
	 * @return the record, or empty when there is none
	 */
	@Transactional(readOnly = true)
	public Optional<RecordForReview> record(long recordId) {
		List<RecordRow> rows = this.jdbc.sql(RECORD_COLUMNS + " where r.id = :id")
			.param("id", recordId)
			.query(VaccinationRecordReview::recordRow)
			.list();
		return withDoses(rows).stream().findFirst();
	}

	/**
	 * Verify a pending record, whatever its version.
	 * @param recordId the record
	 * @param staffId the staff member deciding
	 * @throws ReviewException when there is no such record or it is not pending
	 */
	@Transactional
	public void verify(long recordId, long staffId) {
		decide(recordId, null, staffId, "VERIFIED", null);
	}

	/**
	 * Verify a pending record exactly as staff saw it.
	 * @param recordId the record
	 * @param expectedVersion {@link RecordForReview#version()} as shown to staff
	 * @param staffId the staff member deciding
	 * @throws ReviewException when there is no such record, it is not pending or it
	 * changed since
	 */
	@Transactional
	public void verify(long recordId, long expectedVersion, long staffId) {
		decide(recordId, expectedVersion, staffId, "VERIFIED", null);
	}

	/**
	 * Return a pending record to the resident with a reason they will read.
	 * @param recordId the record
	 * @param staffId the staff member deciding
	 * @param reason what to fix, in plain words (1 to 1000 characters)
	 * @throws ReviewException when the reason is blank or too long, there is no such
	 * record or it is not pending
	 */
	@Transactional
	public void reject(long recordId, long staffId, String reason) {
		decide(recordId, null, staffId, "REJECTED", reason);
	}

	/**
	 * Return a pending record exactly as staff saw it.
	 * @param recordId the record
	 * @param expectedVersion {@link RecordForReview#version()} as shown to staff
	 * @param staffId the staff member deciding
	 * @param reason what to fix (1 to 1000 characters)
	 * @throws ReviewException as {@link #reject(long, long, String)}, or when it changed
	 */
	@Transactional
	public void reject(long recordId, long expectedVersion, long staffId, String reason) {
		decide(recordId, expectedVersion, staffId, "REJECTED", reason);
	}

	private void decide(long recordId, Long expectedVersion, long staffId, String status, String reason) {
		String trimmed = (reason != null) ? reason.strip() : null;
		if ("REJECTED".equals(status) && (trimmed == null || trimmed.isEmpty() || trimmed.length() > 1000)) {
			throw new ReviewException(Problem.REASON_REQUIRED);
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		// one conditional update: two staff deciding at once cannot both win
		int updated = this.jdbc
			.sql("""
					update vaccination_record
					set status = :status, reviewed_at = :now, reviewed_by = :staff, rejection_reason = :reason,
					    version = version + 1
					where id = :id and status = 'PENDING_REVIEW' and (cast(:version as bigint) is null or version = :version)
					""")
			.param("status", status)
			.param("now", now)
			.param("staff", staffId)
			.param("reason", "REJECTED".equals(status) ? trimmed : null)
			.param("id", recordId)
			.param("version", expectedVersion, java.sql.Types.BIGINT)
			.update();
		if (updated == 0) {
			List<Object[]> found = this.jdbc.sql("select status, version from vaccination_record where id = :id")
				.param("id", recordId)
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) })
				.list();
			if (found.isEmpty()) {
				throw new ReviewException(Problem.NOT_FOUND);
			}
			if (!"PENDING_REVIEW".equals(found.get(0)[0])) {
				throw new ReviewException(Problem.NOT_PENDING);
			}
			throw new ReviewException(Problem.CHANGED);
		}
		this.jdbc.sql("""
				insert into vaccination_record_event (record_id, to_status, actor_kind, actor_id, reason, occurred_at)
				values (:id, :status, 'STAFF', :staff, :reason, :now)
				""")
			.param("id", recordId)
			.param("status", status)
			.param("staff", staffId)
			.param("reason", trimmed)
			.param("now", now)
			.update();
		long residentId = this.jdbc.sql("select resident_id from vaccination_record where id = :id")
			.param("id", recordId)
			.query(Long.class)
			.single();
		if ("VERIFIED".equals(status)) {
			this.notifications.notify(residentId, ResidentNotice.recordVerified());
		}
		else {
			this.notifications.notify(residentId, ResidentNotice.recordRejected(trimmed));
		}
	}

	private List<RecordForReview> withDoses(List<RecordRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ReviewDose>> doses = new LinkedHashMap<>();
		rows.forEach((row) -> doses.put(row.id, new ArrayList<>()));
		this.jdbc.sql("""
				select record_id, dose_number, dose_date, product, lot from vaccination_dose
				where record_id in (:ids) order by record_id, dose_number
				""").param("ids", List.copyOf(doses.keySet())).query((rs, n) -> {
			doses.get(rs.getLong("record_id"))
				.add(new ReviewDose(rs.getInt("dose_number"), rs.getObject("dose_date", java.time.LocalDate.class),
						rs.getString("product"), rs.getString("lot")));
			return null;
		}).list();
		return rows.stream().map((row) -> row.toRecord(doses.get(row.id))).toList();
	}

	private static RecordRow recordRow(ResultSet rs, int rowNum) throws SQLException {
		return new RecordRow(rs.getLong("id"), rs.getLong("version"), rs.getString("status"), rs.getLong("resident_id"),
				rs.getString("full_name"), rs.getString("name_kana"),
				rs.getObject("birth_date", java.time.LocalDate.class), rs.getBoolean("visitor"),
				rs.getString("municipality_code"), rs.getString("passport_country"), rs.getString("passport_number"),
				rs.getString("certificate_kind"), (Long) rs.getObject("certificate_document_id"),
				(Long) rs.getObject("face_photo_id"), instant(rs, "submitted_at"), instant(rs, "reviewed_at"),
				rs.getString("rejection_reason"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private record RecordRow(long id, long version, String status, long residentId, String fullName, String nameKana,
			java.time.LocalDate birthDate, boolean visitor, String municipalityCode, String passportCountry,
			String passportNumber, String certificateKind, Long certificateDocumentId, Long facePhotoDocumentId,
			Instant submittedAt, Instant reviewedAt, String rejectionReason) {

		RecordForReview toRecord(List<ReviewDose> doses) {
			return new RecordForReview(this.id, this.version, this.status, this.residentId, this.fullName,
					this.nameKana, this.birthDate, this.visitor, this.municipalityCode, this.passportCountry,
					this.passportNumber, this.certificateKind, this.certificateDocumentId, this.facePhotoDocumentId,
					this.submittedAt, this.reviewedAt, this.rejectionReason, doses);
		}

	}

}
