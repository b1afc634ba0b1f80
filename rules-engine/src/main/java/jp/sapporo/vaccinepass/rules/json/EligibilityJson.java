package jp.sapporo.vaccinepass.rules.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.sapporo.vaccinepass.rules.Context;
import jp.sapporo.vaccinepass.rules.Decision;
import jp.sapporo.vaccinepass.rules.EligibilityRequest;
import jp.sapporo.vaccinepass.rules.Guidance;
import jp.sapporo.vaccinepass.rules.InvalidRequestException;
import jp.sapporo.vaccinepass.rules.Person;
import jp.sapporo.vaccinepass.rules.PersonDecision;
import jp.sapporo.vaccinepass.rules.Presentation;
import jp.sapporo.vaccinepass.rules.Programme;
import jp.sapporo.vaccinepass.rules.Reason;
import jp.sapporo.vaccinepass.rules.Role;
import jp.sapporo.vaccinepass.rules.TestMethod;
import jp.sapporo.vaccinepass.rules.TestOutcome;
import jp.sapporo.vaccinepass.rules.TestResult;
import jp.sapporo.vaccinepass.rules.Vaccination;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The eligibility contract ({@code shared/contracts/eligibility.md}) in JSON: used by the
 * command line and by the verifier console's HTTP API, so both speak exactly the same
 * shape. Thread-safe; all methods are static.
 */
public final class EligibilityJson {

	private static final Set<String> REQUEST_FIELDS = Set.of("programme", "referenceDate", "context", "people");

	private static final Set<String> CONTEXT_FIELDS = Set.of("crossPrefecture", "alertLevel", "priorityMeasures",
			"schoolActivity", "vaccinationOnly", "tableSize");

	private static final Set<String> PERSON_FIELDS = Set.of("id", "birthDate", "role", "guardianId", "household",
			"vaccinations", "tests");

	private static final Set<String> VACCINATION_FIELDS = Set.of("dose", "date", "product");

	private static final Set<String> TEST_FIELDS = Set.of("method", "specimenDate", "result", "holderName", "site",
			"supervisor", "expiryDate", "kitName", "presentedAs");

	private EligibilityJson() {
	}

