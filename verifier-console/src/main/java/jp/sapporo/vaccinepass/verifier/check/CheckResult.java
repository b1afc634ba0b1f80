package jp.sapporo.vaccinepass.verifier.check;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What the page and the PDF show of a decision: per traveller the outcome, the reasons
 * and the guidance in plain words, and the group summary. Built from the contract's
 * decision JSON, so that a live result and a saved record look the same.
 *
 * @param programme the programme id
 * @param ruleSetVersion the rules' version
 * @param status {@code ACTIVE}, {@code SUSPENDED} or {@code NOT_IN_FORCE}
 * @param referenceDate the trip start date
 * @param eligibleCount how many get the discount
 * @param travellers one result per traveller
 */
public record CheckResult(String programme, String ruleSetVersion, String status, String referenceDate,
		int eligibleCount, List<TravellerResult> travellers) {

	/**
	 * One traveller's result.
	 *
	 * @param name the traveller's name
	 * @param outcome the outcome code
	 * @param basis the basis code, or {@code null}
	 * @param eligibleFrom first eligible day by vaccination, or {@code null}
	 * @param validUntil last valid day of a test, or {@code null}
	 * @param reasons the reasons in words
	 * @param guidance the guidance in words
	 */
	public record TravellerResult(String name, String outcome, String basis, String eligibleFrom, String validUntil,
			List<String> reasons, List<String> guidance) {

		public boolean benefits() {
			return !"NOT_ELIGIBLE".equals(this.outcome);
		}

	}

	static CheckResult of(JsonNode decision, List<String> names) {
		List<TravellerResult> travellers = new ArrayList<>();
		JsonNode people = decision.get("people");
		for (int i = 0; i < people.size(); i++) {
			JsonNode p = people.get(i);
			List<String> reasons = new ArrayList<>();
			p.get("reasons").forEach((r) -> reasons.add(r.get("message").asString()));
			List<String> guidance = new ArrayList<>();
			p.get("guidance").forEach((g) -> guidance.add(g.get("message").asString()));
			String name = (i < names.size() && names.get(i) != null) ? names.get(i) : p.get("id").asString();
			travellers.add(new TravellerResult(name, p.get("outcome").asString(), text(p, "basis"),
					text(p, "eligibleFrom"), text(p, "validUntil"), reasons, guidance));
		}
		return new CheckResult(decision.get("programme").asString(), decision.get("ruleSetVersion").asString(),
				decision.get("status").asString(), decision.get("referenceDate").asString(),
				decision.get("eligibleCount").asInt(), travellers);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
