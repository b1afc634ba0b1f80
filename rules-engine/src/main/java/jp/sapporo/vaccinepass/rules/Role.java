package jp.sapporo.vaccinepass.rules;

/**
 * Why a person is in the request.
 */
public enum Role {

	/** Someone who wants the benefit (the default). */
	TRAVELLER,

	/**
	 * A teacher or other escort of a school activity: checked even when the pupils are
	 * not.
	 */
	ESCORT

}
