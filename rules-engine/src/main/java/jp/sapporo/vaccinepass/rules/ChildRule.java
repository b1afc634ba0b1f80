package jp.sapporo.vaccinepass.rules;

import java.util.Objects;

/**
 * How children are treated.
 *
 * @param ageLimit children under this age (12) are exempt when accompanied by a
 * co-resident guardian who meets the conditions
 * @param testRequirement when children from {@code testFromAge} need a test of their own
 * anyway
 * @param testFromAge the age from which that applies (6)
 * @param spread the conditions of {@link ChildTestRequirement#DURING_SPREAD}
 */
public record ChildRule(int ageLimit, ChildTestRequirement testRequirement, int testFromAge, SpreadCondition spread) {

	public ChildRule {
		Objects.requireNonNull(testRequirement, "testRequirement");
		if (ageLimit < 1 || testFromAge < 0) {
			throw new IllegalArgumentException("age limits must be positive");
		}
		if (testRequirement == ChildTestRequirement.DURING_SPREAD && spread == null) {
			throw new IllegalArgumentException("DURING_SPREAD needs its conditions");
		}
	}

	boolean testRequired(int age, Context context) {
		if (age < this.testFromAge) {
			return false;
		}
		return switch (this.testRequirement) {
			case NEVER -> false;
			case ALWAYS -> true;
			case DURING_SPREAD -> this.spread.appliesTo(context);
		};
	}

}
