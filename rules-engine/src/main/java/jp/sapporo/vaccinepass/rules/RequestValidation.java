package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * Rejects requests the rules cannot judge, naming the offending field. Field paths are
 * built only when something is wrong, so a valid request costs no allocation here.
 */
final class RequestValidation {

	private RequestValidation() {
	}

	static void check(EligibilityRequest request, Programme programme) {
		LocalDate referenceDate = request.referenceDate();
		if (referenceDate == null) {
			throw new InvalidRequestException(InvalidRequestException.MISSING_FIELD, "referenceDate");
		}
		Context context = request.context();
		List<Person> people = request.people();
		if (people.isEmpty()) {
			throw new InvalidRequestException(InvalidRequestException.NO_PEOPLE, "people");
		}
		if (context.vaccinationOnly() && !programme.vaccinationOnlyAllowed()) {
			// Tochigi Q23: a plan using the VTP name must accept both vaccination and
			// tests
			throw new InvalidRequestException(InvalidRequestException.OPTION_NOT_ALLOWED, "context.vaccinationOnly",
					programme.id());
		}
		if (context.alertLevel() != null && context.alertLevel() < 0) {
			throw new InvalidRequestException(InvalidRequestException.INVALID_VALUE, "context.alertLevel",
					context.alertLevel());
		}
		if (context.tableSize() != null && (context.tableSize() < 1 || context.tableSize() < people.size())) {
			throw new InvalidRequestException(InvalidRequestException.INVALID_VALUE, "context.tableSize",
					context.tableSize());
		}
		int count = people.size();
		for (int i = 0; i < count; i++) {
			checkPerson(people, i, referenceDate);
		}
	}

	private static void checkPerson(List<Person> people, int i, LocalDate referenceDate) {
		Person person = people.get(i);
		String id = person.id();
		if (id == null || id.isBlank()) {
			throw new InvalidRequestException(InvalidRequestException.MISSING_FIELD, "people[" + i + "].id");
		}
		for (int k = 0; k < i; k++) {
			if (id.equals(people.get(k).id())) {
				throw new InvalidRequestException(InvalidRequestException.DUPLICATE_PERSON_ID, "people[" + i + "].id",
						id);
			}
		}
		if (person.birthDate() == null) {
			throw new InvalidRequestException(InvalidRequestException.MISSING_FIELD, "people[" + i + "].birthDate");
		}
		if (person.birthDate().isAfter(referenceDate)) {
			throw new InvalidRequestException(InvalidRequestException.INVALID_VALUE, "people[" + i + "].birthDate",
					person.birthDate());
		}
		String guardianId = person.guardianId();
		if (guardianId != null) {
			if (guardianId.equals(id) || indexOf(people, guardianId) < 0) {
				throw new InvalidRequestException(InvalidRequestException.UNKNOWN_GUARDIAN,
						"people[" + i + "].guardianId", guardianId);
			}
		}
		List<Vaccination> doses = person.vaccinations();
		int count = doses.size();
		for (int j = 0; j < count; j++) {
			Vaccination dose = doses.get(j);
			if (dose.dose() < 1) {
				throw new InvalidRequestException(InvalidRequestException.INVALID_VALUE,
						"people[" + i + "].vaccinations[" + j + "].dose", dose.dose());
			}
			if (dose.date() == null) {
				throw new InvalidRequestException(InvalidRequestException.MISSING_FIELD,
						"people[" + i + "].vaccinations[" + j + "].date");
			}
			for (int k = 0; k < j; k++) {
				Vaccination other = doses.get(k);
				if (other.dose() == dose.dose()) {
					throw new InvalidRequestException(InvalidRequestException.DUPLICATE_DOSE,
							"people[" + i + "].vaccinations[" + j + "].dose", dose.dose());
				}
			}
		}
		// checked after all doses are known to be well formed, so the message can
		// name the dose that is out of order whatever the order of the list
		for (int j = 0; j < count; j++) {
			Vaccination dose = doses.get(j);
			for (int k = 0; k < count; k++) {
				Vaccination other = doses.get(k);
				if (other.dose() < dose.dose() && dose.date().isBefore(other.date())) {
					throw new InvalidRequestException(InvalidRequestException.DOSE_DATE_ORDER,
							"people[" + i + "].vaccinations[" + j + "].date", dose.dose(), dose.date(), other.dose(),
							other.date());
				}
			}
		}
	}

	static int indexOf(List<Person> people, String id) {
		int count = people.size();
		for (int i = 0; i < count; i++) {
			if (id.equals(people.get(i).id())) {
				return i;
			}
		}
		return -1;
	}

}
