package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static jp.sapporo.vaccinepass.rules.Fixtures.FUKUOKA;
import static jp.sapporo.vaccinepass.rules.Fixtures.SAPPORO;
import static jp.sapporo.vaccinepass.rules.Fixtures.SHINSHU;
import static jp.sapporo.vaccinepass.rules.Fixtures.TOCHIGI;
import static jp.sapporo.vaccinepass.rules.Fixtures.adult;
import static jp.sapporo.vaccinepass.rules.Fixtures.child;
import static jp.sapporo.vaccinepass.rules.Fixtures.codes;
import static jp.sapporo.vaccinepass.rules.Fixtures.date;
import static jp.sapporo.vaccinepass.rules.Fixtures.evaluate;
import static jp.sapporo.vaccinepass.rules.Fixtures.negative;
import static jp.sapporo.vaccinepass.rules.Fixtures.person;
import static jp.sapporo.vaccinepass.rules.Fixtures.test;
import static jp.sapporo.vaccinepass.rules.Fixtures.twoDoses;
import static org.assertj.core.api.Assertions.assertThat;

class PeopleRulesTests {

	private static final Context SPREAD = Context.defaults()
		.withAlertLevel(2)
		.withPriorityMeasures(true)
		.withCrossPrefecture(true);

	private static Person parent() {
		return twoDoses("parent", "2021-09-01").inHousehold("h");
	}

	private static Person childOf(String id, String birthDate) {
		return child(id, birthDate).inHousehold("h").withGuardian("parent");
	}

	@ParameterizedTest(name = "born {0}, judged {1} -> {2}")
	@CsvSource({
			// the 12th birthday: the day before is still a child
			"2010-01-20, 2022-01-19, EXEMPT", "2010-01-20, 2022-01-20, NOT_ELIGIBLE",
			"2010-01-20, 2022-01-21, NOT_ELIGIBLE",
			// born on a leap day: 12 on 1 March in a common year
			"2012-02-29, 2024-02-28, EXEMPT", "2012-02-29, 2024-02-29, NOT_ELIGIBLE", "2010-02-28, 2022-02-27, EXEMPT",
			"2010-02-28, 2022-02-28, NOT_ELIGIBLE" })
	void fukuokaExemptsChildrenUnderTwelveWithAQualifyingCoResidentGuardian(String birthDate, String day,
			Outcome expected) {
		Person parent = parent();
		Decision decision = evaluate(FUKUOKA, day,
				parent.withVaccinations(Vaccination.dose(1, date("2021-06-01")),
						Vaccination.dose(2, date("2021-06-22")), Vaccination.dose(3, date("2021-12-01"))),
				childOf("child", birthDate));
		assertThat(person(decision, "child").outcome()).isEqualTo(expected);
	}

	@Test
	void aLeapDayChildTurnsTwelveOnTheFirstOfMarchInACommonYear() {
		assertThat(Evaluation.age(date("2010-02-28"), date("2022-02-28"))).isEqualTo(12);
		assertThat(Evaluation.age(date("2012-02-29"), date("2023-02-28"))).isEqualTo(10);
		assertThat(Evaluation.age(date("2012-02-29"), date("2023-03-01"))).isEqualTo(11);
		assertThat(Evaluation.age(date("2012-02-29"), date("2024-02-29"))).isEqualTo(12);
		assertThat(Evaluation.age(date("2012-12-31"), date("2024-12-30"))).isEqualTo(11);
		assertThat(Evaluation.age(date("2012-12-31"), date("2024-12-31"))).isEqualTo(12);
	}

