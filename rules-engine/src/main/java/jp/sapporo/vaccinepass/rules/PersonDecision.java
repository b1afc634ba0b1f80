package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What one person gets, and why.
 *
 * @param id the person's id
 * @param outcome the outcome
 * @param basis the grounds of the benefit, {@code null} when not eligible
 * @param eligibleFrom the first eligible day by vaccination, whenever it can be computed
 * (also when not eligible yet)
 * @param validUntil the last valid day of the best negative test, whenever it can be
 * computed
 * @param reasons every check made, passed or failed
 * @param guidance follow-up actions for the checker
 */
public record PersonDecision(String id, Outcome outcome, Basis basis, LocalDate eligibleFrom, LocalDate validUntil,
		List<Reason> reasons, List<Guidance> guidance) {

	/**
	 * Whether a check with this code was made.
	 * @param code the code
	 * @return true if a reason has it
	 */
	public boolean has(ReasonCode code) {
		for (Reason reason : this.reasons) {
			if (reason.code() == code) {
				return true;
			}
		}
		return false;
	}

}
