package jp.sapporo.vaccinepass.db.store;

import java.time.Instant;

/**
 * A poster as stored: its QR encodes {@code {resident-app base URL}/s/{token}}.
 *
 * @param id the poster id
 * @param storeId the store
 * @param revisionId the approved revision it shows
 * @param serial printed on the poster, e.g. {@code P-000123-02}
 * @param token base64url of 256 random bits
 * @param status {@code ACTIVE}, {@code REPLACED} or {@code WITHDRAWN}
 * @param issuedAt when it was issued
 * @param endedAt when it stopped working, or {@code null} while active
 */
public record PosterRecord(long id, long storeId, long revisionId, String serial, String token, String status,
		Instant issuedAt, Instant endedAt) {

	/**
	 * Whether a scan of this poster may lead to a proof.
	 * @return whether it is the store's working poster
	 */
	public boolean active() {
		return "ACTIVE".equals(this.status);
	}

}
