package jp.sapporo.vaccinepass.db.proof;

import java.time.Instant;
import java.util.Objects;

/**
 * What a signed proof code says.
 *
 * @param proofId the {@code proof} row id (the replay key)
 * @param storeId the store whose poster was scanned
 * @param storeName the store's name as shown on the proof page
 * @param programmeId the programme judged, e.g. {@code sapporo-passcode-2021}
 * @param basis the grounds of eligibility, e.g. {@code VACCINATION}
 * @param scannedAt the scan time (server clock), whole seconds
 * @param expiresAt the end of validity, whole seconds
 */
public record ProofClaims(long proofId, long storeId, String storeName, String programmeId, String basis,
		Instant scannedAt, Instant expiresAt) {

	public ProofClaims {
		Objects.requireNonNull(storeName, "storeName");
		Objects.requireNonNull(programmeId, "programmeId");
		Objects.requireNonNull(basis, "basis");
		scannedAt = Instant.ofEpochSecond(scannedAt.getEpochSecond());
		expiresAt = Instant.ofEpochSecond(expiresAt.getEpochSecond());
		if (!expiresAt.isAfter(scannedAt)) {
			throw new IllegalArgumentException("expiresAt must be after scannedAt");
		}
	}

}
