package jp.sapporo.vaccinepass.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static jp.sapporo.vaccinepass.rules.Fixtures.FUKUOKA;
import static jp.sapporo.vaccinepass.rules.Fixtures.SHINSHU;
import static jp.sapporo.vaccinepass.rules.Fixtures.TOCHIGI;
import static jp.sapporo.vaccinepass.rules.Fixtures.adult;
import static jp.sapporo.vaccinepass.rules.Fixtures.codes;
import static jp.sapporo.vaccinepass.rules.Fixtures.date;
import static jp.sapporo.vaccinepass.rules.Fixtures.dose;
import static jp.sapporo.vaccinepass.rules.Fixtures.evaluate;
import static jp.sapporo.vaccinepass.rules.Fixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

class VaccinationRulesTests {

	@ParameterizedTest(name = "{0}: dose 2 on {1}, judged on {2} -> {3}")
	@CsvSource({
			// N-1 / N / N+1 around the first eligible day (dose day = day 1)
			"shinshu-wari-special-v2, 2022-01-01, 2022-01-14, NOT_ELIGIBLE, 2022-01-15",
			"shinshu-wari-special-v2, 2022-01-01, 2022-01-15, ELIGIBLE, 2022-01-15",
			"shinshu-wari-special-v2, 2022-01-01, 2022-01-16, ELIGIBLE, 2022-01-15",
			"tochigi-vtp-restaurant, 2021-12-01, 2021-12-14, NOT_ELIGIBLE, 2021-12-15",
			"tochigi-vtp-restaurant, 2021-12-01, 2021-12-15, ELIGIBLE, 2021-12-15",
			"tochigi-vtp-restaurant, 2021-12-01, 2021-12-16, ELIGIBLE, 2021-12-15",
			"sapporo-passcode-2021, 2021-12-01, 2021-12-14, NOT_ELIGIBLE, 2021-12-15",
			"sapporo-passcode-2021, 2021-12-01, 2021-12-15, ELIGIBLE, 2021-12-15",
			"sapporo-passcode-2021, 2021-12-01, 2021-12-16, ELIGIBLE, 2021-12-15",
			// year end: 2021-12-20 + 14 → 2022-01-03
			"sapporo-passcode-2021, 2021-12-20, 2022-01-02, NOT_ELIGIBLE, 2022-01-03",
			"sapporo-passcode-2021, 2021-12-20, 2022-01-03, ELIGIBLE, 2022-01-03",
			// leap year: 2024-02-20 + 14 → 2024-03-05 (29 February counted)
			"tochigi-vtp-restaurant, 2024-02-20, 2024-03-04, NOT_ELIGIBLE, 2024-03-05",
			"tochigi-vtp-restaurant, 2024-02-20, 2024-03-05, ELIGIBLE, 2024-03-05",
			// common year: 2022-02-20 + 14 → 2022-03-06
			"tochigi-vtp-restaurant, 2022-02-20, 2022-03-05, NOT_ELIGIBLE, 2022-03-06",
			"tochigi-vtp-restaurant, 2022-02-20, 2022-03-06, ELIGIBLE, 2022-03-06",
			// dose on the leap day itself
			"tochigi-vtp-restaurant, 2024-02-29, 2024-03-13, NOT_ELIGIBLE, 2024-03-14",
			"tochigi-vtp-restaurant, 2024-02-29, 2024-03-14, ELIGIBLE, 2024-03-14" })
	void theFirstEligibleDayIsTheSecondDosePlusFourteenDays(String programme, String secondDose, String day,
			Outcome expected, String eligibleFrom) {
		Person person = Fixtures.twoDoses("p", secondDose);
		PersonDecision decision = only(evaluate(programme, day, person));
		assertThat(decision.outcome()).isEqualTo(expected);
		assertThat(decision.eligibleFrom()).isEqualTo(date(eligibleFrom));
	}

	@ParameterizedTest(name = "3rd dose on {0}, judged on {1} -> {2}")
	@CsvSource({ "2022-07-24, 2022-07-23, NOT_ELIGIBLE", "2022-07-24, 2022-07-24, ELIGIBLE",
			"2022-07-24, 2022-07-25, ELIGIBLE", "2022-12-31, 2022-12-31, ELIGIBLE",
			"2024-02-29, 2024-02-28, NOT_ELIGIBLE", "2024-02-29, 2024-02-29, ELIGIBLE" })
	void fukuokaCountsFromTheThirdDoseDay(String thirdDose, String day, Outcome expected) {
		Person person = adult("p", dose(1, "2021-06-01"), dose(2, "2021-06-22"), dose(3, thirdDose));
		assertThat(only(evaluate(FUKUOKA, day, person)).outcome()).isEqualTo(expected);
	}

