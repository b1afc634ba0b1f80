package jp.sapporo.vaccinepass.rules;

/**
 * What "during spread" means for a programme (Shinshu: 「国の感染警戒レベル2 かつ まん延防止重点措置の指定」, on
 * travel across prefectures).
 *
 * @param alertLevelAtLeast the national alert level from which it applies
 * @param priorityMeasures whether priority measures must be in place as well
 * @param crossPrefecture whether only travel across prefectures is concerned
 */
public record SpreadCondition(int alertLevelAtLeast, boolean priorityMeasures, boolean crossPrefecture) {

	boolean appliesTo(Context context) {
		Integer level = context.alertLevel();
		return level != null && level >= this.alertLevelAtLeast
				&& (!this.priorityMeasures || context.priorityMeasures())
				&& (!this.crossPrefecture || context.crossPrefecture());
	}

}