	/**
	 * Read a request.
	 * @param json the request JSON
	 * @return the request (not yet checked against its programme: the engine does that)
	 * @throws InvalidRequestException for malformed JSON, misspelled fields, wrong types,
	 * unknown values and impossible dates, naming the field
	 */
	public static EligibilityRequest parseRequest(String json) {
		JsonNode root;
		try {
			root = Mappers.MAPPER.readTree((json != null) ? json : "");
		}
		catch (JacksonException ex) {
			throw new InvalidRequestException(InvalidRequestException.MALFORMED_JSON, null,
					(ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0,
					(ex.getLocation() != null) ? ex.getLocation().getColumnNr() : 0);
		}
		if (root == null || root.isMissingNode()) {
			throw new InvalidRequestException(InvalidRequestException.MALFORMED_JSON, null, 1, 1);
		}
		JsonFields.requireObject(root, "");
		JsonFields.noMisspelled(root, "", REQUEST_FIELDS);
		String programme = JsonFields.string(root, "programme", "");
		LocalDate referenceDate = JsonFields.date(root, "referenceDate", "");
		Context context = context(JsonFields.value(root, "context"));
		List<Person> people = new ArrayList<>();
		JsonNode array = JsonFields.array(root, "people", "");
		if (array != null) {
			for (int i = 0; i < array.size(); i++) {
				people.add(person(array.get(i), JsonFields.path("people", i)));
			}
		}
		return new EligibilityRequest(programme, referenceDate, context, people);
	}

	private static Context context(JsonNode node) {
		if (node == null) {
			return Context.defaults();
		}
		String path = "context";
		JsonFields.requireObject(node, path);
		JsonFields.noMisspelled(node, path, CONTEXT_FIELDS);
		return new Context(JsonFields.bool(node, "crossPrefecture", path), JsonFields.integer(node, "alertLevel", path),
				JsonFields.bool(node, "priorityMeasures", path), JsonFields.bool(node, "schoolActivity", path),
				JsonFields.bool(node, "vaccinationOnly", path), JsonFields.integer(node, "tableSize", path));
	}

	private static Person person(JsonNode node, String path) {
		JsonFields.requireObject(node, path);
		JsonFields.noMisspelled(node, path, PERSON_FIELDS);
		List<Vaccination> vaccinations = new ArrayList<>();
		JsonNode doses = JsonFields.array(node, "vaccinations", path);
		if (doses != null) {
			for (int j = 0; j < doses.size(); j++) {
				String dosePath = JsonFields.path(JsonFields.path(path, "vaccinations"), j);
				JsonNode dose = doses.get(j);
				JsonFields.requireObject(dose, dosePath);
				JsonFields.noMisspelled(dose, dosePath, VACCINATION_FIELDS);
				vaccinations.add(new Vaccination(JsonFields.requiredInt(dose, "dose", dosePath),
						requiredDate(dose, "date", dosePath), JsonFields.string(dose, "product", dosePath)));
			}
		}
		List<TestResult> tests = new ArrayList<>();
		JsonNode notices = JsonFields.array(node, "tests", path);
		if (notices != null) {
			for (int j = 0; j < notices.size(); j++) {
				tests.add(test(notices.get(j), JsonFields.path(JsonFields.path(path, "tests"), j)));
			}
		}
		return new Person(JsonFields.string(node, "id", path), JsonFields.date(node, "birthDate", path),
				JsonFields.enumValue(node, "role", path, Role.class), JsonFields.string(node, "guardianId", path),
				JsonFields.string(node, "household", path), vaccinations, tests);
	}

	private static TestResult test(JsonNode node, String path) {
		JsonFields.requireObject(node, path);
		JsonFields.noMisspelled(node, path, TEST_FIELDS);
		return new TestResult(JsonFields.enumValue(node, "method", path, TestMethod.class),
				JsonFields.date(node, "specimenDate", path),
				JsonFields.enumValue(node, "result", path, TestOutcome.class),
				JsonFields.string(node, "holderName", path), JsonFields.string(node, "site", path),
				JsonFields.string(node, "supervisor", path), JsonFields.date(node, "expiryDate", path),
				JsonFields.string(node, "kitName", path),
				JsonFields.enumValue(node, "presentedAs", path, Presentation.class));
	}

	private static LocalDate requiredDate(JsonNode node, String name, String path) {
		LocalDate date = JsonFields.date(node, name, path);
		if (date == null) {
			throw new InvalidRequestException(InvalidRequestException.MISSING_FIELD, JsonFields.path(path, name));
		}
		return date;
	}

	/**
	 * Write a decision in the contract's shape, with messages in the caller's language.
	 * Each reason also carries its {@code arguments}.
	 * @param decision the decision
	 * @param locale Japanese, English or Chinese
	 * @return the JSON
	 */
	public static String writeDecision(Decision decision, Locale locale) {
		ObjectNode root = Mappers.MAPPER.createObjectNode();
		root.put("programme", decision.programme());
		root.put("ruleSetVersion", decision.ruleSetVersion());
		root.put("referenceDate", decision.referenceDate().toString());
		root.put("status", decision.status().name());
		ArrayNode people = root.putArray("people");
		for (PersonDecision person : decision.people()) {
			ObjectNode node = people.addObject();
			node.put("id", person.id());
			node.put("outcome", person.outcome().name());
			node.put("basis", (person.basis() != null) ? person.basis().name() : null);
			node.put("eligibleFrom", (person.eligibleFrom() != null) ? person.eligibleFrom().toString() : null);
			node.put("validUntil", (person.validUntil() != null) ? person.validUntil().toString() : null);
			ArrayNode reasons = node.putArray("reasons");
			for (Reason reason : person.reasons()) {
				ObjectNode r = reasons.addObject();
				r.put("code", reason.code().name());
				r.put("message", reason.message(locale));
				ArrayNode arguments = r.putArray("arguments");
				for (Object argument : reason.arguments()) {
					if (argument instanceof Integer number) {
						arguments.add(number);
					}
					else {
						arguments.add(String.valueOf(argument));
					}
				}
			}
			ArrayNode guidance = node.putArray("guidance");
			for (Guidance action : person.guidance()) {
				ObjectNode g = guidance.addObject();
				g.put("code", action.name());
				g.put("message", action.message(locale));
			}
		}
		root.put("eligibleCount", decision.eligibleCount());
		return write(root);
	}

	/**
	 * Write the contract's error object.
	 * @param error the error
	 * @param locale the language of the message
	 * @return {@code {"error": {"code": ..., "message": ..., "field": ...}}}
	 */
	public static String writeError(InvalidRequestException error, Locale locale) {
		ObjectNode root = Mappers.MAPPER.createObjectNode();
		ObjectNode node = root.putObject("error");
		node.put("code", error.code());
		node.put("message", error.message(locale));
		node.put("field", error.field());
		return write(root);
	}

	/**
	 * Write the programme definitions as a JSON array, each in the resource file format
	 * plus {@code name} in the caller's language.
	 * @param programmes the programmes
	 * @param locale the language of {@code name}
	 * @return the JSON
	 */
	public static String writeProgrammes(List<Programme> programmes, Locale locale) {
		ArrayNode root = Mappers.MAPPER.createArrayNode();
		for (Programme programme : programmes) {
			root.add(ProgrammeFiles.write(programme, locale));
		}
		return write(root);
	}

	private static String write(JsonNode node) {
		return Mappers.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
	}

}
