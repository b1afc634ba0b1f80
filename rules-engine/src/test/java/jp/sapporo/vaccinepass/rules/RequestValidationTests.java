package jp.sapporo.vaccinepass.rules;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static jp.sapporo.vaccinepass.rules.Fixtures.SHINSHU;
import static jp.sapporo.vaccinepass.rules.Fixtures.TOCHIGI;
import static jp.sapporo.vaccinepass.rules.Fixtures.adult;
import static jp.sapporo.vaccinepass.rules.Fixtures.date;
import static jp.sapporo.vaccinepass.rules.Fixtures.dose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RequestValidationTests {

	private static InvalidRequestException rejected(EligibilityRequest request) {
		return catchThrowableOfType(InvalidRequestException.class, () -> Fixtures.ENGINE.evaluate(request));
	}

	private static EligibilityRequest request(Person... people) {
		return EligibilityRequest.of(SHINSHU, date("2022-01-20"), people);
	}

	@Test
	void anUnknownProgrammeIsRejected() {
		InvalidRequestException error = rejected(EligibilityRequest.of("osaka", date("2022-01-20"), adult("p")));
		assertThat(error.code()).isEqualTo("UNKNOWN_PROGRAMME");
		assertThat(error.field()).isEqualTo("programme");
		assertThat(error.getMessage()).isEqualTo("There is no programme \"osaka\".");
		assertThat(error.message(Locale.JAPANESE)).isEqualTo("事業「osaka」はありません。");
	}

	@Test
	void aMissingProgrammeOrReferenceDateIsRejected() {
		assertThat(rejected(EligibilityRequest.of(null, date("2022-01-20"), adult("p"))).field())
			.isEqualTo("programme");
		InvalidRequestException noDate = rejected(EligibilityRequest.of(SHINSHU, null, adult("p")));
		assertThat(noDate.code()).isEqualTo("MISSING_FIELD");
		assertThat(noDate.field()).isEqualTo("referenceDate");
	}

	@Test
	void aRequestWithNobodyIsRejected() {
		InvalidRequestException error = rejected(request());
		assertThat(error.code()).isEqualTo("NO_PEOPLE");
		assertThat(error.field()).isEqualTo("people");
	}

	@Test
	void aSecondDoseBeforeTheFirstIsRejectedNamingItsDate() {
		InvalidRequestException error = rejected(
				request(adult("a"), adult("b", dose(1, "2021-08-01"), dose(2, "2021-07-01"))));
		assertThat(error.code()).isEqualTo("DOSE_DATE_ORDER");
		assertThat(error.field()).isEqualTo("people[1].vaccinations[1].date");
	}

	@Test
	void theOutOfOrderDoseIsNamedWhateverTheListOrder() {
		InvalidRequestException error = rejected(request(adult("a", dose(2, "2021-07-01"), dose(1, "2021-08-01"))));
		assertThat(error.field()).isEqualTo("people[0].vaccinations[0].date");
	}

	@Test
	void aDuplicateDoseNumberIsRejected() {
		InvalidRequestException error = rejected(request(adult("a", dose(1, "2021-07-01"), dose(1, "2021-08-01"))));
		assertThat(error.code()).isEqualTo("DUPLICATE_DOSE");
		assertThat(error.field()).isEqualTo("people[0].vaccinations[1].dose");
	}

	@Test
	void aDoseNumberBelowOneIsRejected() {
		InvalidRequestException error = rejected(request(adult("a", dose(0, "2021-07-01"))));
		assertThat(error.code()).isEqualTo("INVALID_VALUE");
		assertThat(error.field()).isEqualTo("people[0].vaccinations[0].dose");
	}

	@Test
	void aDoseWithoutADateIsRejected() {
		InvalidRequestException error = rejected(request(adult("a", new Vaccination(1, null, null))));
		assertThat(error.code()).isEqualTo("MISSING_FIELD");
		assertThat(error.field()).isEqualTo("people[0].vaccinations[0].date");
	}

	@Test
	void duplicatePersonIdsAreRejected() {
		InvalidRequestException error = rejected(request(adult("a"), adult("b"), adult("a")));
		assertThat(error.code()).isEqualTo("DUPLICATE_PERSON_ID");
		assertThat(error.field()).isEqualTo("people[2].id");
	}

	@Test
	void aPersonWithoutIdOrBirthDateIsRejected() {
		assertThat(rejected(request(adult(" "))).field()).isEqualTo("people[0].id");
		assertThat(rejected(request(new Person("a", null, null, null, null, null, null))).field())
			.isEqualTo("people[0].birthDate");
	}

	@Test
	void aPersonBornAfterTheReferenceDateIsRejected() {
		InvalidRequestException error = rejected(request(Person.of("a", date("2022-01-21"))));
		assertThat(error.code()).isEqualTo("INVALID_VALUE");
		assertThat(error.field()).isEqualTo("people[0].birthDate");
	}

	@Test
	void aGuardianWhoIsNotInTheRequestIsRejected() {
		InvalidRequestException error = rejected(request(adult("a"), adult("child").withGuardian("mum")));
		assertThat(error.code()).isEqualTo("UNKNOWN_GUARDIAN");
		assertThat(error.field()).isEqualTo("people[1].guardianId");
		assertThat(rejected(request(adult("a").withGuardian("a"))).code()).isEqualTo("UNKNOWN_GUARDIAN");
	}

	@Test
	void tochigiForbidsAVaccinationOnlyPlan() {
		// Tochigi Q23: 「いずれか一方のみを対象とすることはできません」
		EligibilityRequest request = new EligibilityRequest(TOCHIGI, date("2022-02-01"),
				Context.defaults().withVaccinationOnly(true), List.of(adult("a")));
		InvalidRequestException error = rejected(request);
		assertThat(error.code()).isEqualTo("OPTION_NOT_ALLOWED");
		assertThat(error.field()).isEqualTo("context.vaccinationOnly");
	}

	@Test
	void aTableSmallerThanTheGroupIsRejected() {
		EligibilityRequest request = new EligibilityRequest(TOCHIGI, date("2022-02-01"),
				Context.defaults().withTableSize(1), List.of(adult("a"), adult("b")));
		assertThat(rejected(request).field()).isEqualTo("context.tableSize");
	}

	@Test
	void aNegativeAlertLevelIsRejected() {
		EligibilityRequest request = new EligibilityRequest(SHINSHU, date("2022-02-01"),
				Context.defaults().withAlertLevel(-1), List.of(adult("a")));
		assertThat(rejected(request).field()).isEqualTo("context.alertLevel");
	}

}
