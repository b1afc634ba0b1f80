package jp.sapporo.vaccinepass.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One check the engine made, passed or failed.
 *
 * @param code the stable code
 * @param arguments values shown in the message (dates, dose numbers, test numbers counted
 * from 1, ...)
 */
public record Reason(ReasonCode code, List<Object> arguments) {

	public Reason {
		Objects.requireNonNull(code, "code");
		arguments = (arguments != null) ? arguments : List.of();
	}

	static Reason of(ReasonCode code) {
		return new Reason(code, List.of());
	}

	static Reason of(ReasonCode code, Object a) {
		return new Reason(code, List.of(shown(a)));
	}

	static Reason of(ReasonCode code, Object a, Object b) {
		return new Reason(code, List.of(shown(a), shown(b)));
	}

	static Reason of(ReasonCode code, Object a, Object b, Object c) {
		return new Reason(code, List.of(a, b, c));
	}

	static Reason of(ReasonCode code, Object a, Object b, Object c, Object d) {
		return new Reason(code, List.of(a, b, c, d));
	}

	/** An unknown or open value (an open period end) is shown as "-". */
	private static Object shown(Object value) {
		return (value != null) ? value : "-";
	}

	/**
	 * The readable message.
	 * @param locale Japanese, English or Chinese (anything else gets Japanese)
	 * @return the message
	 */
	public String message(Locale locale) {
		return Messages.format(locale, "ReasonCode." + this.code.name(), this.arguments);
	}

}