	@ParameterizedTest(name = "born {0}, judged {1} -> {2}")
	@CsvSource({
			// the 6th birthday during spread: under 6 exempt, from 6 a test is needed
			"2016-01-20, 2022-01-19, EXEMPT", "2016-01-20, 2022-01-20, NOT_ELIGIBLE",
			"2016-01-20, 2022-01-21, NOT_ELIGIBLE",
			// the 12th birthday during spread: from 12, a child rule no longer applies at
			// all
			"2010-01-20, 2022-01-19, NOT_ELIGIBLE", "2010-01-20, 2022-01-20, NOT_ELIGIBLE" })
	void shinshuDuringSpreadTestsChildrenFromTheirSixthBirthday(String birthDate, String day, Outcome expected) {
		Decision decision = evaluate(SHINSHU, day, SPREAD, parent(), childOf("child", birthDate));
		assertThat(person(decision, "child").outcome()).isEqualTo(expected);
	}

	@Test
	void shinshuChildNeedingATestIsEligibleWithANegativeTest() {
		Person child = childOf("child", "2014-05-05").withTests(negative(TestMethod.ANTIGEN_QUALITATIVE, "2022-01-20"));
		PersonDecision decision = person(evaluate(SHINSHU, "2022-01-20", SPREAD, parent(), child), "child");
		assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(decision.basis()).isEqualTo(Basis.TEST);
		assertThat(codes(decision)).startsWith(ReasonCode.CHILD_UNDER_AGE_LIMIT, ReasonCode.CHILD_TEST_REQUIRED);
	}

	@ParameterizedTest(name = "born {0}, judged {1} -> {2}")
	@CsvSource({ "2016-02-01, 2022-01-31, EXEMPT", "2016-02-01, 2022-02-01, NOT_ELIGIBLE",
			"2010-02-01, 2022-01-31, NOT_ELIGIBLE", "2010-02-01, 2022-02-01, NOT_ELIGIBLE" })
	void tochigiTestsChildrenFromSixInPrincipleAndExemptsPreSchoolChildren(String birthDate, String day,
			Outcome expected) {
		Decision decision = evaluate(TOCHIGI, day, parent(), childOf("child", birthDate), adult("x1"), adult("x2"),
				adult("x3"));
		assertThat(person(decision, "child").outcome()).isEqualTo(expected);
	}

