package jp.sapporo.vaccinepass.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static jp.sapporo.vaccinepass.rules.Fixtures.FUKUOKA;
import static jp.sapporo.vaccinepass.rules.Fixtures.SAPPORO;
import static jp.sapporo.vaccinepass.rules.Fixtures.SHINSHU;
import static jp.sapporo.vaccinepass.rules.Fixtures.TOCHIGI;
import static jp.sapporo.vaccinepass.rules.Fixtures.adult;
import static jp.sapporo.vaccinepass.rules.Fixtures.codes;
import static jp.sapporo.vaccinepass.rules.Fixtures.date;
import static jp.sapporo.vaccinepass.rules.Fixtures.evaluate;
import static jp.sapporo.vaccinepass.rules.Fixtures.fullNotice;
import static jp.sapporo.vaccinepass.rules.Fixtures.negative;
import static jp.sapporo.vaccinepass.rules.Fixtures.only;
import static jp.sapporo.vaccinepass.rules.Fixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

class TestRulesTests {

	@ParameterizedTest(name = "{0} {1} taken {2}, judged on {3} -> {4}")
	@CsvSource({
			// +3 days: N-1 (day before the specimen), N (last valid day), N+1
			"shinshu-wari-special-v2, PCR, 2022-01-18, 2022-01-17, NOT_ELIGIBLE",
			"shinshu-wari-special-v2, PCR, 2022-01-18, 2022-01-18, ELIGIBLE",
			"shinshu-wari-special-v2, PCR, 2022-01-18, 2022-01-20, ELIGIBLE",
			"shinshu-wari-special-v2, PCR, 2022-01-18, 2022-01-21, ELIGIBLE",
			"shinshu-wari-special-v2, PCR, 2022-01-18, 2022-01-22, NOT_ELIGIBLE",
			"shinshu-wari-special-v2, NAAT, 2022-01-18, 2022-01-21, ELIGIBLE",
			"shinshu-wari-special-v2, NAAT, 2022-01-18, 2022-01-22, NOT_ELIGIBLE",
			"shinshu-wari-special-v2, ANTIGEN_QUANTITATIVE, 2022-01-18, 2022-01-21, ELIGIBLE",
			"shinshu-wari-special-v2, ANTIGEN_QUANTITATIVE, 2022-01-18, 2022-01-22, NOT_ELIGIBLE",
			// +1 day
			"shinshu-wari-special-v2, ANTIGEN_QUALITATIVE, 2022-01-18, 2022-01-17, NOT_ELIGIBLE",
			"shinshu-wari-special-v2, ANTIGEN_QUALITATIVE, 2022-01-18, 2022-01-19, ELIGIBLE",
			"shinshu-wari-special-v2, ANTIGEN_QUALITATIVE, 2022-01-18, 2022-01-20, NOT_ELIGIBLE",
			// year end and leap day
			"tochigi-vtp-restaurant, PCR, 2021-12-30, 2022-01-02, ELIGIBLE",
			"tochigi-vtp-restaurant, PCR, 2021-12-30, 2022-01-03, NOT_ELIGIBLE",
			"tochigi-vtp-restaurant, ANTIGEN_QUALITATIVE, 2021-12-31, 2022-01-01, ELIGIBLE",
			"tochigi-vtp-restaurant, ANTIGEN_QUALITATIVE, 2021-12-31, 2022-01-02, NOT_ELIGIBLE",
			"tochigi-vtp-restaurant, PCR, 2024-02-27, 2024-03-01, ELIGIBLE",
			"tochigi-vtp-restaurant, PCR, 2024-02-27, 2024-03-02, NOT_ELIGIBLE",
			"tochigi-vtp-restaurant, ANTIGEN_QUALITATIVE, 2024-02-28, 2024-02-29, ELIGIBLE",
			"tochigi-vtp-restaurant, ANTIGEN_QUALITATIVE, 2024-02-28, 2024-03-01, NOT_ELIGIBLE" })
	void aNegativeTestIsValidFromItsSpecimenDateThroughTheProgrammeWindow(String programme, TestMethod method,
			String taken, String day, Outcome expected) {
		Person person = adult("p").withTests(negative(method, taken));
		PersonDecision decision = only(evaluate(programme, day, person));
		assertThat(decision.outcome()).isEqualTo(expected);
		assertThat(decision.validUntil()).isNotNull();
	}

