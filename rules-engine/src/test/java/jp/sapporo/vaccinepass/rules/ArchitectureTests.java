package jp.sapporo.vaccinepass.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The decision code is pure: no Spring, no persistence, no I/O, no JSON, no system clock
 * or zone, no {@code java.util.Date}.
 */
class ArchitectureTests {

	private static final String CORE = "jp.sapporo.vaccinepass.rules";

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("jp.sapporo.vaccinepass.rules");

	@Test
	void theCoreDependsOnNoFrameworkPersistenceIoOrJson() {
		noClasses().that()
			.resideInAPackage(CORE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "javax.persistence..", "java.io..",
					"java.nio.file..", "java.net..", "java.sql..", "tools.jackson..", "com.fasterxml..")
			.check(CLASSES);
	}

	@Test
	void theCoreUsesNoLegacyDatesAndNoSystemClockOrZone() {
		noClasses().that()
			.resideInAPackage(CORE)
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.util.Date")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.util.Calendar")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.time.Clock")
			.orShould()
			.callMethod(java.time.ZoneId.class, "systemDefault")
			.orShould()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.orShould()
			.callMethod(java.util.TimeZone.class, "getDefault")
			.orShould()
			.callMethod(java.util.Locale.class, "getDefault")
			.check(CLASSES);
	}

	@Test
	void nothingUsesTheSystemZoneOrLegacyDates() {
		noClasses().should()
			.callMethod(java.time.ZoneId.class, "systemDefault")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.util.Date")
			.check(CLASSES);
	}

	@Test
	void onlyTheEngineFactoryReachesTheJsonAdapterAndNothingReachesTheCommandLine() {
		noClasses().that()
			.resideInAPackage(CORE)
			.and()
			.doNotHaveFullyQualifiedName(EligibilityEngine.class.getName())
			.and()
			.doNotHaveFullyQualifiedName(EligibilityEngine.class.getName() + "$BuiltIn")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(CORE + ".json..", CORE + ".cli..")
			.check(CLASSES);
		noClasses().that()
			.resideOutsideOfPackage(CORE + ".cli..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(CORE + ".cli..")
			.check(CLASSES);
	}

	@Test
	void nothingDependsOnSpringOrPersistence() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
			.check(CLASSES);
	}

}