	@Test
	void aChildWhoseGuardianDoesNotQualifyIsNotExempt() {
		Person guardian = adult("parent").inHousehold("h");
		PersonDecision decision = person(evaluate(FUKUOKA, "2022-07-24", guardian, childOf("child", "2018-01-01")),
				"child");
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(decision)).contains(ReasonCode.GUARDIAN_NOT_QUALIFIED);
	}

	@Test
	void aChildWhoseGuardianLivesElsewhereIsNotExempt() {
		Person guardian = twoDoses("parent", "2021-09-01").inHousehold("other");
		PersonDecision decision = person(evaluate(SHINSHU, "2022-01-20", guardian, childOf("child", "2018-01-01")),
				"child");
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(decision)).contains(ReasonCode.GUARDIAN_NOT_CO_RESIDENT);
	}

	@Test
	void aChildWithoutAGuardianIsJudgedOnTheirOwnDocuments() {
		Person alone = child("child", "2018-01-01");
		PersonDecision decision = person(evaluate(SHINSHU, "2022-01-20", alone), "child");
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(decision)).contains(ReasonCode.CHILD_NO_GUARDIAN);
		Person tested = alone.withTests(negative(TestMethod.PCR, "2022-01-19"));
		assertThat(person(evaluate(SHINSHU, "2022-01-20", tested), "child").outcome()).isEqualTo(Outcome.ELIGIBLE);
	}

	@Test
	void sapporoHasNoChildRule() {
		Decision decision = evaluate(SAPPORO, "2022-01-20", parent(), childOf("child", "2018-01-01"));
		assertThat(person(decision, "child").outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(person(decision, "child"))).doesNotContain(ReasonCode.CHILD_UNDER_AGE_LIMIT);
	}

	@Test
	void schoolActivitiesAreNotCheckedButTheirEscortsAre() {
		// Fukuoka: 「修学旅行等学校等の活動については適用しません。（ただし、教員等の引率者に係るものを除く）」
		Context school = Context.defaults().withSchoolActivity(true);
		Person pupil = child("pupil", "2008-04-01");
		Person teacher = adult("teacher").as(Role.ESCORT);
		Decision decision = evaluate(FUKUOKA, "2022-07-24", school, pupil, teacher);
		assertThat(person(decision, "pupil").outcome()).isEqualTo(Outcome.NOT_REQUIRED);
		assertThat(person(decision, "pupil").basis()).isEqualTo(Basis.SCHOOL_ACTIVITY);
		assertThat(person(decision, "teacher").outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(person(decision, "teacher"))).contains(ReasonCode.ESCORT_CHECKED);
		assertThat(decision.eligibleCount()).isEqualTo(1);
	}

	@Test
	void tochigiChecksSchoolGroupsLikeAnyTable() {
		Context school = Context.defaults().withSchoolActivity(true).withTableSize(5);
		Decision decision = evaluate(TOCHIGI, "2022-02-01", school, adult("a"));
		assertThat(decision.people().get(0).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
	}

	@Test
	void theTableSizeDefaultsToThePeopleInTheRequest() {
		Decision five = evaluate(TOCHIGI, "2022-02-01", Context.defaults(), adult("a"), adult("b"), adult("c"),
				adult("d"), adult("e"));
		assertThat(five.eligibleCount()).isZero();
		assertThat(codes(five.people().get(0))).startsWith(ReasonCode.TABLE_CHECKED);
		Decision pairAtABigTable = evaluate(TOCHIGI, "2022-02-01", Context.defaults().withTableSize(6), adult("a"),
				twoDoses("b", "2021-09-01"));
		assertThat(pairAtABigTable.eligibleCount()).isEqualTo(1);
	}

	@Test
	void aPositivePersonsCoResidentsAreSentToThePublicHealthCentreAndKeepTheirBenefit() {
		// Shinshu 4.①: 「同行者が陽性であり、当人がその同居人である等…保健所に相談する等の対応を促す」
		Person positive = adult("sick").inHousehold("h")
			.withTests(test(TestMethod.ANTIGEN_QUALITATIVE, "2022-01-20", TestOutcome.POSITIVE));
		Person coResident = twoDoses("partner", "2021-09-01").inHousehold("h");
		Person friend = twoDoses("friend", "2021-09-01").inHousehold("elsewhere");
		Decision decision = evaluate(SHINSHU, "2022-01-20", positive, coResident, friend);
		assertThat(person(decision, "sick").guidance()).containsExactly(Guidance.SEE_MEDICAL_INSTITUTION);
		assertThat(person(decision, "partner").outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(person(decision, "partner").guidance()).containsExactly(Guidance.CONSULT_PUBLIC_HEALTH_CENTRE);
		assertThat(codes(person(decision, "partner"))).contains(ReasonCode.CO_RESIDENT_TESTED_POSITIVE);
		assertThat(person(decision, "friend").guidance()).isEmpty();
		assertThat(decision.eligibleCount()).isEqualTo(2);
	}

	@Test
	void groupMembersWhoQualifyKeepTheBenefit() {
		// Shinshu: 「条件を満たしている同行者は割引の対象となります」
		Decision decision = evaluate(SHINSHU, "2022-01-20", adult("forgot"), twoDoses("ok", "2021-09-01"));
		assertThat(person(decision, "ok").outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(person(decision, "forgot").outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(decision.eligibleCount()).isEqualTo(1);
	}

	@Test
	void shinshuAllowsAVaccinationOnlyPlanWhichIgnoresTests() {
		Context vaccinationOnly = Context.defaults().withVaccinationOnly(true);
		Person tested = adult("p").withTests(negative(TestMethod.PCR, "2022-01-19"));
		PersonDecision decision = person(evaluate(SHINSHU, "2022-01-20", vaccinationOnly, tested), "p");
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(decision)).contains(ReasonCode.VACCINATION_ONLY_PLAN);
		assertThat(decision.guidance()).containsExactly(Guidance.NO_LATE_SUBMISSION);
	}

	@Test
	void aNotYetEligiblePersonIsToldTheFirstEligibleDay() {
		PersonDecision decision = person(evaluate(SHINSHU, "2022-01-20", twoDoses("p", "2022-01-10")), "p");
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(decision.eligibleFrom()).isEqualTo(LocalDate.of(2022, 1, 24));
		assertThat(decision.guidance()).containsExactly(Guidance.OFFER_ANTIGEN_TEST, Guidance.NO_LATE_SUBMISSION);
	}

	@Test
	void staffCanRunAProgrammeOverAnotherPeriod() {
		EligibilityRequest request = EligibilityRequest.of(SAPPORO, date("2023-05-01"), twoDoses("p", "2023-01-10"));
		assertThat(Fixtures.ENGINE.evaluate(request).status()).isEqualTo(ProgrammeStatus.NOT_IN_FORCE);
		Decision demo = Fixtures.ENGINE.evaluate(request,
				new ProgrammeOverride(date("2023-04-01"), date("2023-06-30"), false));
		assertThat(demo.status()).isEqualTo(ProgrammeStatus.ACTIVE);
		assertThat(demo.eligibleCount()).isEqualTo(1);
		Decision open = Fixtures.ENGINE.evaluate(request, new ProgrammeOverride(date("2023-04-01"), null, false));
		assertThat(open.status()).isEqualTo(ProgrammeStatus.ACTIVE);
		Decision before = Fixtures.ENGINE.evaluate(request, new ProgrammeOverride(date("2023-05-02"), null, false));
		assertThat(before.status()).isEqualTo(ProgrammeStatus.NOT_IN_FORCE);
	}

	@Test
	void staffCanSuspendAProgramme() {
		EligibilityRequest request = EligibilityRequest.of(SAPPORO, date("2022-01-20"), twoDoses("p", "2021-09-01"));
		Decision decision = Fixtures.ENGINE.evaluate(request,
				new ProgrammeOverride(date("2021-12-06"), date("2022-03-31"), true));
		assertThat(decision.status()).isEqualTo(ProgrammeStatus.SUSPENDED);
		assertThat(decision.eligibleCount()).isZero();
		PersonDecision person = decision.people().get(0);
		assertThat(person.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(person.basis()).isNull();
		assertThat(codes(person)).containsExactly(ReasonCode.PROGRAMME_SUSPENDED_BY_STAFF,
				ReasonCode.SECOND_DOSE_WAIT_MET);
		assertThat(person.guidance()).isEmpty();
	}

	@Test
	void aSuspendedProgrammeStillEvaluatesSmallTablesAndChildren() {
		Context level3 = SPREAD.withAlertLevel(3);
		Decision decision = evaluate(SHINSHU, "2022-01-20", level3, parent(), childOf("child", "2018-01-01"));
		assertThat(decision.eligibleCount()).isZero();
		assertThat(person(decision, "child").outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(person(decision, "child"))).contains(ReasonCode.PROGRAMME_SUSPENDED,
				ReasonCode.GUARDIAN_QUALIFIED);
	}

	@Test
	void aResidentScanningAPosterNeedsOnlyAFewLines() {
		EligibilityEngine engine = EligibilityEngine.withBuiltInProgrammes();
		Decision decision = engine.evaluate(EligibilityRequest.of("sapporo-passcode-2021", LocalDate.of(2022, 1, 5),
				Person.of("me", LocalDate.of(1990, 4, 1), Vaccination.dose(1, LocalDate.of(2021, 8, 1)),
						Vaccination.dose(2, LocalDate.of(2021, 8, 22)))));
		assertThat(decision.people().get(0).outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(decision.people().get(0).eligibleFrom()).isEqualTo(LocalDate.of(2021, 9, 5));
	}

}
