package jp.sapporo.vaccinepass.merchant.poster;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a poster shows.
 *
 * @param storeNameJa the store name in Japanese
 * @param storeNameEn the English name, or {@code null}
 * @param perkJa the perk in Japanese
 * @param perkEn the perk in English, or {@code null}
 * @param url what the QR encodes: {@code {resident-app base URL}/s/{token}}
 * @param serial the poster serial
 * @param issuedOn the issue date (Japan)
 */
public record PosterContent(String storeNameJa, String storeNameEn, String perkJa, String perkEn, String url,
		String serial, LocalDate issuedOn) {

	public PosterContent {
		Objects.requireNonNull(storeNameJa, "storeNameJa");
		Objects.requireNonNull(perkJa, "perkJa");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(serial, "serial");
		Objects.requireNonNull(issuedOn, "issuedOn");
	}

}
