package jp.sapporo.vaccinepass.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jp.sapporo.vaccinepass.rules.Context;
import jp.sapporo.vaccinepass.rules.Decision;
import jp.sapporo.vaccinepass.rules.EligibilityEngine;
import jp.sapporo.vaccinepass.rules.EligibilityRequest;
import jp.sapporo.vaccinepass.rules.Person;
import jp.sapporo.vaccinepass.rules.TestMethod;
import jp.sapporo.vaccinepass.rules.TestOutcome;
import jp.sapporo.vaccinepass.rules.TestResult;
import jp.sapporo.vaccinepass.rules.Vaccination;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decisions per second: the rules engine against the same Shinshu rule in JsonLogic, for
 * one person and for a group of 8. See docs/benchmarks.md for the command and figures.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class EligibilityBenchmark {

	private static final LocalDate TRIP_START = LocalDate.of(2022, 1, 20);

	private EligibilityEngine engine;

	private EligibilityRequest one;

	private EligibilityRequest group;

	private ShinshuJsonLogic jsonLogic;

	private Map<String, Object> oneData;

	private List<Map<String, Object>> groupData;

	static Person vaccinated(String id, LocalDate second) {
		return Person.of(id, LocalDate.of(1980, 5, 5), Vaccination.dose(1, second.minusDays(21)),
				Vaccination.dose(2, second));
	}

	static Person tested(String id, TestMethod method, LocalDate taken) {
		return Person.of(id, LocalDate.of(1990, 7, 7)).withTests(TestResult.of(method, taken, TestOutcome.NEGATIVE));
	}

	@Setup
	public void setUp() {
		this.engine = EligibilityEngine.withBuiltInProgrammes();
		Context context = Context.defaults().withAlertLevel(2).withPriorityMeasures(true).withCrossPrefecture(true);
		this.one = EligibilityRequest
			.of("shinshu-wari-special-v2", TRIP_START, vaccinated("p1", LocalDate.of(2021, 7, 22)))
			.with(context);
		this.group = EligibilityRequest
			.of("shinshu-wari-special-v2", TRIP_START, vaccinated("g1", LocalDate.of(2021, 7, 22)),
					vaccinated("g2", LocalDate.of(2021, 9, 1)), vaccinated("g3", LocalDate.of(2021, 10, 30)),
					vaccinated("g4", LocalDate.of(2022, 1, 10)), tested("g5", TestMethod.PCR, TRIP_START.minusDays(2)),
					tested("g6", TestMethod.ANTIGEN_QUALITATIVE, TRIP_START),
					tested("g7", TestMethod.ANTIGEN_QUALITATIVE, TRIP_START.minusDays(3)),
					Person.of("g8", LocalDate.of(1970, 1, 1)))
			.with(context);
		this.jsonLogic = new ShinshuJsonLogic();
		this.oneData = ShinshuJsonLogic.data(this.one).get(0);
		this.groupData = ShinshuJsonLogic.data(this.group);
		// both sides must give the same answer, or the comparison means nothing
		Decision decision = this.engine.evaluate(this.group);
		for (int i = 0; i < 8; i++) {
			String expected = decision.people().get(i).outcome().name();
			String actual = this.jsonLogic.decide(this.groupData.get(i));
			if (!expected.equals(actual)) {
				throw new IllegalStateException(
						decision.people().get(i).id() + ": engine " + expected + ", JsonLogic " + actual);
			}
		}
		if (decision.eligibleCount() != 5) {
			throw new IllegalStateException("unexpected group: " + decision.eligibleCount());
		}
	}

	@Benchmark
	public Decision engineOnePerson() {
		return this.engine.evaluate(this.one);
	}

	@Benchmark
	public Decision engineGroupOfEight() {
		return this.engine.evaluate(this.group);
	}

	@Benchmark
	public String jsonLogicOnePerson() {
		return this.jsonLogic.decide(this.oneData);
	}

	@Benchmark
	public int jsonLogicGroupOfEight() {
		int eligible = 0;
		for (int i = 0; i < this.groupData.size(); i++) {
			if ("ELIGIBLE".equals(this.jsonLogic.decide(this.groupData.get(i)))) {
				eligible++;
			}
		}
		return eligible;
	}

}
