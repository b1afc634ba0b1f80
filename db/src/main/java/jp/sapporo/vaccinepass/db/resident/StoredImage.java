package jp.sapporo.vaccinepass.db.resident;

import java.util.Objects;

/**
 * An image from the {@code document} table, to be served with
 * {@code Cache-Control: no-store}.
 *
 * @param documentId the row id
 * @param residentId the owner
 * @param kind {@code FACE_PHOTO}, {@code VACCINATION_CERTIFICATE} or
 * {@code TEST_CERTIFICATE}
 * @param mediaType e.g. {@code image/jpeg}
 * @param content the bytes
 */
public record StoredImage(long documentId, long residentId, String kind, String mediaType, byte[] content) {

	public StoredImage {
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(content, "content");
	}

}
