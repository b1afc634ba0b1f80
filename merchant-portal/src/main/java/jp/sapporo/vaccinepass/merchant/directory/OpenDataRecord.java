package jp.sapporo.vaccinepass.merchant.directory;

import java.time.LocalDate;

/**
 * One store in the open data: what the directory shows, nothing about people.
 *
 * @param storeId the store id
 * @param name name in Japanese
 * @param nameEn name in English, or {@code null}
 * @param municipalityCode local government code
 * @param municipality municipality name (Japanese)
 * @param category category code
 * @param perk perk (Japanese)
 * @param perkEn perk (English), or {@code null}
 * @param approvedOn first approval date
 */
public record OpenDataRecord(long storeId, String name, String nameEn, String municipalityCode, String municipality,
		String category, String perk, String perkEn, LocalDate approvedOn) {

	static OpenDataRecord of(DirectoryEntry entry) {
		return new OpenDataRecord(entry.storeId(), entry.nameJa(), entry.nameEn(), entry.municipalityCode(),
				entry.municipality(), entry.categoryCode(), entry.perkJa(), entry.perkEn(), entry.approvedOn());
	}

}