	@Test
	void twoDosesAreNotEnoughForFukuoka() {
		PersonDecision decision = only(evaluate(FUKUOKA, "2022-07-24", Fixtures.twoDoses("p", "2021-09-01")));
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(decision.eligibleFrom()).isNull();
		assertThat(codes(decision)).contains(ReasonCode.REQUIRED_DOSE_NOT_PRESENTED);
		assertThat(decision.guidance()).containsExactly(Guidance.OFFER_ANTIGEN_TEST, Guidance.NO_LATE_SUBMISSION);
	}

	@Test
	void oneDoseIsNotEnoughForATwoDoseProgramme() {
		PersonDecision decision = only(evaluate(SHINSHU, "2022-01-20", adult("p", dose(1, "2021-08-01"))));
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(decision)).contains(ReasonCode.REQUIRED_DOSE_NOT_PRESENTED);
	}

	@Test
	void aDoseDatedAfterTheReferenceDayDoesNotCount() {
		Person person = adult("p", dose(1, "2022-01-01"), dose(2, "2022-01-22"));
		PersonDecision decision = only(evaluate(SHINSHU, "2022-01-21", person));
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(decision.eligibleFrom()).isEqualTo(date("2022-02-05"));
		assertThat(codes(decision)).contains(ReasonCode.DOSE_AFTER_REFERENCE_DATE, ReasonCode.SECOND_DOSE_WAIT_NOT_MET);
	}

	@Test
	void aThirdDoseDatedAfterTheReferenceDayDoesNotWaiveTheWaitInTochigi() {
		Person person = adult("p", dose(3, "2022-02-02"));
		PersonDecision decision = only(evaluate(TOCHIGI, "2022-02-01", person));
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(decision)).contains(ReasonCode.DOSE_AFTER_REFERENCE_DATE)
			.doesNotContain(ReasonCode.LATER_DOSE_WAIVES_WAIT);
	}

	@Test
	void aThirdDoseWaivesTheWaitInTochigiEvenWhenTheSecondDoseIsRecent() {
		Person person = adult("p", dose(1, "2022-01-01"), dose(2, "2022-01-22"), dose(3, "2022-01-25"));
		PersonDecision decision = only(evaluate(TOCHIGI, "2022-01-25", person));
		assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(decision.eligibleFrom()).isEqualTo(date("2022-01-25"));
	}

	@Test
	void onlyTheThirdDoseIsNotEnoughWhereTheSeedAsksForTheSecondDoseDate() {
		// Shinshu: 「2回目の接種年月日（2回目の接種日から14日以上経過していることを確認）」
		PersonDecision decision = only(evaluate(SHINSHU, "2022-02-01", adult("p", dose(3, "2022-01-30"))));
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(decision)).contains(ReasonCode.REQUIRED_DOSE_NOT_PRESENTED);
	}

	@Test
	void noVaccinationAndNoTestSaysBothAreMissing() {
		PersonDecision decision = only(evaluate(SHINSHU, "2022-02-01", adult("p")));
		assertThat(codes(decision)).containsExactly(ReasonCode.VACCINATION_NOT_PRESENTED,
				ReasonCode.TEST_NOT_PRESENTED);
		assertThat(decision.basis()).isNull();
		assertThat(decision.guidance()).containsExactly(Guidance.OFFER_ANTIGEN_TEST, Guidance.NO_LATE_SUBMISSION);
	}

	@Test
	void theDayAfterCountingConventionAddsOneDay() {
		assertThat(DayCounting.DOSE_DAY_IS_DAY_ONE.firstEligibleDay(date("2021-12-01"), 14))
			.isEqualTo(date("2021-12-15"));
		assertThat(DayCounting.DAY_AFTER_DOSE_IS_DAY_ONE.firstEligibleDay(date("2021-12-01"), 14))
			.isEqualTo(date("2021-12-16"));
		assertThat(DayCounting.DAY_AFTER_DOSE_IS_DAY_ONE.firstEligibleDay(date("2021-12-01"), 0))
			.isEqualTo(date("2021-12-01"));
	}

}
