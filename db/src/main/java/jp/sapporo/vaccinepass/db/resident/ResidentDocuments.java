package jp.sapporo.vaccinepass.db.resident;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jp.sapporo.vaccinepass.db.resident.DocumentCipher.DocumentRef;
import jp.sapporo.vaccinepass.db.resident.DocumentCipher.Sealed;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and reads residents' images (face photo, certificates), encrypted at rest with
 * {@link DocumentCipher}. Who may see them is the caller's decision: the resident app
 * serves only the owner's; the verifier console only to city staff reviewing or
 * investigating. Serve with {@code Cache-Control: no-store}.
 */
public class ResidentDocuments {

	private static final Log log = LogFactory.getLog(ResidentDocuments.class);

	private static final String COLUMNS = "d.id, d.resident_id, d.kind, d.media_type, d.key_id, d.content";

	private final JdbcClient jdbc;

	private final DocumentCipher cipher;

	private final Clock clock;

	ResidentDocuments(JdbcClient jdbc, DocumentCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	/**
	 * Store an image, encrypted with the active key.
	 * @param residentId the owner
	 * @param kind {@code FACE_PHOTO}, {@code VACCINATION_CERTIFICATE} or
	 * {@code TEST_CERTIFICATE}
	 * @param mediaType e.g. {@code image/jpeg}
	 * @param content the image
	 * @param width width in pixels
	 * @param height height in pixels
	 * @return the document id
	 */
	@Transactional
	public long store(long residentId, String kind, String mediaType, byte[] content, int width, int height) {
		// the id is bound into the ciphertext, so it is taken before the insert
		long id = this.jdbc.sql("select nextval(pg_get_serial_sequence('document', 'id'))").query(Long.class).single();
		Sealed sealed = this.cipher.seal(new DocumentRef(id, residentId, kind), content);
		this.jdbc
			.sql("""
					insert into document (id, resident_id, kind, media_type, byte_size, width, height, sha256, key_id, content,
					                      created_at)
					overriding system value
					values (:id, :resident, :kind, :media, :size, :width, :height, :sha, :key, :content, :now)
					""")
			.param("id", id)
			.param("resident", residentId)
			.param("kind", kind)
			.param("media", mediaType)
			.param("size", content.length)
			.param("width", width)
			.param("height", height)
			.param("sha", sha256(content))
			.param("key", sealed.keyId())
			.param("content", sealed.blob())
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		return id;
	}

	/**
	 * A resident's current face photo.
	 * @param residentId the resident
	 * @return the photo, or empty when none
	 * @throws UnreadableDocumentException when the stored bytes fail their check
	 */
	@Transactional(readOnly = true)
	public Optional<StoredImage> facePhoto(long residentId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from resident_account a join document d on d.id = a.face_photo_id
				where a.id = :resident
				""").param("resident", residentId).query(this::image).optional();
	}

	/**
	 * Whether a resident has a face photo (without reading it).
	 * @param residentId the resident
	 * @return {@code true} when there is one
	 */
	@Transactional(readOnly = true)
	public boolean hasFacePhoto(long residentId) {
		return this.jdbc.sql("select face_photo_id is not null from resident_account where id = :resident")
			.param("resident", residentId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * The certificate photo of a vaccination record.
	 * @param recordId the record
	 * @return the photo, or empty when none
	 * @throws UnreadableDocumentException when the stored bytes fail their check
	 */
	@Transactional(readOnly = true)
	public Optional<StoredImage> certificate(long recordId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from vaccination_record r join document d on d.id = r.certificate_document_id
				where r.id = :record
				""").param("record", recordId).query(this::image).optional();
	}

	/**
	 * One document of one resident (the owner check is part of the query).
	 * @param residentId the owner
	 * @param documentId the document
	 * @return the document, or empty when it is not that resident's
	 * @throws UnreadableDocumentException when the stored bytes fail their check
	 */
	@Transactional(readOnly = true)
	public Optional<StoredImage> document(long residentId, long documentId) {
		return this.jdbc.sql("select " + COLUMNS + " from document d where d.id = :id and d.resident_id = :resident")
			.param("id", documentId)
			.param("resident", residentId)
			.query(this::image)
			.optional();
	}

	/**
	 * Encrypt the rows written before encryption at rest (and the demo data, which SQL
	 * inserts in clear), one row at a time. Safe with several instances starting at once:
	 * a row is only written while it is still as it was read.
	 * @return how many rows were encrypted
	 */
	public int encryptPlaintextRows() {
		return resealEach("key_id is null");
	}

	/**
	 * Re-encrypt with the active key the rows written with an older key, so that key can
	 * be removed after a rotation. A row that cannot be read is left as it is (and
	 * logged).
	 * @return how many rows were re-encrypted
	 */
	public int reencryptWithActiveKey() {
		return resealEach("key_id <> :active");
	}

	private int resealEach(String condition) {
		int total = 0;
		long after = 0;
		List<StoredKey> batch;
		do {
			batch = this.jdbc
				.sql("select id, key_id from document where " + condition + " and id > :after order by id limit 100")
				.param("active", this.cipher.activeKeyId())
				.param("after", after)
				.query((rs, n) -> new StoredKey(rs.getLong("id"), rs.getString("key_id")))
				.list();
			for (StoredKey row : batch) {
				total += reseal(row.id(), row.keyId());
				after = row.id();
			}
		}
		while (!batch.isEmpty());
		return total;
	}

	/**
	 * Encrypt one row with the active key if it is still in clear or under
	 * {@code oldKey}.
	 */
	private int reseal(long id, String oldKey) {
		return this.jdbc
			.sql("select resident_id, kind, content from document where id = :id and key_id is not distinct from :old")
			.param("id", id)
			.param("old", oldKey, Types.VARCHAR)
			.query((rs, n) -> {
				DocumentRef ref = new DocumentRef(id, rs.getLong("resident_id"), rs.getString("kind"));
				byte[] plain;
				try {
					plain = (oldKey != null) ? this.cipher.open(ref, oldKey, rs.getBytes("content"))
							: rs.getBytes("content");
				}
				catch (UnreadableDocumentException ex) {
					log.warn(ex.getMessage());
					return 0;
				}
				Sealed sealed = this.cipher.seal(ref, plain);
				return this.jdbc.sql("""
						update document set content = :content, key_id = :key
						where id = :id and key_id is not distinct from :old
						""")
					.param("content", sealed.blob())
					.param("key", sealed.keyId())
					.param("id", id)
					.param("old", oldKey, Types.VARCHAR)
					.update();
			})
			.optional()
			.orElse(0);
	}

	private record StoredKey(long id, String keyId) {
	}

	private StoredImage image(ResultSet rs, int row) throws SQLException {
		DocumentRef ref = new DocumentRef(rs.getLong("id"), rs.getLong("resident_id"), rs.getString("kind"));
		byte[] content = this.cipher.open(ref, rs.getString("key_id"), rs.getBytes("content"));
		return new StoredImage(ref.id(), ref.residentId(), ref.kind(), rs.getString("media_type"), content);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
