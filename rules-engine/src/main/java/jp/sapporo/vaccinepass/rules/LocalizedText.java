package jp.sapporo.vaccinepass.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Japanese, English and Chinese.
 *
 * @param ja Japanese
 * @param en English
 * @param zh Chinese (simplified)
 */
public record LocalizedText(String ja, String en, String zh) {

	public LocalizedText {
		Objects.requireNonNull(ja, "ja");
		Objects.requireNonNull(en, "en");
		Objects.requireNonNull(zh, "zh");
	}

	/**
	 * The text in a language; Japanese for anything but English and Chinese.
	 * @param locale the language
	 * @return the text
	 */
	public String in(Locale locale) {
		if (locale == null) {
			return this.ja;
		}
		return switch (locale.getLanguage()) {
			case "en" -> this.en;
			case "zh" -> this.zh;
			default -> this.ja;
		};
	}

}
