package jp.sapporo.vaccinepass.rules;

import org.junit.jupiter.api.Test;

import static jp.sapporo.vaccinepass.rules.Fixtures.FUKUOKA;
import static jp.sapporo.vaccinepass.rules.Fixtures.SAPPORO;
import static jp.sapporo.vaccinepass.rules.Fixtures.SHINSHU;
import static jp.sapporo.vaccinepass.rules.Fixtures.TOCHIGI;
import static jp.sapporo.vaccinepass.rules.Fixtures.adult;
import static jp.sapporo.vaccinepass.rules.Fixtures.codes;
import static jp.sapporo.vaccinepass.rules.Fixtures.date;
import static jp.sapporo.vaccinepass.rules.Fixtures.dose;
import static jp.sapporo.vaccinepass.rules.Fixtures.evaluate;
import static jp.sapporo.vaccinepass.rules.Fixtures.fullNotice;
import static jp.sapporo.vaccinepass.rules.Fixtures.negative;
import static jp.sapporo.vaccinepass.rules.Fixtures.only;
import static jp.sapporo.vaccinepass.rules.Fixtures.twoDoses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every worked example of the seed documents, as the seed states it.
 */
class SeedExamplesTests {

	// tochigi-vtp-restaurant-qa.ja.txt Q30: 「検体採取日12/1→12/4まで有効」
	@Test
	void tochigiPcrCollectedOnDecemberFirstIsValidThroughDecemberFourth() {
		Person person = adult("p").withTests(negative(TestMethod.PCR, "2021-12-01"));
		PersonDecision onFourth = only(evaluate(TOCHIGI, "2021-12-04", person));
		PersonDecision onFifth = only(evaluate(TOCHIGI, "2021-12-05", person));
		assertThat(onFourth.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(onFourth.basis()).isEqualTo(Basis.TEST);
		assertThat(onFourth.validUntil()).isEqualTo(date("2021-12-04"));
		assertThat(onFifth.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(onFifth.validUntil()).isEqualTo(date("2021-12-04"));
		assertThat(codes(onFifth)).contains(ReasonCode.TEST_EXPIRED);
	}

	// Tochigi Q30: 「検査日12/1→12/2まで有効」
	@Test
	void tochigiQualitativeAntigenTestedOnDecemberFirstIsValidThroughDecemberSecond() {
		Person person = adult("p").withTests(negative(TestMethod.ANTIGEN_QUALITATIVE, "2021-12-01"));
		assertThat(only(evaluate(TOCHIGI, "2021-12-02", person)).outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(only(evaluate(TOCHIGI, "2021-12-03", person)).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(only(evaluate(TOCHIGI, "2021-12-02", person)).validUntil()).isEqualTo(date("2021-12-02"));
	}

	// Tochigi Q27: 「2回目接種後、14日以上経過していること（接種日を1日目として計算）」
	@Test
	void tochigiCountsTheSecondDoseDayAsDayOneSoDecemberFirstGivesDecemberFifteenth() {
		Person person = twoDoses("p", "2021-12-01");
		PersonDecision on14th = only(evaluate(TOCHIGI, "2021-12-14", person));
		PersonDecision on15th = only(evaluate(TOCHIGI, "2021-12-15", person));
		assertThat(on14th.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(on14th.eligibleFrom()).isEqualTo(date("2021-12-15"));
		assertThat(codes(on14th)).contains(ReasonCode.SECOND_DOSE_WAIT_NOT_MET);
		assertThat(on15th.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(on15th.basis()).isEqualTo(Basis.VACCINATION);
		assertThat(codes(on15th)).contains(ReasonCode.SECOND_DOSE_WAIT_MET);
	}

	// Tochigi Q31: 「3回目接種済みの場合は、3回目の接種済証の確認のみで差し支えありません」
	@Test
	void tochigiAcceptsTheThirdDoseCertificateAloneWithNoWait() {
		Person person = adult("p", dose(3, "2022-01-30"));
		PersonDecision decision = only(evaluate(TOCHIGI, "2022-01-30", person));
		assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(decision.eligibleFrom()).isEqualTo(date("2022-01-30"));
		assertThat(codes(decision)).contains(ReasonCode.LATER_DOSE_WAIVES_WAIT);
	}

	// Tochigi Q25: 「4人以下のグループにおいて、確認の必要はありません」
	@Test
	void tochigiTableOfFourNeedsNoCheckAndTableOfFiveChecksEveryone() {
		Person[] four = { adult("a"), adult("b"), adult("c"), adult("d") };
		Decision small = evaluate(TOCHIGI, "2022-02-01", Context.defaults(), four);
		assertThat(small.people()).allSatisfy((p) -> {
			assertThat(p.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
			assertThat(p.basis()).isEqualTo(Basis.SMALL_GROUP);
		});
		assertThat(small.eligibleCount()).isEqualTo(4);
		Decision five = evaluate(TOCHIGI, "2022-02-01", adult("a"), adult("b"), adult("c"), adult("d"),
				twoDoses("e", "2021-09-01"));
		assertThat(five.eligibleCount()).isEqualTo(1);
		assertThat(five.person("e").orElseThrow().outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(five.person("a").orElseThrow().outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
	}

	// fukuoka-travel-discount-guideline.ja.txt: 「例：7/24にワクチン３回目接種 ➡ 7/24から割引利用可能」
	@Test
	void fukuokaThirdDoseOnJulyTwentyFourthGivesTheDiscountFromJulyTwentyFourth() {
		Person person = adult("p", dose(1, "2021-06-01"), dose(2, "2021-06-22"), dose(3, "2022-07-24"));
		PersonDecision before = only(evaluate(FUKUOKA, "2022-07-23", person));
		PersonDecision onTheDay = only(evaluate(FUKUOKA, "2022-07-24", person));
		assertThat(before.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(before.eligibleFrom()).isEqualTo(date("2022-07-24"));
		assertThat(onTheDay.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(onTheDay.eligibleFrom()).isEqualTo(date("2022-07-24"));
		assertThat(codes(onTheDay)).contains(ReasonCode.THIRD_DOSE_WAIT_MET);
	}

	// Fukuoka: 「例：7/20に検体採取を実施し…抗原定性検査 7/20【有効】7/21【有効】7/22【無効】」
	@Test
	void fukuokaQualitativeAntigenTakenOnJulyTwentiethIsValidOnTheTwentiethAndTwentyFirstOnly() {
		Person person = adult("p")
			.withTests(fullNotice(TestMethod.ANTIGEN_QUALITATIVE, "2022-07-20", TestOutcome.NEGATIVE));
		assertThat(only(evaluate(FUKUOKA, "2022-07-20", person)).outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(only(evaluate(FUKUOKA, "2022-07-21", person)).outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(only(evaluate(FUKUOKA, "2022-07-22", person)).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
	}

	// Fukuoka: the same chart, PCR: 7/20 to 7/23 valid, 7/24 invalid
	@Test
	void fukuokaPcrTakenOnJulyTwentiethIsValidThroughTheTwentyThird() {
		Person person = adult("p").withTests(fullNotice(TestMethod.PCR, "2022-07-20", TestOutcome.NEGATIVE));
		assertThat(only(evaluate(FUKUOKA, "2022-07-23", person)).outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(only(evaluate(FUKUOKA, "2022-07-24", person)).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(only(evaluate(FUKUOKA, "2022-07-24", person)).validUntil()).isEqualTo(date("2022-07-23"));
	}

	// shinshu-wari-special-travel-agents-v2.ja.txt: 「令和4年1月11日（火）新規予約・宿泊分から」
	@Test
	void shinshuStartsOnJanuaryEleventhTwentyTwentyTwo() {
		Person person = twoDoses("p", "2021-09-01");
		assertThat(evaluate(SHINSHU, "2022-01-10", person).status()).isEqualTo(ProgrammeStatus.NOT_IN_FORCE);
		assertThat(evaluate(SHINSHU, "2022-01-11", person).status()).isEqualTo(ProgrammeStatus.ACTIVE);
	}

	// Shinshu: 「感染警戒レベル3以上では、信州割SPECIAL事業そのものが停止となります」
	@Test
	void shinshuIsSuspendedFromAlertLevelThree() {
		Person person = twoDoses("p", "2021-09-01");
		Context level2 = Context.defaults().withAlertLevel(2);
		Context level3 = Context.defaults().withAlertLevel(3);
		assertThat(evaluate(SHINSHU, "2022-01-20", level2, person).status()).isEqualTo(ProgrammeStatus.ACTIVE);
		Decision suspended = evaluate(SHINSHU, "2022-01-20", level3, person);
		assertThat(suspended.status()).isEqualTo(ProgrammeStatus.SUSPENDED);
		assertThat(suspended.eligibleCount()).isZero();
		assertThat(only(suspended).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(only(suspended).eligibleFrom()).isEqualTo(date("2021-09-15"));
		assertThat(codes(only(suspended))).contains(ReasonCode.PROGRAMME_SUSPENDED, ReasonCode.SECOND_DOSE_WAIT_MET);
	}

	// Shinshu, the table in 5. その他留意点 (2/2): spread and cross-prefecture → 6–11 need a
	// test, under 6 do not
	@Test
	void shinshuChildTableDuringSpreadOnCrossPrefectureTravel() {
		Person parent = twoDoses("parent", "2021-09-01").inHousehold("h");
		Person eight = Fixtures.child("eight", "2013-06-01").inHousehold("h").withGuardian("parent");
		Person four = Fixtures.child("four", "2017-06-01").inHousehold("h").withGuardian("parent");
		Context spread = Context.defaults().withAlertLevel(2).withPriorityMeasures(true).withCrossPrefecture(true);
		Decision during = evaluate(SHINSHU, "2022-01-20", spread, parent, eight, four);
		assertThat(during.person("eight").orElseThrow().outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(during.person("eight").orElseThrow())).contains(ReasonCode.CHILD_TEST_REQUIRED);
		assertThat(during.person("four").orElseThrow().outcome()).isEqualTo(Outcome.EXEMPT);
		Decision inPrefecture = evaluate(SHINSHU, "2022-01-20", spread.withCrossPrefecture(false), parent, eight, four);
		assertThat(inPrefecture.person("eight").orElseThrow().outcome()).isEqualTo(Outcome.EXEMPT);
		Decision level1 = evaluate(SHINSHU, "2022-01-20", spread.withAlertLevel(1), parent, eight, four);
		assertThat(level1.person("eight").orElseThrow().outcome()).isEqualTo(Outcome.EXEMPT);
		assertThat(level1.eligibleCount()).isEqualTo(3);
	}

	// sapporo-passcode-merchant-guide.ja.txt: 「2回目のワクチン接種から2週間以上経過した方のみ」
	@Test
	void sapporoShowsTheHistoryTwoWeeksAfterTheSecondDose() {
		Person resident = twoDoses("resident", "2021-12-01");
		assertThat(only(evaluate(SAPPORO, "2021-12-14", resident)).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(only(evaluate(SAPPORO, "2021-12-15", resident)).outcome()).isEqualTo(Outcome.ELIGIBLE);
	}

	// Sapporo: 「事業期間 : 2021年12月6日（月）～2022年3月31日（木）」
	@Test
	void sapporoRunsFromDecemberSixthToMarchThirtyFirst() {
		Person resident = twoDoses("resident", "2021-10-01");
		assertThat(evaluate(SAPPORO, "2021-12-05", resident).status()).isEqualTo(ProgrammeStatus.NOT_IN_FORCE);
		assertThat(evaluate(SAPPORO, "2021-12-06", resident).status()).isEqualTo(ProgrammeStatus.ACTIVE);
		assertThat(evaluate(SAPPORO, "2022-03-31", resident).status()).isEqualTo(ProgrammeStatus.ACTIVE);
		Decision after = evaluate(SAPPORO, "2022-04-01", resident);
		assertThat(after.status()).isEqualTo(ProgrammeStatus.NOT_IN_FORCE);
		assertThat(only(after).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(only(after).eligibleFrom()).isEqualTo(date("2021-10-15"));
		assertThat(after.eligibleCount()).isZero();
	}

	// eligibility.md: the contract's example decision
	@Test
	void theContractExampleIsEligibleByVaccinationFromAugustFifth() {
		Person p1 = new Person("p1", date("1985-03-02"), Role.TRAVELLER, null, "h1",
				java.util.List.of(new Vaccination(1, date("2021-07-01"), "COMIRNATY"),
						new Vaccination(2, date("2021-07-22"), "COMIRNATY")),
				java.util.List.of(new TestResult(TestMethod.PCR, date("2022-01-18"), TestOutcome.NEGATIVE, "Taro Kosei",
						"Example Clinic", "Dr. Example", date("2022-01-21"), null, Presentation.ORIGINAL)));
		Context context = new Context(true, 2, true, false, false, null);
		Decision decision = evaluate(SHINSHU, "2022-01-20", context, p1);
		assertThat(decision.programme()).isEqualTo(SHINSHU);
		assertThat(decision.ruleSetVersion()).isEqualTo("2021-12-15");
		assertThat(decision.status()).isEqualTo(ProgrammeStatus.ACTIVE);
		assertThat(decision.eligibleCount()).isEqualTo(1);
		PersonDecision person = only(decision);
		assertThat(person.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(person.basis()).isEqualTo(Basis.VACCINATION);
		assertThat(person.eligibleFrom()).isEqualTo(date("2021-08-05"));
		assertThat(codes(person)).startsWith(ReasonCode.SECOND_DOSE_WAIT_MET);
		assertThat(person.guidance()).isEmpty();
	}

}
