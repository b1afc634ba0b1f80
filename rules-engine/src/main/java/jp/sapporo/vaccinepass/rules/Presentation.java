package jp.sapporo.vaccinepass.rules;

/**
 * How a test notice was shown to the checker.
 */
public enum Presentation {

	/** The paper original. */
	ORIGINAL,

	/** The e-mail the test site sent. */
	EMAIL,

	/** A photo or a photocopy. */
	COPY

}
