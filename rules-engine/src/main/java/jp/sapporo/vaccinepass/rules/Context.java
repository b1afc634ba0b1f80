package jp.sapporo.vaccinepass.rules;

/**
 * The circumstances of a check. Every field may be left at its default.
 *
 * @param crossPrefecture travel across a prefecture boundary
 * @param alertLevel the national infection alert level ({@code null} when unknown)
 * @param priorityMeasures the area is under priority measures (まん延防止等重点措置)
 * @param schoolActivity a school trip or other school activity
 * @param vaccinationOnly the plan accepts vaccination only (with the traveller's consent)
 * @param tableSize people at one restaurant table ({@code null}: the people in the
 * request)
 */
public record Context(boolean crossPrefecture, Integer alertLevel, boolean priorityMeasures, boolean schoolActivity,
		boolean vaccinationOnly, Integer tableSize) {

	private static final Context DEFAULTS = new Context(false, null, false, false, false, null);

	/**
	 * No special circumstances.
	 * @return the context
	 */
	public static Context defaults() {
		return DEFAULTS;
	}

	public Context withCrossPrefecture(boolean crossPrefecture) {
		return new Context(crossPrefecture, this.alertLevel, this.priorityMeasures, this.schoolActivity,
				this.vaccinationOnly, this.tableSize);
	}

	public Context withAlertLevel(Integer alertLevel) {
		return new Context(this.crossPrefecture, alertLevel, this.priorityMeasures, this.schoolActivity,
				this.vaccinationOnly, this.tableSize);
	}

	public Context withPriorityMeasures(boolean priorityMeasures) {
		return new Context(this.crossPrefecture, this.alertLevel, priorityMeasures, this.schoolActivity,
				this.vaccinationOnly, this.tableSize);
	}

	public Context withSchoolActivity(boolean schoolActivity) {
		return new Context(this.crossPrefecture, this.alertLevel, this.priorityMeasures, schoolActivity,
				this.vaccinationOnly, this.tableSize);
	}

	public Context withVaccinationOnly(boolean vaccinationOnly) {
		return new Context(this.crossPrefecture, this.alertLevel, this.priorityMeasures, this.schoolActivity,
				vaccinationOnly, this.tableSize);
	}

	public Context withTableSize(Integer tableSize) {
		return new Context(this.crossPrefecture, this.alertLevel, this.priorityMeasures, this.schoolActivity,
				this.vaccinationOnly, tableSize);
	}

}
