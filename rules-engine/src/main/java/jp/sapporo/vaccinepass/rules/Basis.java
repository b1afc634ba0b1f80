package jp.sapporo.vaccinepass.rules;

/**
 * On what grounds a person gets the benefit.
 */
public enum Basis {

	/** Enough doses, and the wait after the last required dose is over. */
	VACCINATION,

	/** A negative test valid on the reference date. */
	TEST,

	/** A child under the age limit accompanied by a qualifying co-resident guardian. */
	CHILD_WITH_GUARDIAN,

	/** A school activity: the programme does not check pupils. */
	SCHOOL_ACTIVITY,

	/** A table below the size the programme checks. */
	SMALL_GROUP

}
