package jp.sapporo.vaccinepass.rules;

/**
 * Whether a programme gives its benefit on the reference date.
 */
public enum ProgrammeStatus {

	/** In force and not suspended. */
	ACTIVE,

	/** In force but suspended (e.g. Shinshu at alert level 3 or above). */
	SUSPENDED,

	/** The reference date is outside the programme's period. */
	NOT_IN_FORCE

}
