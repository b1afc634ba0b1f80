package jp.sapporo.vaccinepass.resident.record;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A checked dose.
 *
 * @param number 1, 2, ...
 * @param date the day given
 * @param product one of {@link VaccinationRecords#PRODUCTS}
 * @param lot the lot, or {@code null}
 */
record Dose(int number, LocalDate date, String product, String lot) {

	Dose {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(product, "product");
		if (number < 1 || number > 10) {
			throw new IllegalArgumentException("dose number out of range");
		}
	}

}
