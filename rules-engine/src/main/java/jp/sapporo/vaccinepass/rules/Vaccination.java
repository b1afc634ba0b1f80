package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;

/**
 * One dose as shown on a vaccination certificate.
 *
 * @param dose the dose number (1, 2, 3, ...)
 * @param date the day it was given
 * @param product the vaccine, as printed (may be {@code null})
 */
public record Vaccination(int dose, LocalDate date, String product) {

	/**
	 * A dose without a product name.
	 * @param dose the dose number
	 * @param date the day it was given
	 * @return the vaccination
	 */
	public static Vaccination dose(int dose, LocalDate date) {
		return new Vaccination(dose, date, null);
	}

}