	@Test
	void aTestTakenAfterTheTripStartDoesNotCount() {
		PersonDecision decision = only(
				evaluate(SHINSHU, "2022-01-17", adult("p").withTests(negative(TestMethod.PCR, "2022-01-18"))));
		assertThat(codes(decision)).contains(ReasonCode.TEST_TAKEN_AFTER_REFERENCE_DATE);
		assertThat(decision.validUntil()).isEqualTo(date("2022-01-21"));
	}

	@Test
	void anIndeterminateResultIsRefusedWithTheAntigenTestGuidance() {
		PersonDecision decision = only(evaluate(SHINSHU, "2022-01-20",
				adult("p").withTests(test(TestMethod.PCR, "2022-01-19", TestOutcome.INDETERMINATE))));
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(decision)).contains(ReasonCode.TEST_RESULT_INDETERMINATE);
		assertThat(decision.guidance()).containsExactly(Guidance.OFFER_ANTIGEN_TEST, Guidance.NO_LATE_SUBMISSION);
	}

	@Test
	void aPositiveResultIsRefusedEvenWhenVaccinatedAndSendsThePersonToAMedicalInstitution() {
		Person person = Fixtures.twoDoses("p", "2021-09-01")
			.withTests(test(TestMethod.ANTIGEN_QUALITATIVE, "2022-01-20", TestOutcome.POSITIVE));
		PersonDecision decision = only(evaluate(SHINSHU, "2022-01-20", person));
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(decision.basis()).isNull();
		assertThat(codes(decision)).contains(ReasonCode.TEST_RESULT_POSITIVE);
		assertThat(decision.guidance()).containsExactly(Guidance.SEE_MEDICAL_INSTITUTION);
	}

	@Test
	void anOldPositiveResultNoLongerCounts() {
		Person person = Fixtures.twoDoses("p", "2021-09-01")
			.withTests(test(TestMethod.PCR, "2021-12-01", TestOutcome.POSITIVE));
		PersonDecision decision = only(evaluate(SHINSHU, "2022-01-20", person));
		assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(decision.guidance()).isEmpty();
	}

	@Test
	void aSelfTestIsRefusedButAPositiveSelfTestStillNeedsAMedicalInstitution() {
		// Fukuoka: 「検査結果が検査キット等による自己検査であった場合」 → 対象外
		PersonDecision negative = only(evaluate(FUKUOKA, "2022-07-20",
				adult("p").withTests(fullNotice(TestMethod.SELF_TEST, "2022-07-20", TestOutcome.NEGATIVE))));
		assertThat(negative.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(negative)).contains(ReasonCode.TEST_METHOD_NOT_ACCEPTED);
		PersonDecision positive = only(evaluate(FUKUOKA, "2022-07-20",
				adult("p").withTests(fullNotice(TestMethod.SELF_TEST, "2022-07-20", TestOutcome.POSITIVE))));
		assertThat(positive.guidance()).containsExactly(Guidance.SEE_MEDICAL_INSTITUTION);
	}

	@ParameterizedTest
	@EnumSource(CertificateItem.class)
	void fukuokaRefusesANoticeMissingAnyOfItsSevenItems(CertificateItem missing) {
		TestResult full = fullNotice(TestMethod.PCR, "2022-07-20", TestOutcome.NEGATIVE);
		TestResult notice = new TestResult((missing == CertificateItem.METHOD) ? null : full.method(),
				(missing == CertificateItem.SPECIMEN_DATE) ? null : full.specimenDate(),
				(missing == CertificateItem.RESULT) ? null : full.result(),
				(missing == CertificateItem.HOLDER_NAME) ? null : full.holderName(),
				(missing == CertificateItem.SITE) ? null : full.site(),
				(missing == CertificateItem.SUPERVISOR) ? "  " : full.supervisor(),
				(missing == CertificateItem.EXPIRY_DATE) ? null : full.expiryDate(), null, Presentation.ORIGINAL);
		PersonDecision decision = only(evaluate(FUKUOKA, "2022-07-21", adult("p").withTests(notice)));
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(decision.reasons()).anySatisfy((reason) -> {
			assertThat(reason.code()).isEqualTo(ReasonCode.TEST_CERTIFICATE_ITEM_MISSING);
			assertThat(reason.arguments()).contains(missing);
		});
	}

	@Test
	void fukuokaAcceptsANoticeWithAllSevenItems() {
		PersonDecision decision = only(evaluate(FUKUOKA, "2022-07-21",
				adult("p").withTests(fullNotice(TestMethod.PCR, "2022-07-20", TestOutcome.NEGATIVE))));
		assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(decision.basis()).isEqualTo(Basis.TEST);
		assertThat(codes(decision)).contains(ReasonCode.TEST_CERTIFICATE_COMPLETE,
				ReasonCode.TEST_PRESENTATION_ACCEPTED);
	}

	@Test
	void fukuokaAcceptsAKitNameAndBusinessNameInsteadOfMethodAndSite() {
		// Fukuoka: 「[③検査方法]の代わりに使用したキット名を、[④検査所名]の代わりに事業所名を記載」
		TestResult notice = new TestResult(null, date("2022-07-20"), TestOutcome.NEGATIVE, "福岡 太郎", "Hotel Example",
				"Manager Example", date("2022-07-21"), "Example Antigen Kit", Presentation.EMAIL);
		PersonDecision onTheNextDay = only(evaluate(FUKUOKA, "2022-07-21", adult("p").withTests(notice)));
		assertThat(onTheNextDay.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(codes(onTheNextDay)).contains(ReasonCode.TEST_METHOD_FROM_KIT_NAME);
		// judged as a qualitative antigen test: +1 day only
		assertThat(onTheNextDay.validUntil()).isEqualTo(date("2022-07-21"));
		assertThat(only(evaluate(FUKUOKA, "2022-07-22", adult("p").withTests(notice))).outcome())
			.isEqualTo(Outcome.NOT_ELIGIBLE);
	}

	@Test
	void fukuokaRefusesAPhotoOrCopyOfATestNotice() {
		// Fukuoka: 「原本を撮影した画像や写しは不可」
		TestResult copy = fullNotice(TestMethod.PCR, "2022-07-20", TestOutcome.NEGATIVE).presentedAs(Presentation.COPY);
		PersonDecision decision = only(evaluate(FUKUOKA, "2022-07-21", adult("p").withTests(copy)));
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(decision)).contains(ReasonCode.TEST_PRESENTATION_NOT_ACCEPTED);
		TestResult email = copy.presentedAs(Presentation.EMAIL);
		assertThat(only(evaluate(FUKUOKA, "2022-07-21", adult("p").withTests(email))).outcome())
			.isEqualTo(Outcome.ELIGIBLE);
	}

	@Test
	void tochigiAcceptsACopyOfATestNotice() {
		// Tochigi Q33: 「原本に限らず…撮影した画像や写し（コピー）のほか」
		TestResult copy = negative(TestMethod.PCR, "2022-02-01").presentedAs(Presentation.COPY);
		assertThat(only(evaluate(TOCHIGI, "2022-02-01", adult("p").withTests(copy))).outcome())
			.isEqualTo(Outcome.ELIGIBLE);
	}

	@Test
	void anEarlierPrintedExpiryDateWins() {
		TestResult notice = negative(TestMethod.PCR, "2022-01-18").withCertificate("a", "b", "c", date("2022-01-19"));
		PersonDecision decision = only(evaluate(SHINSHU, "2022-01-20", adult("p").withTests(notice)));
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(decision.validUntil()).isEqualTo(date("2022-01-19"));
	}

	@Test
	void aLaterPrintedExpiryDateDoesNotExtendTheWindow() {
		TestResult notice = negative(TestMethod.ANTIGEN_QUALITATIVE, "2022-01-18").withCertificate("a", "b", "c",
				date("2022-01-25"));
		PersonDecision decision = only(evaluate(SHINSHU, "2022-01-20", adult("p").withTests(notice)));
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(decision.validUntil()).isEqualTo(date("2022-01-19"));
	}

	@Test
	void sapporoDoesNotAcceptTests() {
		PersonDecision decision = only(
				evaluate(SAPPORO, "2022-01-20", adult("p").withTests(negative(TestMethod.PCR, "2022-01-19"))));
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(codes(decision)).containsExactly(ReasonCode.TESTS_NOT_ACCEPTED,
				ReasonCode.VACCINATION_NOT_PRESENTED);
		assertThat(decision.guidance()).isEmpty();
	}

	@Test
	void theBestOfSeveralTestsCounts() {
		Person person = adult("p").withTests(test(TestMethod.PCR, "2022-01-10", TestOutcome.NEGATIVE),
				test(TestMethod.ANTIGEN_QUALITATIVE, "2022-01-19", TestOutcome.INDETERMINATE),
				negative(TestMethod.PCR, "2022-01-19"));
		PersonDecision decision = only(evaluate(SHINSHU, "2022-01-20", person));
		assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(decision.validUntil()).isEqualTo(date("2022-01-22"));
	}

}
