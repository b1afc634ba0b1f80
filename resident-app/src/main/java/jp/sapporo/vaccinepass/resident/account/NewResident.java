package jp.sapporo.vaccinepass.resident.account;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A checked sign-up.
 *
 * @param email the e-mail address (required for an e-mail sign-up, optional with a
 * passport)
 * @param passportCountry ISO 3166-1 alpha-3, or {@code null}
 * @param passportNumber the passport number, or {@code null}
 * @param passwordHash the encoded password
 * @param fullName the name as on the ID
 * @param nameKana the reading, or {@code null}
 * @param birthDate the birth date
 * @param municipalityCode one of the 12, or {@code null} for a visitor
 * @param language the interface language chosen at sign-up
 */
record NewResident(String email, String passportCountry, String passportNumber, String passwordHash, String fullName,
		String nameKana, LocalDate birthDate, String municipalityCode, String language) {

	NewResident {
		Objects.requireNonNull(passwordHash, "passwordHash");
		Objects.requireNonNull(fullName, "fullName");
		Objects.requireNonNull(birthDate, "birthDate");
		if (email == null && passportNumber == null) {
			throw new IllegalArgumentException("an e-mail address or a passport is needed");
		}
	}

	boolean passport() {
		return this.passportNumber != null;
	}

}
