package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * Short ways to write requests in tests.
 */
final class Fixtures {

	static final String SAPPORO = "sapporo-passcode-2021";

	static final String SHINSHU = "shinshu-wari-special-v2";

	static final String FUKUOKA = "fukuoka-vtp-3dose";

	static final String TOCHIGI = "tochigi-vtp-restaurant";

	static final LocalDate ADULT_BIRTH = LocalDate.of(1985, 3, 2);

	static final EligibilityEngine ENGINE = EligibilityEngine.withBuiltInProgrammes();

	private Fixtures() {
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	static Vaccination dose(int number, String date) {
		return Vaccination.dose(number, date(date));
	}

	static Person adult(String id, Vaccination... doses) {
		return Person.of(id, ADULT_BIRTH, doses);
	}

	/** Two doses, the second on the given day (the first three weeks earlier). */
	static Person twoDoses(String id, String secondDose) {
		LocalDate second = date(secondDose);
		return Person.of(id, ADULT_BIRTH, Vaccination.dose(1, second.minusDays(21)), Vaccination.dose(2, second));
	}

	static Person child(String id, String birthDate) {
		return Person.of(id, date(birthDate));
	}

	static TestResult test(TestMethod method, String specimenDate, TestOutcome result) {
		return TestResult.of(method, date(specimenDate), result);
	}

	static TestResult negative(TestMethod method, String specimenDate) {
		return test(method, specimenDate, TestOutcome.NEGATIVE);
	}

	/** A notice with all 7 Fukuoka items, the printed expiry matching the rule. */
	static TestResult fullNotice(TestMethod method, String specimenDate, TestOutcome result) {
		LocalDate taken = date(specimenDate);
		int days = (method == TestMethod.ANTIGEN_QUALITATIVE) ? 1 : 3;
		return TestResult.of(method, taken, result)
			.withCertificate("福岡 太郎", "Example Clinic", "Dr. Example", taken.plusDays(days));
	}

	/**
	 * Evaluate with no special circumstances, except that Tochigi is asked about a table
	 * of at least 5 (smaller tables are not checked at all, see the table-size tests).
	 */
	static Decision evaluate(String programme, String referenceDate, Person... people) {
		Context context = TOCHIGI.equals(programme) ? Context.defaults().withTableSize(Math.max(5, people.length))
				: Context.defaults();
		return evaluate(programme, referenceDate, context, people);
	}

	static Decision evaluate(String programme, String referenceDate, Context context, Person... people) {
		return ENGINE.evaluate(new EligibilityRequest(programme, date(referenceDate), context, List.of(people)));
	}

	static PersonDecision only(Decision decision) {
		if (decision.people().size() != 1) {
			throw new IllegalStateException("expected one person");
		}
		return decision.people().get(0);
	}

	static PersonDecision person(Decision decision, String id) {
		return decision.person(id).orElseThrow();
	}

	static List<ReasonCode> codes(PersonDecision decision) {
		return decision.reasons().stream().map(Reason::code).toList();
	}

}
