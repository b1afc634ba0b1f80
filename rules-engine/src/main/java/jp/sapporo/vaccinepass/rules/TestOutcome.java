package jp.sapporo.vaccinepass.rules;

/**
 * The result printed on a test notice.
 */
public enum TestOutcome {

	/** 陰性. */
	NEGATIVE,

	/** 陽性. */
	POSITIVE,

	/** 判定不能. */
	INDETERMINATE

}
