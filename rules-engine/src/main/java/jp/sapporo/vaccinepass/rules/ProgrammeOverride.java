package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Staff running a programme's rules over another local period (a new trial, a demo), or
 * suspending it. The rules themselves stay as defined.
 *
 * @param periodStart the first day in force
 * @param periodEnd the last day in force ({@code null}: open-ended)
 * @param suspended whether staff suspended the programme
 */
public record ProgrammeOverride(LocalDate periodStart, LocalDate periodEnd, boolean suspended) {

	public ProgrammeOverride {
		Objects.requireNonNull(periodStart, "periodStart");
		if (periodEnd != null && periodEnd.isBefore(periodStart)) {
			throw new IllegalArgumentException("periodEnd " + periodEnd + " is before periodStart " + periodStart);
		}
	}

}
