package jp.sapporo.vaccinepass.resident.proof;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A proof as its page shows it. */
public record ProofView(long proofId, long residentId, byte[] sessionHash, long storeId, String storeNameJa,
		String storeNameEn, String programmeId, String basis, Instant scannedAt, Instant expiresAt, String fullName,
		boolean hasPhoto, List<Dose> doses) {

	public record Dose(int number, LocalDate date) {
	}

	String storeName(java.util.Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.storeNameEn != null) ? this.storeNameEn : this.storeNameJa;
	}

}
