package jp.sapporo.vaccinepass.rules;

/**
 * Stable codes of the checks the engine makes. The names are part of the contract: add
 * new ones, never rename.
 */
public enum ReasonCode {

	/** The reference date is outside the programme's period. */
	PROGRAMME_NOT_IN_FORCE,

	/** The alert level suspends the programme. */
	PROGRAMME_SUSPENDED,

	/** Staff suspended the programme. */
	PROGRAMME_SUSPENDED_BY_STAFF,

	/** The table is smaller than the size the programme checks. */
	TABLE_BELOW_CHECKED_SIZE,

	/** The table is big enough to be checked: everyone at it is checked. */
	TABLE_CHECKED,

	/** School activities are not checked. */
	SCHOOL_ACTIVITY_NOT_CHECKED,

	/** An escort of a school activity is checked as usual. */
	ESCORT_CHECKED,

	/** Younger than the programme's child age limit. */
	CHILD_UNDER_AGE_LIMIT,

	/** The child must show a negative test under the present conditions. */
	CHILD_TEST_REQUIRED,

	/** No guardian named for the child. */
	CHILD_NO_GUARDIAN,

	/** The guardian does not live with the child. */
	GUARDIAN_NOT_CO_RESIDENT,

	/** The guardian does not meet the conditions. */
	GUARDIAN_NOT_QUALIFIED,

	/** The co-resident guardian meets the conditions. */
	GUARDIAN_QUALIFIED,

	/** No vaccination record presented. */
	VACCINATION_NOT_PRESENTED,

	/** The dose the programme requires is not among those presented. */
	REQUIRED_DOSE_NOT_PRESENTED,

	/** A dose dated after the reference date does not count on it. */
	DOSE_AFTER_REFERENCE_DATE,

	/** Dose 2 and the wait after it are complete. */
	SECOND_DOSE_WAIT_MET,

	/** Dose 2 is presented but the wait after it is not over. */
	SECOND_DOSE_WAIT_NOT_MET,

	/** Dose 3 and the wait after it are complete. */
	THIRD_DOSE_WAIT_MET,

	/** Dose 3 is presented but its day has not come. */
	THIRD_DOSE_WAIT_NOT_MET,

	/** The required dose and the wait after it are complete. */
	DOSE_WAIT_MET,

	/** The required dose is presented but the wait after it is not over. */
	DOSE_WAIT_NOT_MET,

	/** A later dose satisfies the programme without waiting (Tochigi Q31). */
	LATER_DOSE_WAIVES_WAIT,

	/** The programme does not accept test results. */
	TESTS_NOT_ACCEPTED,

	/** The plan is restricted to vaccination: test results are not considered. */
	VACCINATION_ONLY_PLAN,

	/** No test result presented. */
	TEST_NOT_PRESENTED,

	/** An item the programme requires is missing from a test notice. */
	TEST_CERTIFICATE_ITEM_MISSING,

	/** The test notice states every item the programme requires. */
	TEST_CERTIFICATE_COMPLETE,

	/** The method is one the programme accepts. */
	TEST_METHOD_ACCEPTED,

	/** The method is not accepted (e.g. a self-test). */
	TEST_METHOD_NOT_ACCEPTED,

	/**
	 * Only a kit name is stated: a qualitative antigen test under a business's
	 * supervision.
	 */
	TEST_METHOD_FROM_KIT_NAME,

	/** The notice is presented in a way the programme accepts. */
	TEST_PRESENTATION_ACCEPTED,

	/** The notice is presented in a way the programme refuses (e.g. a copy). */
	TEST_PRESENTATION_NOT_ACCEPTED,

	/** The result is negative. */
	TEST_RESULT_NEGATIVE,

	/** The result is positive. */
	TEST_RESULT_POSITIVE,

	/** The result is indeterminate. */
	TEST_RESULT_INDETERMINATE,

	/** The result is valid on the reference date. */
	TEST_VALID_ON_REFERENCE_DATE,

	/** The result expired before the reference date. */
	TEST_EXPIRED,

	/** The specimen was taken after the reference date. */
	TEST_TAKEN_AFTER_REFERENCE_DATE,

	/** Someone in the same household tested positive. */
	CO_RESIDENT_TESTED_POSITIVE

}
