package jp.sapporo.vaccinepass.verifier.programme;

import java.time.Instant;
import java.time.LocalDate;

import jp.sapporo.vaccinepass.rules.Programme;
import jp.sapporo.vaccinepass.rules.ProgrammeOverride;

/**
 * How the city runs one programme now.
 *
 * @param programmeId the programme id of the rules engine
 * @param localPeriodStart first day of the local period, or {@code null} (as defined)
 * @param localPeriodEnd last day of the local period, or {@code null} (open-ended)
 * @param alertLevel the national alert level staff last set (the default of a check)
 * @param priorityMeasures whether priority measures are in force (the default of a check)
 * @param suspended whether staff suspended the programme
 * @param version the row version, for optimistic locking
 * @param updatedAt the last change
 */
public record ProgrammeSetting(String programmeId, LocalDate localPeriodStart, LocalDate localPeriodEnd, int alertLevel,
		boolean priorityMeasures, boolean suspended, long version, Instant updatedAt) {

	/**
	 * The override the engine needs, or {@code null} when the programme runs as defined.
	 * @param programme the definition
	 * @return the override
	 */
	public ProgrammeOverride override(Programme programme) {
		if (this.localPeriodStart == null && !this.suspended) {
			return null;
		}
		if (this.localPeriodStart != null) {
			return new ProgrammeOverride(this.localPeriodStart, this.localPeriodEnd, this.suspended);
		}
		// suspended over the programme's own period
		LocalDate start = (programme.periodStart() != null) ? programme.periodStart() : LocalDate.of(2020, 1, 1);
		return new ProgrammeOverride(start, programme.periodEnd(), true);
	}

}
