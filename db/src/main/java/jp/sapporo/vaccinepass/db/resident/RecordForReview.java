package jp.sapporo.vaccinepass.db.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A vaccination record with what staff compare it with: the person and the certificate.
 *
 * @param recordId the record id
 * @param version the record's version; pass it to
 * {@link VaccinationRecordReview#verify(long, long, long)} so that a record changed by
 * the resident while staff looked at it is not verified unseen
 * @param status {@code PENDING_REVIEW}, {@code VERIFIED} or {@code REJECTED}
 * @param residentId the resident
 * @param fullName the name as on the ID
 * @param nameKana the reading, or {@code null}
 * @param birthDate the birth date
 * @param visitor true for a visitor (no municipality)
 * @param municipalityCode one of the 12 municipalities, or {@code null} for a visitor
 * @param passportCountry ISO 3166-1 alpha-3 for a passport holder, else {@code null}
 * @param passportNumber the passport number, or {@code null}
 * @param certificateKind {@code MUNICIPAL_CERTIFICATE}, {@code HEALTH_WORKER_RECORD} or
 * {@code NATIONAL_CERTIFICATE}
 * @param certificateDocumentId the certificate photo (read it with
 * {@link ResidentDocuments#certificate(long)}), or {@code null}
 * @param facePhotoDocumentId the face photo (read it with
 * {@link ResidentDocuments#facePhoto(long)}), or {@code null}
 * @param submittedAt when the resident submitted (or last changed) it
 * @param reviewedAt when staff decided, or {@code null}
 * @param rejectionReason the reason given when rejected, or {@code null}
 * @param doses the doses, by number
 */
public record RecordForReview(long recordId, long version, String status, long residentId, String fullName,
		String nameKana, LocalDate birthDate, boolean visitor, String municipalityCode, String passportCountry,
		String passportNumber, String certificateKind, Long certificateDocumentId, Long facePhotoDocumentId,
		Instant submittedAt, Instant reviewedAt, String rejectionReason, List<ReviewDose> doses) {

	public RecordForReview {
		doses = List.copyOf(doses);
	}

}
