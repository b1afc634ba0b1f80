package jp.sapporo.vaccinepass.verifier.check;

import java.time.LocalDate;
import java.util.List;

import jp.sapporo.vaccinepass.rules.EligibilityRequest;
import jp.sapporo.vaccinepass.rules.Person;
import jp.sapporo.vaccinepass.rules.Presentation;
import jp.sapporo.vaccinepass.rules.Role;
import jp.sapporo.vaccinepass.rules.TestMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckFormTests {

	private static TravellerForm traveller(String name, Integer guardian) {
		TravellerForm t = new TravellerForm();
		t.setName(name);
		t.setBirthDate(LocalDate.of(2000, 1, 1));
		t.setGuardian(guardian);
		return t;
	}

	@Test
	void removingATravellerRenumbersTheGuardiansOfTheOthers() {
		CheckForm form = new CheckForm();
		form.setTravellers(new java.util.ArrayList<>(
				List.of(traveller("a", null), traveller("b", null), traveller("c", 2), traveller("d", 1))));
		form.removeTraveller(0);
		assertThat(form.getTravellers()).extracting(TravellerForm::getName).containsExactly("b", "c", "d");
		// c's guardian b moved from 2 to 1; d's guardian a is gone
		assertThat(form.getTravellers()).extracting(TravellerForm::getGuardian).containsExactly(null, 1, null);
	}

	@Test
	void theLastTravellerCannotBeRemoved() {
		CheckForm form = new CheckForm();
		form.removeTraveller(0);
		assertThat(form.getTravellers()).hasSize(1);
	}

	@Test
	void aNewTravellerJoinsTheFirstTravellersHousehold() {
		CheckForm form = new CheckForm();
		form.getTravellers().get(0).setHousehold("A");
		form.addTraveller();
		assertThat(form.getTravellers().get(1).getHousehold()).isEqualTo("A");
	}

	@Test
	void theFormBecomesTheEnginesQuestion() {
		CheckForm form = new CheckForm();
		form.setTripStart(LocalDate.of(2026, 12, 1));
		form.setCrossPrefecture(true);
		form.setAlertLevel(2);
		form.setPriorityMeasures(true);
		TravellerForm parent = traveller("親", null);
		parent.setDose1(LocalDate.of(2026, 6, 1));
		parent.setDose2(LocalDate.of(2026, 6, 22));
		TravellerForm child = traveller("子", 1);
		child.setRole("TRAVELLER");
		child.setTestMethod("ANTIGEN_QUALITATIVE");
		child.setTestSpecimenDate(LocalDate.of(2026, 11, 30));
		child.setTestResult("NEGATIVE");
		child.setTestPresentedAs("COPY");
		child.setTestStatesName(true);
		form.setTravellers(new java.util.ArrayList<>(List.of(parent, child)));
		EligibilityRequest request = BookingRequests.toRequest(form);
		assertThat(request.referenceDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(request.context().alertLevel()).isEqualTo(2);
		Person p1 = request.people().get(0);
		Person p2 = request.people().get(1);
		assertThat(p1.vaccinations()).extracting((v) -> v.dose()).containsExactly(1, 2);
		assertThat(p2.guardianId()).isEqualTo(p1.id());
		assertThat(p2.role()).isEqualTo(Role.TRAVELLER);
		assertThat(p2.tests()).singleElement().satisfies((test) -> {
			assertThat(test.method()).isEqualTo(TestMethod.ANTIGEN_QUALITATIVE);
			assertThat(test.presentedAs()).isEqualTo(Presentation.COPY);
			assertThat(test.holderName()).isEqualTo("子");
		});
	}

	@Test
	void aStoredCheckReopensAsTheFormThatWasTyped() {
		CheckForm form = new CheckForm();
		form.setBookingReference("R-1");
		form.setTripStart(LocalDate.of(2026, 12, 1));
		form.getTravellers().get(0).setName("名前");
		form.getTravellers().get(0).setBirthDate(LocalDate.of(1990, 5, 5));
		String json = BookingRequests.toStoredJson(BookingRequests.toRequest(form), form);
		CheckForm reopened = BookingRequests.formOf(json);
		assertThat(reopened.getBookingReference()).isEqualTo("R-1");
		assertThat(reopened.getTravellers().get(0).getName()).isEqualTo("名前");
		assertThat(reopened.getTravellers().get(0).getBirthDate()).isEqualTo(LocalDate.of(1990, 5, 5));
		// the stored request is the contract's JSON (plus the form)
		assertThat(jp.sapporo.vaccinepass.rules.json.EligibilityJson
			.parseRequest(json.replaceFirst(",\\s*\"form\"\\s*:.*\\}\\s*$", "}"))
			.people()).hasSize(1);
	}

}
