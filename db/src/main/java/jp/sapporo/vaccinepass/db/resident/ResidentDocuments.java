package jp.sapporo.vaccinepass.db.resident;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads stored images. Who may see them is the caller's decision: the resident app serves
 * only the owner's; the verifier console only to city staff reviewing or investigating.
 * Serve with {@code Cache-Control: no-store}.
 */
public class ResidentDocuments {

	private final JdbcClient jdbc;

	ResidentDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A resident's current face photo.
	 * @param residentId the resident
	 * @return the photo, or empty when none
	 */
	@Transactional(readOnly = true)
	public Optional<StoredImage> facePhoto(long residentId) {
		return this.jdbc.sql("""
				select d.id, d.resident_id, d.kind, d.media_type, d.content
				from resident_account a join document d on d.id = a.face_photo_id
				where a.id = :resident
				""").param("resident", residentId).query((rs, n) -> image(rs)).optional();
	}

	/**
	 * The certificate photo of a vaccination record.
	 * @param recordId the record
	 * @return the photo, or empty when none
	 */
	@Transactional(readOnly = true)
	public Optional<StoredImage> certificate(long recordId) {
		return this.jdbc.sql("""
				select d.id, d.resident_id, d.kind, d.media_type, d.content
				from vaccination_record r join document d on d.id = r.certificate_document_id
				where r.id = :record
				""").param("record", recordId).query((rs, n) -> image(rs)).optional();
	}

	/**
	 * One document of one resident (the owner check is part of the query).
	 * @param residentId the owner
	 * @param documentId the document
	 * @return the document, or empty when it is not that resident's
	 */
	@Transactional(readOnly = true)
	public Optional<StoredImage> document(long residentId, long documentId) {
		return this.jdbc.sql("""
				select d.id, d.resident_id, d.kind, d.media_type, d.content
				from document d where d.id = :id and d.resident_id = :resident
				""").param("id", documentId).param("resident", residentId).query((rs, n) -> image(rs)).optional();
	}

	private static StoredImage image(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new StoredImage(rs.getLong("id"), rs.getLong("resident_id"), rs.getString("kind"),
				rs.getString("media_type"), rs.getBytes("content"));
	}

}
