package jp.sapporo.vaccinepass.db.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a merchant registers for a store: one revision's content. Strings are trimmed;
 * optional ones are {@code null} when blank. Field-level validation with messages is the
 * form's job; this only refuses what the schema would refuse.
 *
 * @param nameJa store name in Japanese
 * @param nameEn optional English name or reading
 * @param municipalityCode one of the 12 municipalities ({@code municipality.code})
 * @param address street address
 * @param categoryCode {@code business_category.code}
 * @param perkJa the perk in Japanese
 * @param perkEn optional English perk
 * @param perkZh optional Chinese perk
 * @param perkConditions optional conditions of the perk
 * @param contactPhone contact phone
 * @param contactEmail contact e-mail
 */
public record StoreDetails(String nameJa, String nameEn, String municipalityCode, String address, String categoryCode,
		String perkJa, String perkEn, String perkZh, String perkConditions, String contactPhone, String contactEmail) {

	/** The fields of {@link #changedFrom(StoreDetails)}, in form order. */
	public static final List<String> FIELDS = List.of("nameJa", "nameEn", "municipalityCode", "address", "categoryCode",
			"perkJa", "perkEn", "perkZh", "perkConditions", "contactPhone", "contactEmail");

	public StoreDetails {
		nameJa = required(nameJa, "nameJa", 100);
		nameEn = optional(nameEn, "nameEn", 100);
		municipalityCode = required(municipalityCode, "municipalityCode", 6);
		address = required(address, "address", 300);
		categoryCode = required(categoryCode, "categoryCode", 30);
		perkJa = required(perkJa, "perkJa", 500);
		perkEn = optional(perkEn, "perkEn", 500);
		perkZh = optional(perkZh, "perkZh", 500);
		perkConditions = optional(perkConditions, "perkConditions", 1000);
		contactPhone = required(contactPhone, "contactPhone", 30);
		contactEmail = required(contactEmail, "contactEmail", 254);
	}

	/**
	 * The fields that differ from an earlier revision (names as in {@link #FIELDS}).
	 * @param before the earlier revision, or {@code null} for a new store (then every
	 * field that has a value counts as changed)
	 * @return the changed fields, in form order
	 */
	public List<String> changedFrom(StoreDetails before) {
		List<String> changed = new ArrayList<>();
		for (String field : FIELDS) {
			Object now = value(field);
			Object then = (before != null) ? before.value(field) : null;
			if (!Objects.equals(now, then)) {
				changed.add(field);
			}
		}
		return changed;
	}

	/**
	 * Whether what the poster shows (name, perk) differs, so that approving this revision
	 * needs a new poster.
	 * @param before the published revision
	 * @return whether the poster must be replaced
	 */
	public boolean posterDiffers(StoreDetails before) {
		return before == null || !Objects.equals(this.nameJa, before.nameJa)
				|| !Objects.equals(this.nameEn, before.nameEn) || !Objects.equals(this.perkJa, before.perkJa)
				|| !Objects.equals(this.perkEn, before.perkEn) || !Objects.equals(this.perkZh, before.perkZh);
	}

	String value(String field) {
		return switch (field) {
			case "nameJa" -> this.nameJa;
			case "nameEn" -> this.nameEn;
			case "municipalityCode" -> this.municipalityCode;
			case "address" -> this.address;
			case "categoryCode" -> this.categoryCode;
			case "perkJa" -> this.perkJa;
			case "perkEn" -> this.perkEn;
			case "perkZh" -> this.perkZh;
			case "perkConditions" -> this.perkConditions;
			case "contactPhone" -> this.contactPhone;
			case "contactEmail" -> this.contactEmail;
			default -> throw new IllegalArgumentException(field);
		};
	}

	private static String required(String value, String field, int max) {
		String trimmed = optional(value, field, max);
		if (trimmed == null) {
			throw new IllegalArgumentException(field + " is required");
		}
		return trimmed;
	}

	private static String optional(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > max) {
			throw new IllegalArgumentException(field + " is longer than " + max);
		}
		return trimmed;
	}

}
