package jp.sapporo.vaccinepass.rules;

import java.util.List;
import java.util.Locale;

/**
 * A request the engine cannot judge. {@link #code()} is one of the stable codes below;
 * {@link #field()} names the offending field as a JSON path such as
 * {@code people[0].vaccinations[1].date} (or is {@code null} when the whole input is at
 * fault).
 */
public final class InvalidRequestException extends RuntimeException {

	/** The input is not JSON. */
	public static final String MALFORMED_JSON = "MALFORMED_JSON";

	/** A field that differs from a contract field only in case (a typo). */
	public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";

	/** A field of the wrong JSON type. */
	public static final String INVALID_TYPE = "INVALID_TYPE";

	/** Not an ISO date, or an impossible one such as 2022-02-30. */
	public static final String INVALID_DATE = "INVALID_DATE";

	/** Not one of the values the contract lists. */
	public static final String UNKNOWN_VALUE = "UNKNOWN_VALUE";

	/** A required field is missing or null. */
	public static final String MISSING_FIELD = "MISSING_FIELD";

	/** A value out of range (negative dose, birth after the reference date, ...). */
	public static final String INVALID_VALUE = "INVALID_VALUE";

	/** No programme with that id. */
	public static final String UNKNOWN_PROGRAMME = "UNKNOWN_PROGRAMME";

	/** The request names nobody. */
	public static final String NO_PEOPLE = "NO_PEOPLE";

	/** Two people with the same id. */
	public static final String DUPLICATE_PERSON_ID = "DUPLICATE_PERSON_ID";

	/** The same dose number twice for one person. */
	public static final String DUPLICATE_DOSE = "DUPLICATE_DOSE";

	/** A dose dated before a dose with a lower number. */
	public static final String DOSE_DATE_ORDER = "DOSE_DATE_ORDER";

	/** The guardian id is not a person in the request. */
	public static final String UNKNOWN_GUARDIAN = "UNKNOWN_GUARDIAN";

	/** The programme forbids an option the request asks for. */
	public static final String OPTION_NOT_ALLOWED = "OPTION_NOT_ALLOWED";

	/** Every code above (the i18n test checks each has a message in every language). */
	public static final List<String> CODES = List.of(MALFORMED_JSON, UNKNOWN_FIELD, INVALID_TYPE, INVALID_DATE,
			UNKNOWN_VALUE, MISSING_FIELD, INVALID_VALUE, UNKNOWN_PROGRAMME, NO_PEOPLE, DUPLICATE_PERSON_ID,
			DUPLICATE_DOSE, DOSE_DATE_ORDER, UNKNOWN_GUARDIAN, OPTION_NOT_ALLOWED);

	private final String code;

	private final String field;

	private final List<Object> arguments;

	/**
	 * Create an error.
	 * @param code one of the codes above
	 * @param field the JSON path of the offending field, or {@code null}
	 * @param arguments values for the message (the field is always argument 0)
	 */
	public InvalidRequestException(String code, String field, Object... arguments) {
		super(code);
		this.code = code;
		this.field = field;
		Object[] all = new Object[arguments.length + 1];
		all[0] = (field != null) ? field : "-";
		for (int i = 0; i < arguments.length; i++) {
			all[i + 1] = (arguments[i] != null) ? arguments[i] : "-";
		}
		this.arguments = List.of(all);
	}

	public String code() {
		return this.code;
	}

	public String field() {
		return this.field;
	}

	/**
	 * The message in English.
	 */
	@Override
	public String getMessage() {
		return message(Locale.ENGLISH);
	}

	/**
	 * The message in the caller's language.
	 * @param locale Japanese, English or Chinese (anything else gets Japanese)
	 * @return the message
	 */
	public String message(Locale locale) {
		return Messages.format(locale, "error." + this.code, this.arguments);
	}

}
