package jp.sapporo.vaccinepass.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.sapporo.vaccinepass.rules.json.ProgrammeFiles;

/**
 * Decides who gets a programme's benefit. Thread-safe and immutable: build it once and
 * share it.
 */
public final class EligibilityEngine {

	private final List<Programme> programmes;

	private final Map<String, CompiledProgramme> compiled;

	private EligibilityEngine(Collection<Programme> definitions) {
		Map<String, Programme> latest = new HashMap<>();
		for (Programme programme : definitions) {
			// versions are immutable; when several are given, the latest one is used
			latest.merge(programme.id(), programme, (a, b) -> (a.version().compareTo(b.version()) >= 0) ? a : b);
		}
		List<Programme> sorted = new ArrayList<>(latest.values());
		sorted.sort(Comparator.comparing(Programme::id));
		this.programmes = List.copyOf(sorted);
		Map<String, CompiledProgramme> byId = new HashMap<>();
		for (Programme programme : sorted) {
			byId.put(programme.id(), new CompiledProgramme(programme));
		}
		this.compiled = Map.copyOf(byId);
	}

	/**
	 * The engine with the programmes defined by the resource files under
	 * {@code programmes/} (read once per JVM).
	 * @return the shared engine
	 */
	public static EligibilityEngine withBuiltInProgrammes() {
		return BuiltIn.ENGINE;
	}

	/**
	 * An engine with other definitions (a programme being drafted, tests). When two
	 * definitions share an id, the one with the greater version is used.
	 * @param programmes the definitions
	 * @return the engine
	 */
	public static EligibilityEngine of(Collection<Programme> programmes) {
		return new EligibilityEngine(programmes);
	}

	/**
	 * The definitions, sorted by id.
	 * @return the programmes
	 */
	public List<Programme> programmes() {
		return this.programmes;
	}

	/**
	 * One definition.
	 * @param id the programme id
	 * @return the programme, if known
	 */
	public Optional<Programme> programme(String id) {
		CompiledProgramme found = (id != null) ? this.compiled.get(id) : null;
		return (found != null) ? Optional.of(found.programme) : Optional.empty();
	}

	/**
	 * Judge a request by the programme as defined.
	 * @param request the request
	 * @return the decision
	 * @throws InvalidRequestException when the request cannot be judged
	 */
	public Decision evaluate(EligibilityRequest request) {
		return evaluate(request, null);
	}

	/**
	 * Judge a request by the programme's rules over another period, or suspended by
	 * staff.
	 * @param request the request
	 * @param override the local period and suspension ({@code null}: as defined)
	 * @return the decision
	 * @throws InvalidRequestException when the request cannot be judged
	 */
	public Decision evaluate(EligibilityRequest request, ProgrammeOverride override) {
		if (request.programme() == null || request.programme().isBlank()) {
			throw new InvalidRequestException(InvalidRequestException.MISSING_FIELD, "programme");
		}
		CompiledProgramme programme = this.compiled.get(request.programme());
		if (programme == null) {
			throw new InvalidRequestException(InvalidRequestException.UNKNOWN_PROGRAMME, "programme",
					request.programme());
		}
		return Evaluation.run(programme, request, override);
	}

	private static final class BuiltIn {

		static final EligibilityEngine ENGINE = new EligibilityEngine(ProgrammeFiles.builtIn());

	}

}
