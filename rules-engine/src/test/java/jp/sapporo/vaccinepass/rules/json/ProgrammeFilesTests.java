package jp.sapporo.vaccinepass.rules.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.sapporo.vaccinepass.rules.ChildTestRequirement;
import jp.sapporo.vaccinepass.rules.DayCounting;
import jp.sapporo.vaccinepass.rules.Decision;
import jp.sapporo.vaccinepass.rules.EligibilityEngine;
import jp.sapporo.vaccinepass.rules.Outcome;
import jp.sapporo.vaccinepass.rules.Presentation;
import jp.sapporo.vaccinepass.rules.Programme;
import jp.sapporo.vaccinepass.rules.TestMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ProgrammeFilesTests {

	private static Programme programme(String id) {
		return EligibilityEngine.withBuiltInProgrammes().programme(id).orElseThrow();
	}

	@Test
	void theFourContractProgrammesAreBuiltInSortedById() {
		assertThat(EligibilityEngine.withBuiltInProgrammes().programmes()).extracting(Programme::id)
			.containsExactly("fukuoka-vtp-3dose", "sapporo-passcode-2021", "shinshu-wari-special-v2",
					"tochigi-vtp-restaurant");
		assertThat(EligibilityEngine.withBuiltInProgrammes().programme("nope")).isEmpty();
		assertThat(EligibilityEngine.withBuiltInProgrammes().programme(null)).isEmpty();
	}

	@Test
	void thePeriodsAreTheContractPeriods() {
		assertThat(programme("sapporo-passcode-2021").periodStart()).isEqualTo(LocalDate.of(2021, 12, 6));
		assertThat(programme("sapporo-passcode-2021").periodEnd()).isEqualTo(LocalDate.of(2022, 3, 31));
		assertThat(programme("shinshu-wari-special-v2").periodStart()).isEqualTo(LocalDate.of(2022, 1, 11));
		assertThat(programme("shinshu-wari-special-v2").periodEnd()).isNull();
		assertThat(programme("fukuoka-vtp-3dose").periodStart()).isNull();
		assertThat(programme("tochigi-vtp-restaurant").periodEnd()).isNull();
	}

	@Test
	void theSeedRulesAreInTheData() {
		Programme fukuoka = programme("fukuoka-vtp-3dose");
		assertThat(fukuoka.vaccination().requiredDoses()).isEqualTo(3);
		assertThat(fukuoka.vaccination().waitDays()).isZero();
		assertThat(fukuoka.tests().requiredItems()).hasSize(7);
		assertThat(fukuoka.tests().presentations()).containsExactlyInAnyOrder(Presentation.ORIGINAL,
				Presentation.EMAIL);
		assertThat(fukuoka.tests().validityDays()).doesNotContainKey(TestMethod.SELF_TEST)
			.containsEntry(TestMethod.PCR, 3)
			.containsEntry(TestMethod.ANTIGEN_QUALITATIVE, 1);
		Programme shinshu = programme("shinshu-wari-special-v2");
		assertThat(shinshu.suspendedFromAlertLevel()).isEqualTo(3);
		assertThat(shinshu.vaccinationOnlyAllowed()).isTrue();
		assertThat(shinshu.children().testRequirement()).isEqualTo(ChildTestRequirement.DURING_SPREAD);
		assertThat(shinshu.vaccination().counting()).isEqualTo(DayCounting.DOSE_DAY_IS_DAY_ONE);
		Programme tochigi = programme("tochigi-vtp-restaurant");
		assertThat(tochigi.group().checkedFromTableSize()).isEqualTo(5);
		assertThat(tochigi.vaccinationOnlyAllowed()).isFalse();
		assertThat(tochigi.vaccination().laterDoseWaivesWait()).isTrue();
		assertThat(programme("sapporo-passcode-2021").tests().accepted()).isFalse();
	}

	@Test
	void aWrittenProgrammeReadsBackEqual() {
		for (Programme programme : EligibilityEngine.withBuiltInProgrammes().programmes()) {
			String json = ProgrammeFiles.write(programme, Locale.JAPANESE).toString();
			assertThat(ProgrammeFiles.parse(json, "round-trip")).isEqualTo(programme);
		}
	}

	@Test
	void aNewVersionOfAProgrammeReplacesTheOlderOne() {
		Programme current = programme("shinshu-wari-special-v2");
		String newer = ProgrammeFiles.write(current, Locale.JAPANESE)
			.put("version", "2022-02-01")
			.put("suspendedFromAlertLevel", 4)
			.toString();
		EligibilityEngine engine = EligibilityEngine.of(List.of(current, ProgrammeFiles.parse(newer, "v3")));
		assertThat(engine.programmes()).hasSize(1);
		assertThat(engine.programme("shinshu-wari-special-v2").orElseThrow().version()).isEqualTo("2022-02-01");
	}

	@Test
	void aBrokenDefinitionNamesTheFileAndTheField() {
		String unknownMethod = ProgrammeFiles.write(programme("tochigi-vtp-restaurant"), Locale.JAPANESE)
			.toString()
			.replace("\"NAAT\"", "\"SMELL\"");
		assertThatIllegalStateException().isThrownBy(() -> ProgrammeFiles.parse(unknownMethod, "bad.json"))
			.withMessageStartingWith("bad.json: ")
			.withMessageContaining("tests.validityDays.SMELL");
		assertThatIllegalStateException().isThrownBy(() -> ProgrammeFiles.parse("{\"id\": \"x\"}", "thin.json"))
			.withMessageStartingWith("thin.json: ");
		String extra = ProgrammeFiles.write(programme("tochigi-vtp-restaurant"), Locale.JAPANESE)
			.put("colour", "red")
			.toString();
		assertThatIllegalStateException().isThrownBy(() -> ProgrammeFiles.parse(extra, "extra.json"))
			.withMessage("extra.json: unknown field colour");
		assertThatIllegalStateException().isThrownBy(() -> ProgrammeFiles.parse("{", "cut.json"))
			.withMessageStartingWith("cut.json: ");
	}

	@Test
	void aNewProgrammeIsOnlyAFile() {
		// a made-up programme: counts the wait from the day after the dose, checks
		// tables of 3 or more, accepts PCR only, shown as the original only
		String file = """
				{
				  "id": "example-new-programme", "version": "2030-01-01",
				  "names": {"ja": "例", "en": "Example", "zh": "示例"},
				  "periodStart": "2030-01-01", "periodEnd": null,
				  "vaccination": {"accepted": true, "requiredDoses": 2, "waitDays": 7,
				                  "counting": "DAY_AFTER_DOSE_IS_DAY_ONE"},
				  "tests": {"accepted": true, "validityDays": {"PCR": 2}, "presentations": ["ORIGINAL"]},
				  "group": {"checkedFromTableSize": 3},
				  "vaccinationOnlyAllowed": false, "schoolActivitiesExempt": false, "lateSubmissionAllowed": true
				}""";
		EligibilityEngine engine = EligibilityEngine.of(List.of(ProgrammeFiles.parse(file, "example.json")));
		String request = """
				{"programme": "example-new-programme", "referenceDate": "2030-01-09",
				 "people": [
				   {"id": "a", "birthDate": "1980-01-01", "vaccinations": [
				     {"dose": 1, "date": "2029-12-01"}, {"dose": 2, "date": "2030-01-01"}]},
				   {"id": "b", "birthDate": "1980-01-01", "vaccinations": [
				     {"dose": 1, "date": "2029-12-01"}, {"dose": 2, "date": "2030-01-02"}]},
				   {"id": "c", "birthDate": "1980-01-01", "tests": [
				     {"method": "ANTIGEN_QUANTITATIVE", "specimenDate": "2030-01-08", "result": "NEGATIVE"}]}
				 ]}""";
		Decision decision = engine.evaluate(EligibilityJson.parseRequest(request));
		assertThat(decision.ruleSetVersion()).isEqualTo("2030-01-01");
		assertThat(decision.person("a").orElseThrow().outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(decision.person("a").orElseThrow().eligibleFrom()).isEqualTo(LocalDate.of(2030, 1, 9));
		assertThat(decision.person("b").orElseThrow().outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(decision.person("b").orElseThrow().eligibleFrom()).isEqualTo(LocalDate.of(2030, 1, 10));
		assertThat(decision.person("c").orElseThrow().outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(EligibilityJson.writeDecision(decision, Locale.ENGLISH)).contains("TEST_METHOD_NOT_ACCEPTED");
	}

}
