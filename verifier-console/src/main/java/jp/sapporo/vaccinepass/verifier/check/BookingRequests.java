package jp.sapporo.vaccinepass.verifier.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.sapporo.vaccinepass.rules.Context;
import jp.sapporo.vaccinepass.rules.EligibilityRequest;
import jp.sapporo.vaccinepass.rules.Person;
import jp.sapporo.vaccinepass.rules.Presentation;
import jp.sapporo.vaccinepass.rules.Role;
import jp.sapporo.vaccinepass.rules.TestMethod;
import jp.sapporo.vaccinepass.rules.TestOutcome;
import jp.sapporo.vaccinepass.rules.TestResult;
import jp.sapporo.vaccinepass.rules.Vaccination;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A booking form turned into the engine's question, and the question into the contract's
 * JSON (what is stored with a saved check).
 */
final class BookingRequests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private BookingRequests() {
	}

	static String personId(int index) {
		return "p" + (index + 1);
	}

	static EligibilityRequest toRequest(CheckForm form) {
		List<Person> people = new ArrayList<>();
		List<TravellerForm> travellers = form.getTravellers();
		for (int i = 0; i < travellers.size(); i++) {
			TravellerForm t = travellers.get(i);
			List<Vaccination> doses = new ArrayList<>();
			LocalDate[] dates = { t.getDose1(), t.getDose2(), t.getDose3(), t.getDose4() };
			for (int d = 0; d < dates.length; d++) {
				if (dates[d] != null) {
					doses.add(new Vaccination(d + 1, dates[d], null));
				}
			}
			List<TestResult> tests = new ArrayList<>();
			if (t.hasTest()) {
				tests.add(new TestResult(t.getTestMethod().isEmpty() ? null : TestMethod.valueOf(t.getTestMethod()),
						t.getTestSpecimenDate(),
						t.getTestResult().isEmpty() ? null : TestOutcome.valueOf(t.getTestResult()),
						t.isTestStatesName() ? t.getName() : null, blankToNull(t.getTestSite()),
						blankToNull(t.getTestSupervisor()), t.getTestExpiry(), blankToNull(t.getTestKit()),
						t.getTestPresentedAs().isEmpty() ? null : Presentation.valueOf(t.getTestPresentedAs())));
			}
			String guardian = (t.getGuardian() != null) ? personId(t.getGuardian() - 1) : null;
			people.add(new Person(personId(i), t.getBirthDate(), Role.valueOf(t.getRole()), guardian,
					blankToNull(t.getHousehold()), doses, tests));
		}
		Context context = new Context(form.isCrossPrefecture(), form.getAlertLevel(), form.isPriorityMeasures(),
				form.isSchoolActivity(), form.isVaccinationOnly(), form.getTableSize());
		return new EligibilityRequest(form.getProgramme(), form.getTripStart(), context, people);
	}

	/**
	 * The request in the contract's shape, plus the booking as typed under {@code form}.
	 */
	static String toStoredJson(EligibilityRequest request, CheckForm form) {
		ObjectNode root = JSON.createObjectNode();
		root.put("programme", request.programme());
		root.put("referenceDate", String.valueOf(request.referenceDate()));
		ObjectNode context = root.putObject("context");
		context.put("crossPrefecture", request.context().crossPrefecture());
		context.put("alertLevel", request.context().alertLevel());
		context.put("priorityMeasures", request.context().priorityMeasures());
		context.put("schoolActivity", request.context().schoolActivity());
		context.put("vaccinationOnly", request.context().vaccinationOnly());
		context.put("tableSize", request.context().tableSize());
		ArrayNode people = root.putArray("people");
		for (Person person : request.people()) {
			ObjectNode p = people.addObject();
			p.put("id", person.id());
			p.put("birthDate", String.valueOf(person.birthDate()));
			p.put("role", person.role().name());
			p.put("guardianId", person.guardianId());
			p.put("household", person.household());
			ArrayNode doses = p.putArray("vaccinations");
			for (Vaccination dose : person.vaccinations()) {
				doses.addObject()
					.put("dose", dose.dose())
					.put("date", dose.date().toString())
					.put("product", dose.product());
			}
			ArrayNode tests = p.putArray("tests");
			for (TestResult test : person.tests()) {
				ObjectNode n = tests.addObject();
				n.put("method", (test.method() != null) ? test.method().name() : null);
				n.put("specimenDate", (test.specimenDate() != null) ? test.specimenDate().toString() : null);
				n.put("result", (test.result() != null) ? test.result().name() : null);
				n.put("holderName", test.holderName());
				n.put("site", test.site());
				n.put("supervisor", test.supervisor());
				n.put("expiryDate", (test.expiryDate() != null) ? test.expiryDate().toString() : null);
				n.put("kitName", test.kitName());
				n.put("presentedAs", test.presentedAs().name());
			}
		}
		if (form != null) {
			root.set("form", JSON.valueToTree(form));
		}
		return JSON.writeValueAsString(root);
	}

	static CheckForm formOf(String storedJson) {
		var node = JSON.readTree(storedJson).get("form");
		return (node != null) ? JSON.treeToValue(node, CheckForm.class) : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
