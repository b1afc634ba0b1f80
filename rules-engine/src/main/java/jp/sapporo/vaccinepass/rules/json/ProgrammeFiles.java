package jp.sapporo.vaccinepass.rules.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.sapporo.vaccinepass.rules.CertificateItem;
import jp.sapporo.vaccinepass.rules.ChildRule;
import jp.sapporo.vaccinepass.rules.ChildTestRequirement;
import jp.sapporo.vaccinepass.rules.DayCounting;
import jp.sapporo.vaccinepass.rules.GroupRule;
import jp.sapporo.vaccinepass.rules.InvalidRequestException;
import jp.sapporo.vaccinepass.rules.LocalizedText;
import jp.sapporo.vaccinepass.rules.Presentation;
import jp.sapporo.vaccinepass.rules.Programme;
import jp.sapporo.vaccinepass.rules.SpreadCondition;
import jp.sapporo.vaccinepass.rules.TestMethod;
import jp.sapporo.vaccinepass.rules.TestRule;
import jp.sapporo.vaccinepass.rules.VaccinationRule;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The programme definitions: one JSON resource file per programme version under
 * {@code programmes/}, listed in {@code programmes/index.txt}. Adding a programme is a
 * new file, a line in the index and its tests; no code.
 */
public final class ProgrammeFiles {

	static final String DIRECTORY = "programmes/";

	private static final Set<String> FIELDS = Set.of("id", "version", "name", "names", "source", "periodStart",
			"periodEnd", "vaccination", "tests", "children", "group", "suspendedFromAlertLevel",
			"vaccinationOnlyAllowed", "schoolActivitiesExempt", "lateSubmissionAllowed");

	private ProgrammeFiles() {
	}

	/**
	 * Read the built-in definitions from the class path.
	 * @return the programmes, in index order
	 * @throws IllegalStateException when a file is missing or not a valid definition
	 */
	public static List<Programme> builtIn() {
		String index = resource(DIRECTORY + "index.txt");
		List<Programme> programmes = new ArrayList<>();
		for (String line : index.split("\n")) {
			String file = line.strip();
			if (file.isEmpty() || file.startsWith("#")) {
				continue;
			}
			programmes.add(parse(resource(DIRECTORY + file), file));
		}
		return List.copyOf(programmes);
	}

	/**
	 * Parse one definition.
	 * @param json the file's content
	 * @param file the file name, for error messages
	 * @return the programme
	 * @throws IllegalStateException when it is not a valid definition
	 */
	public static Programme parse(String json, String file) {
		try {
			return read(Mappers.MAPPER.readTree(json));
		}
		catch (InvalidRequestException ex) {
			throw new IllegalStateException(file + ": " + ex.getMessage(), ex);
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			throw new IllegalStateException(file + ": " + ex.getMessage(), ex);
		}
	}

	private static String resource(String name) {
		ClassLoader loader = ProgrammeFiles.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing programme resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Programme read(JsonNode root) {
		JsonFields.requireObject(root, "");
		JsonFields.onlyKnown(root, "", FIELDS);
		JsonNode names = root.get("names");
		JsonFields.requireObject(names, "names");
		LocalizedText name = new LocalizedText(JsonFields.requiredString(names, "ja", "names"),
				JsonFields.requiredString(names, "en", "names"), JsonFields.requiredString(names, "zh", "names"));
		return new Programme(JsonFields.requiredString(root, "id", ""), JsonFields.requiredString(root, "version", ""),
				name, JsonFields.string(root, "source", ""), JsonFields.date(root, "periodStart", ""),
				JsonFields.date(root, "periodEnd", ""), vaccination(root.get("vaccination")), tests(root.get("tests")),
				children(JsonFields.value(root, "children")), group(JsonFields.value(root, "group")),
				JsonFields.integer(root, "suspendedFromAlertLevel", ""),
				JsonFields.bool(root, "vaccinationOnlyAllowed", ""),
				JsonFields.bool(root, "schoolActivitiesExempt", ""),
				JsonFields.bool(root, "lateSubmissionAllowed", ""));
	}

	private static VaccinationRule vaccination(JsonNode node) {
		String path = "vaccination";
		JsonFields.requireObject(node, path);
		JsonFields.onlyKnown(node, path,
				Set.of("accepted", "requiredDoses", "waitDays", "counting", "laterDoseWaivesWait"));
		boolean accepted = JsonFields.bool(node, "accepted", path);
		DayCounting counting = JsonFields.enumValue(node, "counting", path, DayCounting.class);
		return new VaccinationRule(accepted, accepted ? JsonFields.requiredInt(node, "requiredDoses", path) : 0,
				accepted ? JsonFields.requiredInt(node, "waitDays", path) : 0,
				(counting != null) ? counting : DayCounting.DOSE_DAY_IS_DAY_ONE,
				JsonFields.bool(node, "laterDoseWaivesWait", path));
	}

	private static TestRule tests(JsonNode node) {
		String path = "tests";
		JsonFields.requireObject(node, path);
		JsonFields.onlyKnown(node, path, Set.of("accepted", "validityDays", "requiredItems", "presentations"));
		if (!JsonFields.bool(node, "accepted", path)) {
			return TestRule.none();
		}
		JsonNode days = node.get("validityDays");
		JsonFields.requireObject(days, "tests.validityDays");
		Map<TestMethod, Integer> validity = new EnumMap<>(TestMethod.class);
		for (String method : days.propertyNames()) {
			TestMethod key = constant(TestMethod.class, method, "tests.validityDays." + method);
			validity.put(key, JsonFields.requiredInt(days, method, "tests.validityDays"));
		}
		List<CertificateItem> items = new ArrayList<>();
		JsonNode itemArray = JsonFields.array(node, "requiredItems", path);
		if (itemArray != null) {
			for (JsonNode item : itemArray.values()) {
				items.add(constant(CertificateItem.class, item.asString(), "tests.requiredItems"));
			}
		}
		Set<Presentation> presentations = EnumSet.noneOf(Presentation.class);
		JsonNode presentationArray = JsonFields.array(node, "presentations", path);
		if (presentationArray != null) {
			for (JsonNode presentation : presentationArray.values()) {
				presentations.add(constant(Presentation.class, presentation.asString(), "tests.presentations"));
			}
		}
		return new TestRule(true, validity, items, presentations);
	}

	private static ChildRule children(JsonNode node) {
		if (node == null) {
			return null;
		}
		String path = "children";
		JsonFields.requireObject(node, path);
		JsonFields.onlyKnown(node, path, Set.of("ageLimit", "testRequirement", "testFromAge", "spread"));
		JsonNode spread = JsonFields.value(node, "spread");
		SpreadCondition condition = null;
		if (spread != null) {
			JsonFields.requireObject(spread, "children.spread");
			JsonFields.onlyKnown(spread, "children.spread",
					Set.of("alertLevelAtLeast", "priorityMeasures", "crossPrefecture"));
			condition = new SpreadCondition(JsonFields.requiredInt(spread, "alertLevelAtLeast", "children.spread"),
					JsonFields.bool(spread, "priorityMeasures", "children.spread"),
					JsonFields.bool(spread, "crossPrefecture", "children.spread"));
		}
		ChildTestRequirement requirement = JsonFields.enumValue(node, "testRequirement", path,
				ChildTestRequirement.class);
		return new ChildRule(JsonFields.requiredInt(node, "ageLimit", path),
				(requirement != null) ? requirement : ChildTestRequirement.NEVER,
				JsonFields.requiredInt(node, "testFromAge", path), condition);
	}

	private static GroupRule group(JsonNode node) {
		if (node == null) {
			return null;
		}
		JsonFields.requireObject(node, "group");
		JsonFields.onlyKnown(node, "group", Set.of("checkedFromTableSize"));
		return new GroupRule(JsonFields.requiredInt(node, "checkedFromTableSize", "group"));
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String name, String path) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		throw new InvalidRequestException(InvalidRequestException.UNKNOWN_VALUE, path, name);
	}

