package jp.sapporo.vaccinepass.verifier.programme;

import java.time.Instant;
import java.time.LocalDate;

import jp.sapporo.vaccinepass.rules.EligibilityEngine;
import jp.sapporo.vaccinepass.rules.EligibilityRequest;
import jp.sapporo.vaccinepass.rules.Person;
import jp.sapporo.vaccinepass.rules.Programme;
import jp.sapporo.vaccinepass.rules.ProgrammeStatus;
import jp.sapporo.vaccinepass.rules.Vaccination;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeSettingTests {

	private final EligibilityEngine engine = EligibilityEngine.withBuiltInProgrammes();

	private final Programme sapporo = this.engine.programme("sapporo-passcode-2021").orElseThrow();

	private final Programme fukuoka = this.engine.programme("fukuoka-vtp-3dose").orElseThrow();

	private static ProgrammeSetting setting(LocalDate start, LocalDate end, boolean suspended) {
		return new ProgrammeSetting("sapporo-passcode-2021", start, end, 0, false, suspended, 0, Instant.EPOCH);
	}

	private ProgrammeStatus statusOn(ProgrammeSetting setting, Programme programme, LocalDate day) {
		EligibilityRequest request = EligibilityRequest.of(programme.id(), day,
				Person.of("p", LocalDate.of(1980, 1, 1), Vaccination.dose(1, LocalDate.of(2021, 6, 1)),
						Vaccination.dose(2, LocalDate.of(2021, 6, 22)),
						Vaccination.dose(3, LocalDate.of(2021, 12, 1))));
		return this.engine.evaluate(request, setting.override(programme)).status();
	}

	@Test
	void withoutLocalSettingsAProgrammeRunsAsDefined() {
		assertThat(setting(null, null, false).override(this.sapporo)).isNull();
		assertThat(statusOn(setting(null, null, false), this.sapporo, LocalDate.of(2026, 11, 1)))
			.isEqualTo(ProgrammeStatus.NOT_IN_FORCE);
	}

	@Test
	void aLocalPeriodRunsTheRulesOverOtherDaysUpToItsLastDay() {
		ProgrammeSetting local = setting(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), false);
		assertThat(statusOn(local, this.sapporo, LocalDate.of(2026, 10, 31))).isEqualTo(ProgrammeStatus.NOT_IN_FORCE);
		assertThat(statusOn(local, this.sapporo, LocalDate.of(2026, 11, 1))).isEqualTo(ProgrammeStatus.ACTIVE);
		assertThat(statusOn(local, this.sapporo, LocalDate.of(2026, 11, 30))).isEqualTo(ProgrammeStatus.ACTIVE);
		assertThat(statusOn(local, this.sapporo, LocalDate.of(2026, 12, 1))).isEqualTo(ProgrammeStatus.NOT_IN_FORCE);
	}

	@Test
	void staffCanSuspendAProgrammeWithoutAPeriodOfItsOwn() {
		ProgrammeSetting suspended = setting(null, null, true);
		assertThat(statusOn(suspended, this.fukuoka, LocalDate.of(2026, 11, 1))).isEqualTo(ProgrammeStatus.SUSPENDED);
	}

}
