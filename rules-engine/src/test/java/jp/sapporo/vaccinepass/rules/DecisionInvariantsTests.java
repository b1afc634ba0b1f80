package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants over generated requests: each case is drawn from its own seeded
 * {@link Random}, so a failing seed (in the test name) reproduces the case exactly.
 */
class DecisionInvariantsTests {

	private static final EligibilityEngine ENGINE = EligibilityEngine.withBuiltInProgrammes();

	private static final LocalDate BASE = LocalDate.of(2021, 6, 1);

	/** Every programme in force all the time, so only the rules are exercised. */
	private static final ProgrammeOverride ALWAYS = new ProgrammeOverride(LocalDate.of(2000, 1, 1), null, false);

	private static final String[] PROGRAMMES = { "sapporo-passcode-2021", "shinshu-wari-special-v2",
			"fukuoka-vtp-3dose", "tochigi-vtp-restaurant" };

	static LongStream seeds() {
		return LongStream.range(0, 300);
	}

	private static <T> T oneOf(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String programme(Random random) {
		return oneOf(random, PROGRAMMES);
	}

	/** Increasing dates in dose order, as a valid request must have. */
	private static List<Vaccination> doses(Random random) {
		List<Vaccination> doses = new ArrayList<>();
		LocalDate day = BASE;
		int count = random.nextInt(5);
		for (int i = 0; i < count; i++) {
			day = day.plusDays(random.nextInt(121));
			doses.add(Vaccination.dose(i + 1, day));
		}
		return doses;
	}

	private static TestResult test(Random random) {
		TestMethod method = oneOf(random, TestMethod.values());
		LocalDate taken = BASE.plusDays(random.nextInt(501));
		TestResult test = TestResult.of(method, taken, oneOf(random, TestOutcome.values()))
			.presentedAs(oneOf(random, Presentation.values()));
		// two in three certificates are complete
		return (random.nextInt(3) > 0) ? test.withCertificate("name", "site", "supervisor", taken.plusDays(3)) : test;
	}

	private static List<Person> group(Random random) {
		int size = 1 + random.nextInt(8);
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			LocalDate birth = BASE.minusDays(random.nextInt(60 * 365 + 1));
			String household = oneOf(random, new String[] { "h1", "h2", null });
			List<TestResult> tests = new ArrayList<>();
			int testCount = random.nextInt(4);
			for (int t = 0; t < testCount; t++) {
				tests.add(test(random));
			}
			// children name the first person as their guardian
			String guardian = (i > 0 && birth.isAfter(LocalDate.of(2008, 1, 1))) ? "p0" : null;
			people.add(new Person("p" + i, birth, oneOf(random, Role.values()), guardian, household, doses(random),
					tests));
		}
		return people;
	}

	private static Context context(Random random) {
		return new Context(random.nextBoolean(), oneOf(random, new Integer[] { null, 0, 1, 2, 3 }),
				random.nextBoolean(), random.nextInt(3) == 0, false, null);
	}

	private static LocalDate day(int offset) {
		return BASE.plusDays(offset);
	}

	private static Decision evaluate(String programme, LocalDate day, Context context, List<Person> people) {
		Context withTable = "tochigi-vtp-restaurant".equals(programme)
				? context.withTableSize(Math.max(5, people.size())) : context;
		return ENGINE.evaluate(new EligibilityRequest(programme, day, withTable, people), ALWAYS);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void vaccinationEligibilityNeverFlipsBackAsTheReferenceDateMovesLater(long seed) {
		Random random = new Random(seed);
		String programme = programme(random);
		List<Vaccination> doses = doses(random);
		int start = random.nextInt(401);
		Person person = new Person("p", LocalDate.of(1980, 1, 1), Role.TRAVELLER, null, null, doses, List.of());
		boolean eligible = false;
		for (int offset = start; offset < start + 400; offset += 3) {
			PersonDecision decision = evaluate(programme, day(offset), Context.defaults(), List.of(person)).people()
				.get(0);
			boolean now = decision.outcome() == Outcome.ELIGIBLE;
			assertThat(!eligible || now).as("eligible before %s, not on it", day(offset)).isTrue();
			if (now) {
				assertThat(decision.eligibleFrom()).isBeforeOrEqualTo(day(offset));
			}
			eligible = now;
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void addingAValidNegativeTestNeverRemovesTheBenefit(long seed) {
		Random random = new Random(seed);
		String programme = programme(random);
		List<Person> people = group(random);
		Context context = context(random);
		int offset = random.nextInt(501);
		int who = random.nextInt(8);
		int daysBefore = random.nextInt(2);
		LocalDate day = day(offset);
		Decision before = evaluate(programme, day, context, people);
		int index = who % people.size();
		Person person = people.get(index);
		List<TestResult> tests = new ArrayList<>(person.tests());
		tests.add(TestResult.of(TestMethod.ANTIGEN_QUALITATIVE, day.minusDays(daysBefore), TestOutcome.NEGATIVE)
			.withCertificate("name", "site", "supervisor", day)
			.presentedAs(Presentation.EMAIL));
		List<Person> more = new ArrayList<>(people);
		more.set(index, new Person(person.id(), person.birthDate(), person.role(), person.guardianId(),
				person.household(), person.vaccinations(), tests));
		Decision after = evaluate(programme, day, context, more);
		for (int i = 0; i < people.size(); i++) {
			if (before.people().get(i).outcome().benefits()) {
				assertThat(after.people().get(i).outcome().benefits()).as(people.get(i).id()).isTrue();
			}
		}
		assertThat(after.eligibleCount()).isGreaterThanOrEqualTo(before.eligibleCount());
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theDecisionDoesNotDependOnTheOrderOfPeopleOrDocuments(long seed) {
		Random random = new Random(seed);
		String programme = programme(random);
		List<Person> people = group(random);
		Context context = context(random);
		int offset = random.nextInt(501);
		List<Person> shuffled = new ArrayList<>();
		for (Person person : people) {
			List<Vaccination> doses = new ArrayList<>(person.vaccinations());
			List<TestResult> tests = new ArrayList<>(person.tests());
			Collections.shuffle(doses, random);
			Collections.shuffle(tests, random);
			shuffled.add(new Person(person.id(), person.birthDate(), person.role(), person.guardianId(),
					person.household(), doses, tests));
		}
		Collections.shuffle(shuffled, random);
		Decision original = evaluate(programme, day(offset), context, people);
		Decision reordered = evaluate(programme, day(offset), context, shuffled);
		assertThat(reordered.eligibleCount()).isEqualTo(original.eligibleCount());
		assertThat(reordered.status()).isEqualTo(original.status());
		assertThat(summary(reordered)).isEqualTo(summary(original));
	}

	private static Map<String, List<Object>> summary(Decision decision) {
		Map<String, List<Object>> byId = new HashMap<>();
		for (PersonDecision person : decision.people()) {
			List<String> codes = new ArrayList<>();
			for (Reason reason : person.reasons()) {
				codes.add(reason.code().name());
			}
			Collections.sort(codes);
			List<String> guidance = new ArrayList<>();
			person.guidance().forEach((g) -> guidance.add(g.name()));
			Collections.sort(guidance);
			List<Object> values = new ArrayList<>();
			values.add(person.outcome());
			values.add(String.valueOf(person.basis()));
			values.add(String.valueOf(person.eligibleFrom()));
			values.add(String.valueOf(person.validUntil()));
			values.add(codes);
			values.add(guidance);
			byId.put(person.id(), values);
		}
		return byId;
	}

}
