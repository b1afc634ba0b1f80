package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The answer to an {@link EligibilityRequest}.
 *
 * @param programme the programme id
 * @param ruleSetVersion the version of the programme definition used
 * @param referenceDate the day the rule was judged on
 * @param status whether the programme gives its benefit that day
 * @param people one decision per person, in request order
 * @param eligibleCount how many people get the benefit ({@code ELIGIBLE}, {@code EXEMPT}
 * and {@code NOT_REQUIRED})
 */
public record Decision(String programme, String ruleSetVersion, LocalDate referenceDate, ProgrammeStatus status,
		List<PersonDecision> people, int eligibleCount) {

	/**
	 * The decision about one person.
	 * @param id the person's id
	 * @return the decision, if the person was in the request
	 */
	public Optional<PersonDecision> person(String id) {
		for (PersonDecision person : this.people) {
			if (person.id().equals(id)) {
				return Optional.of(person);
			}
		}
		return Optional.empty();
	}

}
