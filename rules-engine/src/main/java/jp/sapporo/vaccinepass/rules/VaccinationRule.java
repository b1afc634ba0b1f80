package jp.sapporo.vaccinepass.rules;

import java.util.Objects;

/**
 * When vaccination qualifies a person.
 *
 * @param accepted whether the programme accepts vaccination at all
 * @param requiredDoses the dose that must be shown (2, or 3 for Fukuoka)
 * @param waitDays the wait after that dose
 * @param counting how the wait is counted
 * @param laterDoseWaivesWait whether a dose beyond the required one qualifies from its
 * own day with no wait (Tochigi Q31)
 */
public record VaccinationRule(boolean accepted, int requiredDoses, int waitDays, DayCounting counting,
		boolean laterDoseWaivesWait) {

	public VaccinationRule {
		Objects.requireNonNull(counting, "counting");
		if (accepted && requiredDoses < 1) {
			throw new IllegalArgumentException("requiredDoses must be at least 1");
		}
		if (waitDays < 0) {
			throw new IllegalArgumentException("waitDays must not be negative");
		}
	}

}
