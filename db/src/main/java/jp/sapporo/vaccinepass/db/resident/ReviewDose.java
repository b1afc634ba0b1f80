package jp.sapporo.vaccinepass.db.resident;

import java.time.LocalDate;

/**
 * One dose as the resident entered it.
 *
 * @param number the dose number (1, 2, ...)
 * @param date the day it was given
 * @param product the vaccine product
 * @param lot the lot number, or {@code null}
 */
public record ReviewDose(int number, LocalDate date, String product, String lot) {
}
