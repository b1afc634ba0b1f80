package jp.sapporo.vaccinepass.rules;

/**
 * Which groups are checked (Tochigi Q25: a table of 5 or more, all of them).
 *
 * @param checkedFromTableSize the smallest table that is checked
 */
public record GroupRule(int checkedFromTableSize) {

	public GroupRule {
		if (checkedFromTableSize < 1) {
			throw new IllegalArgumentException("checkedFromTableSize must be positive");
		}
	}

}
