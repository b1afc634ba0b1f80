package jp.sapporo.vaccinepass.rules.json;

import java.util.Locale;

import jp.sapporo.vaccinepass.rules.Decision;
import jp.sapporo.vaccinepass.rules.EligibilityEngine;
import jp.sapporo.vaccinepass.rules.EligibilityRequest;
import jp.sapporo.vaccinepass.rules.InvalidRequestException;
import jp.sapporo.vaccinepass.rules.Presentation;
import jp.sapporo.vaccinepass.rules.Role;
import jp.sapporo.vaccinepass.rules.TestMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EligibilityJsonTests {

	static final String CONTRACT_EXAMPLE = """
			{
			  "programme": "shinshu-wari-special-v2",
			  "referenceDate": "2022-01-20",
			  "context": {
			    "crossPrefecture": true,
			    "alertLevel": 2,
			    "priorityMeasures": true,
			    "schoolActivity": false,
			    "vaccinationOnly": false,
			    "tableSize": null
			  },
			  "people": [
			    {
			      "id": "p1",
			      "birthDate": "1985-03-02",
			      "role": "TRAVELLER",
			      "guardianId": null,
			      "household": "h1",
			      "vaccinations": [
			        {"dose": 1, "date": "2021-07-01", "product": "COMIRNATY"},
			        {"dose": 2, "date": "2021-07-22", "product": "COMIRNATY"}
			      ],
			      "tests": [
			        {
			          "method": "PCR",
			          "specimenDate": "2022-01-18",
			          "result": "NEGATIVE",
			          "holderName": "Taro Kosei",
			          "site": "Example Clinic",
			          "supervisor": "Dr. Example",
			          "expiryDate": "2022-01-21",
			          "kitName": null,
			          "presentedAs": "ORIGINAL"
			        }
			      ]
			    }
			  ]
			}
			""";

	private static JsonNode tree(String json) {
		return Mappers.MAPPER.readTree(json);
	}

	private static InvalidRequestException rejected(String json) {
		return catchThrowableOfType(InvalidRequestException.class, () -> EligibilityJson.parseRequest(json));
	}

	@Test
	void theContractExampleIsReadCompletely() {
		EligibilityRequest request = EligibilityJson.parseRequest(CONTRACT_EXAMPLE);
		assertThat(request.programme()).isEqualTo("shinshu-wari-special-v2");
		assertThat(request.context().alertLevel()).isEqualTo(2);
		assertThat(request.context().crossPrefecture()).isTrue();
		assertThat(request.context().tableSize()).isNull();
		assertThat(request.people()).hasSize(1);
		assertThat(request.people().get(0).role()).isEqualTo(Role.TRAVELLER);
		assertThat(request.people().get(0).vaccinations()).hasSize(2);
		assertThat(request.people().get(0).tests().get(0).method()).isEqualTo(TestMethod.PCR);
		assertThat(request.people().get(0).tests().get(0).presentedAs()).isEqualTo(Presentation.ORIGINAL);
	}

	@Test
	void theDecisionHasTheContractShape() {
		Decision decision = EligibilityEngine.withBuiltInProgrammes()
			.evaluate(EligibilityJson.parseRequest(CONTRACT_EXAMPLE));
		JsonNode json = tree(EligibilityJson.writeDecision(decision, Locale.ENGLISH));
		assertThat(json.get("programme").stringValue()).isEqualTo("shinshu-wari-special-v2");
		assertThat(json.get("ruleSetVersion").stringValue()).isEqualTo("2021-12-15");
		assertThat(json.get("referenceDate").stringValue()).isEqualTo("2022-01-20");
		assertThat(json.get("status").stringValue()).isEqualTo("ACTIVE");
		assertThat(json.get("eligibleCount").intValue()).isEqualTo(1);
		JsonNode person = json.get("people").get(0);
		assertThat(person.get("id").stringValue()).isEqualTo("p1");
		assertThat(person.get("outcome").stringValue()).isEqualTo("ELIGIBLE");
		assertThat(person.get("basis").stringValue()).isEqualTo("VACCINATION");
		assertThat(person.get("eligibleFrom").stringValue()).isEqualTo("2021-08-05");
		assertThat(person.has("validUntil")).isTrue();
		assertThat(person.get("reasons").get(0).get("code").stringValue()).isEqualTo("SECOND_DOSE_WAIT_MET");
		assertThat(person.get("reasons").get(0).get("message").stringValue()).contains("2021-08-05");
		assertThat(person.get("guidance").isArray()).isTrue();
	}

	@Test
	void nullsAreWrittenAsJsonNulls() {
		String json = """
				{"programme": "sapporo-passcode-2021", "referenceDate": "2022-01-05",
				 "people": [{"id": "me", "birthDate": "1990-01-01"}]}""";
		Decision decision = EligibilityEngine.withBuiltInProgrammes().evaluate(EligibilityJson.parseRequest(json));
		JsonNode person = tree(EligibilityJson.writeDecision(decision, Locale.JAPANESE)).get("people").get(0);
		assertThat(person.get("basis").isNull()).isTrue();
		assertThat(person.get("eligibleFrom").isNull()).isTrue();
		assertThat(person.get("validUntil").isNull()).isTrue();
		assertThat(person.get("reasons").get(0).get("message").stringValue()).isEqualTo("予防接種済証等の提示がありません。");
	}

	@Test
	void theGuidanceHasACodeAndAMessage() {
		String json = """
				{"programme": "shinshu-wari-special-v2", "referenceDate": "2022-01-20",
				 "people": [{"id": "me", "birthDate": "1990-01-01"}]}""";
		Decision decision = EligibilityEngine.withBuiltInProgrammes().evaluate(EligibilityJson.parseRequest(json));
		JsonNode guidance = tree(EligibilityJson.writeDecision(decision, Locale.CHINESE)).get("people")
			.get(0)
			.get("guidance");
		assertThat(guidance.get(0).get("code").stringValue()).isEqualTo("OFFER_ANTIGEN_TEST");
		assertThat(guidance.get(0).get("message").stringValue()).isEqualTo("请引导其在现场或附近接受抗原定性检测。");
	}

	@Test
	void theErrorObjectHasCodeMessageAndField() {
		InvalidRequestException error = rejected(CONTRACT_EXAMPLE.replace("2021-07-22", "2022-02-30"));
		JsonNode json = tree(EligibilityJson.writeError(error, Locale.ENGLISH));
		assertThat(json.get("error").get("code").stringValue()).isEqualTo("INVALID_DATE");
		assertThat(json.get("error").get("field").stringValue()).isEqualTo("people[0].vaccinations[1].date");
		assertThat(json.get("error").get("message").stringValue())
			.isEqualTo("people[0].vaccinations[1].date: \"2022-02-30\" is not a valid date (YYYY-MM-DD).");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
							not json at all                                            | MALFORMED_JSON |
							{"programme": "x"                                          | MALFORMED_JSON |
							{"programme": "x"} trailing                                | MALFORMED_JSON |
							{"programme": "x", "programme": "y"}                       | MALFORMED_JSON |
							[]                                                         | INVALID_TYPE   |
							{"programme": 5}                                           | INVALID_TYPE   | programme
							{"programme": "x", "Programme": "y"}                       | UNKNOWN_FIELD  | Programme
					{"people": [{"id": "a", "birthdate": "1980-01-01"}]}       | UNKNOWN_FIELD  | people[0].birthdate
							{"referenceDate": "2022-02-30"}                            | INVALID_DATE   | referenceDate
							{"referenceDate": "2022-2-3"}                              | INVALID_DATE   | referenceDate
							{"referenceDate": "2023-02-29"}                            | INVALID_DATE   | referenceDate
							{"context": {"alertLevel": "high"}}                        | INVALID_TYPE   | context.alertLevel
							{"context": {"alertLevel": 2.5}}                           | INVALID_TYPE   | context.alertLevel
							{"context": {"crossPrefecture": "yes"}}                    | INVALID_TYPE   | context.crossPrefecture
							{"context": {"tablesize": 5}}                              | UNKNOWN_FIELD  | context.tablesize
							{"people": {}}                                             | INVALID_TYPE   | people
							{"people": [null]}                                         | MISSING_FIELD  | people[0]
							{"people": [{"id": "a", "role": "PILOT"}]}                 | UNKNOWN_VALUE  | people[0].role
							{"people": [{"id": "a", "vaccinations": [{"dose": 1}]}]}   | MISSING_FIELD  | people[0].vaccinations[0].date
							{"people": [{"id": "a", "vaccinations": [{"dose": "1", "date": "2021-07-01"}]}]} | INVALID_TYPE | people[0].vaccinations[0].dose
							{"people": [{"id": "a", "tests": [{"method": "LAMP"}]}]}   | UNKNOWN_VALUE  | people[0].tests[0].method
							{"people": [{"id": "a", "tests": [{"result": "negative"}]}]} | UNKNOWN_VALUE | people[0].tests[0].result
							{"people": [{"id": "a", "tests": [{"presentedAs": "FAX"}]}]} | UNKNOWN_VALUE | people[0].tests[0].presentedAs
							{"people": [{"id": "a", "tests": [{"specimenDate": "2022-13-01"}]}]} | INVALID_DATE | people[0].tests[0].specimenDate
							""")
	void badInputIsRejectedNamingTheField(String json, String code, String field) {
		InvalidRequestException error = rejected(json);
		assertThat(error).as(json).isNotNull();
		assertThat(error.code()).isEqualTo(code);
		assertThat(error.field()).isEqualTo(field);
		assertThat(error.getMessage()).isNotBlank().doesNotContain("{");
	}

	@Test
	void extraFieldsAreWelcome() {
		EligibilityRequest request = EligibilityJson.parseRequest("""
				{"programme": "sapporo-passcode-2021", "referenceDate": "2022-01-05", "bookingId": "B-1",
				 "context": {"agent": "Example Travel"},
				 "people": [{"id": "me", "birthDate": "1990-01-01", "name": "Taro",
				   "vaccinations": [{"dose": 1, "date": "2021-07-01", "lot": "AB123"}]}]}""");
		assertThat(request.people().get(0).vaccinations()).hasSize(1);
	}

	@Test
	void aMisspelledFieldNamesTheContractField() {
		assertThat(rejected("{\"context\": {\"tablesize\": 5}}").getMessage())
			.isEqualTo("Unknown field: context.tablesize (did you mean \"tableSize\"?)");
	}

	@Test
	void emptyInputIsMalformed() {
		assertThat(rejected("").code()).isEqualTo("MALFORMED_JSON");
		assertThat(rejected("   ").code()).isEqualTo("MALFORMED_JSON");
		assertThat(rejected(null).code()).isEqualTo("MALFORMED_JSON");
	}

	@Test
	void absentOptionalFieldsTakeTheirDefaults() {
		EligibilityRequest request = EligibilityJson.parseRequest("""
				{"programme": "sapporo-passcode-2021", "referenceDate": "2022-01-05",
				 "people": [{"id": "me", "birthDate": "1990-01-01", "tests": [{"method": "PCR"}]}]}""");
		assertThat(request.context().alertLevel()).isNull();
		assertThat(request.people().get(0).role()).isEqualTo(Role.TRAVELLER);
		assertThat(request.people().get(0).vaccinations()).isEmpty();
		assertThat(request.people().get(0).tests().get(0).presentedAs()).isEqualTo(Presentation.ORIGINAL);
	}

	@Test
	void theProgrammesAreWrittenAsAnArrayWithLocalisedNames() {
		JsonNode json = tree(EligibilityJson.writeProgrammes(EligibilityEngine.withBuiltInProgrammes().programmes(),
				Locale.ENGLISH));
		assertThat(json.isArray()).isTrue();
		assertThat(json.size()).isEqualTo(4);
		assertThat(json.get(0).get("id").stringValue()).isEqualTo("fukuoka-vtp-3dose");
		assertThat(json.get(0).get("name").stringValue())
			.isEqualTo("Fukuoka travel subsidy (3 doses or a negative test)");
		assertThat(json.get(3).get("group").get("checkedFromTableSize").intValue()).isEqualTo(5);
	}

}