	/**
	 * A definition in the file format, plus its name in the caller's language under
	 * {@code name}.
	 * @param programme the programme
	 * @param locale the language of {@code name}
	 * @return the JSON object
	 */
	static ObjectNode write(Programme programme, Locale locale) {
		ObjectNode node = Mappers.MAPPER.createObjectNode();
		node.put("id", programme.id());
		node.put("version", programme.version());
		node.put("name", programme.name().in(locale));
		ObjectNode names = node.putObject("names");
		names.put("ja", programme.name().ja());
		names.put("en", programme.name().en());
		names.put("zh", programme.name().zh());
		node.put("source", programme.source());
		node.put("periodStart", text(programme.periodStart()));
		node.put("periodEnd", text(programme.periodEnd()));
		VaccinationRule vaccination = programme.vaccination();
		ObjectNode v = node.putObject("vaccination");
		v.put("accepted", vaccination.accepted());
		v.put("requiredDoses", vaccination.requiredDoses());
		v.put("waitDays", vaccination.waitDays());
		v.put("counting", vaccination.counting().name());
		v.put("laterDoseWaivesWait", vaccination.laterDoseWaivesWait());
		TestRule tests = programme.tests();
		ObjectNode t = node.putObject("tests");
		t.put("accepted", tests.accepted());
		ObjectNode days = t.putObject("validityDays");
		for (TestMethod method : TestMethod.values()) {
			Integer value = tests.validityDays().get(method);
			if (value != null) {
				days.put(method.name(), value);
			}
		}
		ArrayNode items = t.putArray("requiredItems");
		tests.requiredItems().forEach((item) -> items.add(item.name()));
		ArrayNode presentations = t.putArray("presentations");
		for (Presentation presentation : Presentation.values()) {
			if (tests.presentations().contains(presentation)) {
				presentations.add(presentation.name());
			}
		}
		ChildRule children = programme.children();
		if (children == null) {
			node.putNull("children");
		}
		else {
			ObjectNode c = node.putObject("children");
			c.put("ageLimit", children.ageLimit());
			c.put("testRequirement", children.testRequirement().name());
			c.put("testFromAge", children.testFromAge());
			if (children.spread() == null) {
				c.putNull("spread");
			}
			else {
				ObjectNode s = c.putObject("spread");
				s.put("alertLevelAtLeast", children.spread().alertLevelAtLeast());
				s.put("priorityMeasures", children.spread().priorityMeasures());
				s.put("crossPrefecture", children.spread().crossPrefecture());
			}
		}
		if (programme.group() == null) {
			node.putNull("group");
		}
		else {
			node.putObject("group").put("checkedFromTableSize", programme.group().checkedFromTableSize());
		}
		node.put("suspendedFromAlertLevel", programme.suspendedFromAlertLevel());
		node.put("vaccinationOnlyAllowed", programme.vaccinationOnlyAllowed());
		node.put("schoolActivitiesExempt", programme.schoolActivitiesExempt());
		node.put("lateSubmissionAllowed", programme.lateSubmissionAllowed());
		return node;
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

}
