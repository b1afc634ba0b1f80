package jp.sapporo.vaccinepass.resident.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores processed images in the {@code document} table. */
@Service
public class Documents {

	private final JdbcClient jdbc;

	private final Clock clock;

	Documents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
		return this.jdbc
			.sql("""
					insert into document (resident_id, kind, media_type, byte_size, width, height, sha256, content, created_at)
					values (:resident, :kind, 'image/jpeg', :size, :width, :height, :sha, :content, :now) returning id
					""")
			.param("resident", residentId)
			.param("kind", kind)
			.param("size", image.jpeg().length)
			.param("width", image.width())
			.param("height", image.height())
			.param("sha", sha256(image.jpeg()))
			.param("content", image.jpeg())
			.param("now", OffsetDateTime.now(this.clock))
			.query(Long.class)
			.single();
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

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
