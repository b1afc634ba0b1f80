package jp.sapporo.vaccinepass.resident.document;

import jp.sapporo.vaccinepass.db.resident.ResidentDocuments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores processed images in the {@code document} table, encrypted at rest. */
@Service
public class Documents {

	private final JdbcClient jdbc;

	private final ResidentDocuments stored;

	Documents(JdbcClient jdbc, ResidentDocuments stored) {
		this.jdbc = jdbc;
		this.stored = stored;
	}

	/**
	 * Store an image.
	 * @param residentId the owner
	 * @param kind {@code FACE_PHOTO} or {@code VACCINATION_CERTIFICATE}
	 * @param image the JPEG
	 * @return the document id
	 */
	@Transactional
	public long store(long residentId, String kind, ProcessedImage image) {
		return this.stored.store(residentId, kind, "image/jpeg", image.jpeg(), image.width(), image.height());
	}

	/**
	 * Make an image the resident's face photo; the previous one is deleted.
	 * @param residentId the resident
	 * @param image the JPEG
	 */
	@Transactional
	public void replaceFacePhoto(long residentId, ProcessedImage image) {
		long id = store(residentId, "FACE_PHOTO", image);
		this.jdbc.sql("update resident_account set face_photo_id = :doc, version = version + 1 where id = :id")
			.param("doc", id)
			.param("id", residentId)
			.update();
		this.jdbc.sql("delete from document where resident_id = :id and kind = 'FACE_PHOTO' and id <> :doc")
			.param("id", residentId)
			.param("doc", id)
			.update();
	}

}
