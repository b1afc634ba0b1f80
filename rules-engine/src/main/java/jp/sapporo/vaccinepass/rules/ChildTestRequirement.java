package jp.sapporo.vaccinepass.rules;

/**
 * When children old enough need a test of their own despite a guardian.
 */
public enum ChildTestRequirement {

	/** Never (Fukuoka). */
	NEVER,

	/** Always, in principle (Tochigi Q34). */
	ALWAYS,

	/** During spread, as the programme defines it (Shinshu). */
	DURING_SPREAD

}
