package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A programme's rules, as loaded from its resource file under {@code programmes/}. A
 * definition never changes: a change is a new version file.
 *
 * @param id the stable id, e.g. {@code shinshu-wari-special-v2}
 * @param version the version of this definition (the decision's {@code ruleSetVersion})
 * @param name the name in Japanese, English and Chinese
 * @param source the seed document the rules come from
 * @param periodStart the first day in force ({@code null}: no limit)
 * @param periodEnd the last day in force ({@code null}: no limit)
 * @param vaccination the vaccination rule
 * @param tests the test rule
 * @param children the child rule ({@code null}: children are judged like everyone else)
 * @param group the table-size rule ({@code null}: everyone is checked)
 * @param suspendedFromAlertLevel the national alert level from which the programme is
 * suspended ({@code null}: never)
 * @param vaccinationOnlyAllowed whether a plan may accept vaccination only
 * @param schoolActivitiesExempt whether school activities are not checked (escorts still
 * are)
 * @param lateSubmissionAllowed whether documents may be shown after the reference date
 */
public record Programme(String id, String version, LocalizedText name, String source, LocalDate periodStart,
		LocalDate periodEnd, VaccinationRule vaccination, TestRule tests, ChildRule children, GroupRule group,
		Integer suspendedFromAlertLevel, boolean vaccinationOnlyAllowed, boolean schoolActivitiesExempt,
		boolean lateSubmissionAllowed) {

	public Programme {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(vaccination, "vaccination");
		Objects.requireNonNull(tests, "tests");
		if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
			throw new IllegalArgumentException(id + ": period ends before it starts");
		}
		if (!vaccination.accepted() && !tests.accepted()) {
			throw new IllegalArgumentException(id + ": accepts neither vaccination nor tests");
		}
		if (suspendedFromAlertLevel != null && suspendedFromAlertLevel < 0) {
			throw new IllegalArgumentException(id + ": negative alert level");
		}
	}

	/**
	 * Whether the programme is in force on a day.
	 * @param day the day
	 * @return true inside the period
	 */
	public boolean inForceOn(LocalDate day) {
		return (this.periodStart == null || !day.isBefore(this.periodStart))
				&& (this.periodEnd == null || !day.isAfter(this.periodEnd));
	}

}
