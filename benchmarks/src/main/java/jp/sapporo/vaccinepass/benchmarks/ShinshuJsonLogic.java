package jp.sapporo.vaccinepass.benchmarks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.jamsesso.jsonlogic.JsonLogic;
import io.github.jamsesso.jsonlogic.JsonLogicException;
import jp.sapporo.vaccinepass.rules.Context;
import jp.sapporo.vaccinepass.rules.EligibilityRequest;
import jp.sapporo.vaccinepass.rules.Person;
import jp.sapporo.vaccinepass.rules.TestResult;
import jp.sapporo.vaccinepass.rules.Vaccination;

/**
 * The Shinshu-wari SPECIAL v2 adult rule written as JsonLogic, the peer of the
 * comparison: in force from 2022-01-11, suspended at alert level 3, two doses with the
 * second at least 14 days before the trip start (dose day = day 1), or a negative test
 * whose specimen date is at most 3 days (PCR, NAAT, quantitative antigen) or 1 day
 * (qualitative antigen) before it. JsonLogic has no dates, so the benchmark adds
 * {@code days_between}.
 */
final class ShinshuJsonLogic {

	static final String RULE = """
			{"if": [
			  {"<": [{"days_between": ["2022-01-11", {"var": "ref"}]}, 0]}, "NOT_IN_FORCE",
			  {">=": [{"var": "alertLevel"}, 3]}, "SUSPENDED",
			  {"or": [
			    {"some": [{"var": "doses"}, {"and": [
			      {"==": [{"var": "dose"}, 2]},
			      {">=": [{"days_between": [{"var": "date"}, {"var": "ref"}]}, 14]}
			    ]}]},
			    {"some": [{"var": "tests"}, {"and": [
			      {"==": [{"var": "result"}, "NEGATIVE"]},
			      {">=": [{"days_between": [{"var": "specimenDate"}, {"var": "ref"}]}, 0]},
			      {"<=": [{"days_between": [{"var": "specimenDate"}, {"var": "ref"}]},
			        {"if": [
			          {"==": [{"var": "method"}, "ANTIGEN_QUALITATIVE"]}, 1,
			          {"in": [{"var": "method"}, ["PCR", "NAAT", "ANTIGEN_QUANTITATIVE"]]}, 3,
			          -1]}]}
			    ]}]}
			  ]}, "ELIGIBLE",
			  "NOT_ELIGIBLE"
			]}""";

	private final JsonLogic logic = new JsonLogic();

	ShinshuJsonLogic() {
		this.logic.addOperation("days_between", (args) -> (double) ChronoUnit.DAYS
			.between(LocalDate.parse((String) args[0]), LocalDate.parse((String) args[1])));
	}

	String decide(Map<String, Object> person) {
		try {
			return (String) this.logic.apply(RULE, person);
		}
		catch (JsonLogicException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The JsonLogic data for each person of a request. JsonLogic's array operators cannot
	 * see outside the element, so the reference date is copied into each document. Built
	 * once in the set-up, so the peer is not charged for it.
	 */
	static List<Map<String, Object>> data(EligibilityRequest request) {
		String ref = request.referenceDate().toString();
		Context context = request.context();
		List<Map<String, Object>> people = new ArrayList<>();
		for (Person person : request.people()) {
			Map<String, Object> data = new HashMap<>();
			data.put("ref", ref);
			data.put("alertLevel", (context.alertLevel() != null) ? context.alertLevel() : 0);
			List<Map<String, Object>> doses = new ArrayList<>();
			for (Vaccination dose : person.vaccinations()) {
				doses.add(Map.of("dose", dose.dose(), "date", dose.date().toString(), "ref", ref));
			}
			data.put("doses", doses);
			List<Map<String, Object>> tests = new ArrayList<>();
			for (TestResult test : person.tests()) {
				tests.add(Map.of("method", test.method().name(), "specimenDate", test.specimenDate().toString(),
						"result", test.result().name(), "ref", ref));
			}
			data.put("tests", tests);
			people.add(data);
		}
		return people;
	}

}
