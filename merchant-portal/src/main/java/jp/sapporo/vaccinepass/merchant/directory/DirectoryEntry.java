package jp.sapporo.vaccinepass.merchant.directory;

import java.time.LocalDate;

/**
 * A participating store as published (its approved revision).
 *
 * @param storeId the store id
 * @param nameJa name in Japanese
 * @param nameEn name in English, or {@code null}
 * @param municipalityCode the municipality code
 * @param municipality the municipality's name in the reader's language
 * @param categoryCode the category code
 * @param category the category's name in the reader's language
 * @param perkJa the perk in Japanese
 * @param perkEn the perk in English, or {@code null}
 * @param perkZh the perk in Chinese, or {@code null}
 * @param perkConditions conditions, or {@code null}
 * @param address the store's address
 * @param approvedOn the day the store was first approved (Japan)
 */
public record DirectoryEntry(long storeId, String nameJa, String nameEn, String municipalityCode, String municipality,
		String categoryCode, String category, String perkJa, String perkEn, String perkZh, String perkConditions,
		String address, LocalDate approvedOn) {

	/**
	 * The perk in a language, Japanese when there is none.
	 * @param language {@code ja}, {@code en} or {@code zh}
	 * @return the perk
	 */
	public String perk(String language) {
		if ("en".equals(language) && this.perkEn != null) {
			return this.perkEn;
		}
		if ("zh".equals(language) && this.perkZh != null) {
			return this.perkZh;
		}
		return this.perkJa;
	}

}
