package jp.sapporo.vaccinepass.resident.account;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Nationalities for a passport: ISO 3166-1 alpha-3 codes, named in the page's language.
 */
final class Countries {

	private static final Map<String, String> ALPHA3_TO_ALPHA2 = new TreeMap<>();

	static {
		for (String alpha2 : Locale.getISOCountries()) {
			try {
				ALPHA3_TO_ALPHA2.put(new Locale("", alpha2).getISO3Country(), alpha2);
			}
			catch (java.util.MissingResourceException ex) {
				// a code without an alpha-3 form is not on passports
			}
		}
	}

	private Countries() {
	}

	static boolean exists(String alpha3) {
		return alpha3 != null && ALPHA3_TO_ALPHA2.containsKey(alpha3);
	}

	static String name(String alpha3, Locale locale) {
		String alpha2 = ALPHA3_TO_ALPHA2.get(alpha3);
		return (alpha2 != null) ? new Locale("", alpha2).getDisplayCountry(locale) : alpha3;
	}

	static List<Option> options(Locale locale) {
		List<Option> options = new ArrayList<>();
		ALPHA3_TO_ALPHA2.forEach((alpha3, alpha2) -> options
			.add(new Option(alpha3, new Locale("", alpha2).getDisplayCountry(locale) + " (" + alpha3 + ")")));
		Collator collator = Collator.getInstance(locale);
		options.sort(Comparator.comparing(Option::name, collator));
		return options;
	}

	record Option(String code, String name) {
	}

}
