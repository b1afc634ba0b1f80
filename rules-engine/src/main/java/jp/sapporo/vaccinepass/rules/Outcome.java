package jp.sapporo.vaccinepass.rules;

/**
 * What a person gets.
 */
public enum Outcome {

	/** Meets the conditions. */
	ELIGIBLE,

	/** Does not get the benefit. */
	NOT_ELIGIBLE,

	/** A child covered by a qualifying co-resident guardian. */
	EXEMPT,

	/** No check applies (a school activity, a small table). */
	NOT_REQUIRED;

	/**
	 * Whether this outcome gives the benefit.
	 * @return true for {@link #ELIGIBLE}, {@link #EXEMPT} and {@link #NOT_REQUIRED}
	 */
	public boolean benefits() {
		return this != NOT_ELIGIBLE;
	}

}
