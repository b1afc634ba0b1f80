package jp.sapporo.vaccinepass.rules;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Japanese (default), English and Chinese texts for reasons, guidance, errors and
 * programme vocabulary. Never falls back to the JVM's default locale: anything that is
 * not English or Chinese gets Japanese.
 */
final class Messages {

	private static final String BASE = "jp.sapporo.vaccinepass.rules.messages";

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private static final ResourceBundle JA = ResourceBundle.getBundle(BASE, Locale.ROOT, NO_FALLBACK);

	private static final ResourceBundle EN = ResourceBundle.getBundle(BASE, Locale.ENGLISH, NO_FALLBACK);

	private static final ResourceBundle ZH = ResourceBundle.getBundle(BASE, Locale.CHINESE, NO_FALLBACK);

	private Messages() {
	}

	static ResourceBundle bundle(Locale locale) {
		if (locale == null) {
			return JA;
		}
		return switch (locale.getLanguage()) {
			case "en" -> EN;
			case "zh" -> ZH;
			default -> JA;
		};
	}

	static String text(Locale locale, String key) {
		return bundle(locale).getString(key);
	}

	static String format(Locale locale, String key, List<?> arguments) {
		ResourceBundle bundle = bundle(locale);
		String pattern = bundle.getString(key);
		if (arguments.isEmpty()) {
			return pattern;
		}
		Object[] values = new Object[arguments.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = display(bundle, arguments.get(i));
		}
		// Locale.ROOT: plain digits, no grouping surprises from the JVM default
		return new MessageFormat(pattern, Locale.ROOT).format(values);
	}

	private static Object display(ResourceBundle bundle, Object argument) {
		if (argument == null) {
			return "-";
		}
		if (argument instanceof Enum<?> value) {
			String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
			return bundle.containsKey(key) ? bundle.getString(key) : value.name();
		}
		return argument.toString();
	}

}
