package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants over generated requests (jqwik on the JUnit Platform).
 */
class DecisionInvariantsTests {

	private static final EligibilityEngine ENGINE = EligibilityEngine.withBuiltInProgrammes();

	private static final LocalDate BASE = LocalDate.of(2021, 6, 1);

	/** Every programme in force all the time, so only the rules are exercised. */
	private static final ProgrammeOverride ALWAYS = new ProgrammeOverride(LocalDate.of(2000, 1, 1), null, false);

	@Provide
	Arbitrary<String> programmes() {
		return Arbitraries.of("sapporo-passcode-2021", "shinshu-wari-special-v2", "fukuoka-vtp-3dose",
				"tochigi-vtp-restaurant");
	}

	@Provide
	Arbitrary<List<Vaccination>> doses() {
		// increasing dates in dose order, as a valid request must have
		return Arbitraries.integers().between(0, 120).list().ofMaxSize(4).map((gaps) -> {
			List<Vaccination> doses = new ArrayList<>();
			LocalDate day = BASE;
			for (int i = 0; i < gaps.size(); i++) {
				day = day.plusDays(gaps.get(i));
				doses.add(Vaccination.dose(i + 1, day));
			}
			return doses;
		});
	}

	@Provide
	Arbitrary<TestResult> tests() {
		Arbitrary<TestMethod> method = Arbitraries.of(TestMethod.class);
		Arbitrary<LocalDate> taken = Arbitraries.integers().between(0, 500).map(BASE::plusDays);
		Arbitrary<TestOutcome> result = Arbitraries.of(TestOutcome.class);
		Arbitrary<Presentation> presentation = Arbitraries.of(Presentation.class);
		Arbitrary<Boolean> complete = Arbitraries.of(true, true, false);
		return Combinators.combine(method, taken, result, presentation, complete).as((m, t, r, p, full) -> {
			TestResult test = TestResult.of(m, t, r).presentedAs(p);
			return full ? test.withCertificate("name", "site", "supervisor", t.plusDays(3)) : test;
		});
	}

	@Provide
	Arbitrary<List<Person>> groups() {
		Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 60 * 365).map(BASE::minusDays);
		Arbitrary<String> household = Arbitraries.of("h1", "h2", null);
		Arbitrary<Person> person = Combinators
			.combine(birth, household, doses(), tests().list().ofMaxSize(3), Arbitraries.of(Role.class))
			.as((b, h, v, t, role) -> new Person("x", b, role, null, h, v, t));
		return person.list().ofMinSize(1).ofMaxSize(8).map((people) -> {
			List<Person> named = new ArrayList<>();
			for (int i = 0; i < people.size(); i++) {
				Person p = people.get(i);
				// children name the first person as their guardian
				String guardian = (i > 0 && p.birthDate().isAfter(LocalDate.of(2008, 1, 1))) ? "p0" : null;
				named.add(new Person("p" + i, p.birthDate(), p.role(), guardian, p.household(), p.vaccinations(),
						p.tests()));
			}
			return named;
		});
	}

	@Provide
	Arbitrary<Context> contexts() {
		return Combinators
			.combine(Arbitraries.of(true, false), Arbitraries.of(null, 0, 1, 2, 3), Arbitraries.of(true, false),
					Arbitraries.of(true, false, false))
			.as((cross, level, priority, school) -> new Context(cross, level, priority, school, false, null));
	}

	private static LocalDate day(int offset) {
		return BASE.plusDays(offset);
	}

	private static Decision evaluate(String programme, LocalDate day, Context context, List<Person> people) {
		Context withTable = "tochigi-vtp-restaurant".equals(programme)
				? context.withTableSize(Math.max(5, people.size())) : context;
		return ENGINE.evaluate(new EligibilityRequest(programme, day, withTable, people), ALWAYS);
	}

	@Property(tries = 300)
	void vaccinationEligibilityNeverFlipsBackAsTheReferenceDateMovesLater(@ForAll("programmes") String programme,
			@ForAll("doses") List<Vaccination> doses, @ForAll @IntRange(min = 0, max = 400) int start) {
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

	@Property(tries = 300)
	void addingAValidNegativeTestNeverRemovesTheBenefit(@ForAll("programmes") String programme,
			@ForAll("groups") List<Person> people, @ForAll("contexts") Context context,
			@ForAll @IntRange(min = 0, max = 500) int offset, @ForAll @IntRange(min = 0, max = 7) int who,
			@ForAll @IntRange(min = 0, max = 1) int daysBefore) {
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

	@Property(tries = 300)
	void theDecisionDoesNotDependOnTheOrderOfPeopleOrDocuments(@ForAll("programmes") String programme,
			@ForAll("groups") List<Person> people, @ForAll("contexts") Context context,
			@ForAll @IntRange(min = 0, max = 500) int offset, @ForAll long seed) {
		Random random = new Random(seed);
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
