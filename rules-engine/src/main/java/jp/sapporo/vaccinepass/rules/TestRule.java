package jp.sapporo.vaccinepass.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a test result qualifies a person.
 *
 * @param accepted whether the programme accepts tests at all
 * @param validityDays accepted methods and the days a negative result stays valid after
 * the specimen date (PCR 3: collected 12-01 → valid through 12-04)
 * @param requiredItems items the notice must state
 * @param presentations accepted ways of showing the notice
 */
public record TestRule(boolean accepted, Map<TestMethod, Integer> validityDays, List<CertificateItem> requiredItems,
		Set<Presentation> presentations) {

	public TestRule {
		validityDays = (validityDays == null || validityDays.isEmpty()) ? Map.of()
				: Collections.unmodifiableMap(new EnumMap<>(validityDays));
		requiredItems = (requiredItems != null) ? List.copyOf(requiredItems) : List.of();
		presentations = (presentations == null || presentations.isEmpty()) ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(presentations));
		if (accepted && validityDays.isEmpty()) {
			throw new IllegalArgumentException("a programme that accepts tests must accept a method");
		}
		for (Integer days : validityDays.values()) {
			if (days == null || days < 0) {
				throw new IllegalArgumentException("validity days must not be negative");
			}
		}
	}

	/**
	 * A programme that does not accept tests.
	 * @return the rule
	 */
	public static TestRule none() {
		return new TestRule(false, Map.of(), List.of(), Set.of());
	}

}
