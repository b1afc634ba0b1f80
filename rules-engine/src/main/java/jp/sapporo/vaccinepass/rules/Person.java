package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * Someone who wants the benefit, with the documents they show.
 *
 * @param id unique within the request
 * @param birthDate the birth date (child rules use the age on the reference date)
 * @param role {@code TRAVELLER} (default when {@code null}) or {@code ESCORT}
 * @param guardianId for a child, the id of the accompanying guardian in the same request
 * @param household people with the same non-null value live together
 * @param vaccinations doses shown ({@code null} means none)
 * @param tests test notices shown ({@code null} means none)
 */
public record Person(String id, LocalDate birthDate, Role role, String guardianId, String household,
		List<Vaccination> vaccinations, List<TestResult> tests) {

	public Person {
		role = (role != null) ? role : Role.TRAVELLER;
		vaccinations = (vaccinations != null) ? List.copyOf(vaccinations) : List.of();
		tests = (tests != null) ? List.copyOf(tests) : List.of();
	}

	/**
	 * A traveller with doses and no test.
	 * @param id the person's id
	 * @param birthDate the birth date
	 * @param doses the doses shown
	 * @return the person
	 */
	public static Person of(String id, LocalDate birthDate, Vaccination... doses) {
		return new Person(id, birthDate, Role.TRAVELLER, null, null, List.of(doses), List.of());
	}

	/**
	 * A copy of this person who also shows test notices.
	 * @param tests the notices
	 * @return the person
	 */
	public Person withTests(TestResult... tests) {
		return new Person(this.id, this.birthDate, this.role, this.guardianId, this.household, this.vaccinations,
				List.of(tests));
	}

	/**
	 * A copy of this person who shows these doses.
	 * @param doses the doses
	 * @return the person
	 */
	public Person withVaccinations(Vaccination... doses) {
		return new Person(this.id, this.birthDate, this.role, this.guardianId, this.household, List.of(doses),
				this.tests);
	}

	/**
	 * A copy of this person living in a household.
	 * @param household the household
	 * @return the person
	 */
	public Person inHousehold(String household) {
		return new Person(this.id, this.birthDate, this.role, this.guardianId, household, this.vaccinations,
				this.tests);
	}

	/**
	 * A copy of this person (a child) accompanied by a guardian.
	 * @param guardianId the guardian's id in the same request
	 * @return the person
	 */
	public Person withGuardian(String guardianId) {
		return new Person(this.id, this.birthDate, this.role, guardianId, this.household, this.vaccinations,
				this.tests);
	}

	/**
	 * A copy of this person in another role.
	 * @param role the role
	 * @return the person
	 */
	public Person as(Role role) {
		return new Person(this.id, this.birthDate, role, this.guardianId, this.household, this.vaccinations,
				this.tests);
	}

}
