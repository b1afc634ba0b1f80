package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The question: who among these people gets this programme's benefit on this day?
 *
 * @param programme the programme id, e.g. {@code sapporo-passcode-2021}
 * @param referenceDate the day the rule is judged on: the trip or stay start date for
 * travel, the visit (scan) date for a shop or restaurant
 * @param context the circumstances ({@code null} means {@link Context#defaults()})
 * @param people everyone who wants the benefit
 */
public record EligibilityRequest(String programme, LocalDate referenceDate, Context context, List<Person> people) {

	public EligibilityRequest {
		context = (context != null) ? context : Context.defaults();
		people = (people != null) ? List.copyOf(people) : List.of();
	}

	/**
	 * A request with no special circumstances, e.g. a resident scanning a shop poster:
	 * {@code EligibilityRequest.of("sapporo-passcode-2021", scanDate, Person.of("me", birthDate, Vaccination.dose(1, d1), Vaccination.dose(2, d2)))}.
	 * @param programme the programme id
	 * @param referenceDate the day the rule is judged on
	 * @param people the people
	 * @return the request
	 */
	public static EligibilityRequest of(String programme, LocalDate referenceDate, Person... people) {
		return new EligibilityRequest(programme, referenceDate, Context.defaults(), List.of(people));
	}

	/**
	 * A copy of this request with other circumstances.
	 * @param context the circumstances
	 * @return the request
	 */
	public EligibilityRequest with(Context context) {
		return new EligibilityRequest(this.programme, this.referenceDate, context, this.people);
	}

}
