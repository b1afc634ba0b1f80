package jp.sapporo.vaccinepass.rules.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.sapporo.vaccinepass.rules.ChildTestRequirement;
import jp.sapporo.vaccinepass.rules.DayCounting;
import jp.sapporo.vaccinepass.rules.EligibilityEngine;
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
		assertThatIllegalStateException().isThrownBy(() -> ProgrammeFiles.parse("{", "cut.json"))
			.withMessageStartingWith("cut.json: ");
	}

}
