package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;

/**
 * How a programme counts the wait after a dose.
 */
public enum DayCounting {

	/**
	 * The dose day is day 1 (Tochigi Q27: 「接種日を1日目として計算」): with a 14-day wait, dose 2 on
	 * 12-01 completes the wait at the end of 12-14, so 12-15 is the first eligible day. A
	 * 0-day wait makes the dose day itself eligible (Fukuoka: 7/24 → 7/24).
	 */
	DOSE_DAY_IS_DAY_ONE(0),

	/**
	 * The day after the dose is day 1 (the Civil Code's 初日不算入): dose 2 on 12-01 with a
	 * 14-day wait → 12-16. No built-in programme uses it; it is here so a programme that
	 * does needs only data.
	 */
	DAY_AFTER_DOSE_IS_DAY_ONE(1);

	private final int extraDays;

	DayCounting(int extraDays) {
		this.extraDays = extraDays;
	}

	/**
	 * The first day on which the wait is over.
	 * @param doseDate the dose day
	 * @param waitDays the programme's wait
	 * @return the first eligible day
	 */
	public LocalDate firstEligibleDay(LocalDate doseDate, int waitDays) {
		return LocalDate.ofEpochDay(firstEligibleEpochDay(doseDate.toEpochDay(), waitDays));
	}

	long firstEligibleEpochDay(long doseEpochDay, int waitDays) {
		return (waitDays == 0) ? doseEpochDay : doseEpochDay + waitDays + this.extraDays;
	}

}
