package jp.sapporo.vaccinepass.rules;

import java.util.Locale;

/**
 * A follow-up action the checker should take with a person.
 */
public enum Guidance {

	/**
	 * Positive test: urge the person to see a medical institution or the consultation
	 * centre.
	 */
	SEE_MEDICAL_INSTITUTION,

	/**
	 * A co-resident companion of someone who tested positive: urge them to consult the
	 * public health centre.
	 */
	CONSULT_PUBLIC_HEALTH_CENTRE,

	/** Any other failure: point to a qualitative antigen test on site or nearby. */
	OFFER_ANTIGEN_TEST,

	/** The programme does not accept documents submitted later. */
	NO_LATE_SUBMISSION;

	/**
	 * The action in the caller's language.
	 * @param locale Japanese, English or Chinese (anything else gets Japanese)
	 * @return the text
	 */
	public String message(Locale locale) {
		return Messages.text(locale, "Guidance." + name());
	}

}
