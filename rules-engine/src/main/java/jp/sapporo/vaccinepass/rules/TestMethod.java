package jp.sapporo.vaccinepass.rules;

/**
 * How a test specimen was analysed.
 */
public enum TestMethod {

	/** PCR. */
	PCR,

	/** LAMP and other nucleic-acid amplification. */
	NAAT,

	/** Quantitative antigen test. */
	ANTIGEN_QUANTITATIVE,

	/**
	 * Qualitative antigen test (a kit, run by a test site or under a business's
	 * supervision).
	 */
	ANTIGEN_QUALITATIVE,

	/** A kit the person used on their own. */
	SELF_TEST

}
