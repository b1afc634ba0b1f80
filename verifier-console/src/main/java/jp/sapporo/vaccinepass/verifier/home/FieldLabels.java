package jp.sapporo.vaccinepass.verifier.home;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The label of a form field for the error summary at the top of a form, so that each
 * message says which field it is about: {@code ${@fieldLabels.of(e.fieldName, 'check.')}}
 * gives e.g. "Traveller 3 · Date of birth" for {@code travellers[2].birthDate}. The label
 * is the field's message under the form's prefix, else under {@code check.}.
 */
@Component("fieldLabels")
public class FieldLabels {

	private static final Pattern TRAVELLER = Pattern.compile("travellers\\[(\\d+)]\\.(\\w+)");

	private final MessageSource messages;

	FieldLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String of(String fieldName, String prefix) {
		Locale locale = LocaleContextHolder.getLocale();
		Matcher traveller = TRAVELLER.matcher(fieldName);
		if (traveller.matches()) {
			String label = label(traveller.group(2), prefix, locale);
			String who = this.messages.getMessage("check.traveller",
					new Object[] { Integer.parseInt(traveller.group(1)) + 1 }, locale);
			return (label != null) ? who + " · " + label : who;
		}
		return label(fieldName, prefix, locale);
	}

	private String label(String field, String prefix, Locale locale) {
		String label = this.messages.getMessage(prefix + field, null, null, locale);
		return (label != null) ? label : this.messages.getMessage("check." + field, null, null, locale);
	}

}
