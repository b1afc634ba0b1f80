package jp.sapporo.vaccinepass.db.resident;

import java.util.Map;
import java.util.Objects;

/**
 * A notice to a resident in the three languages of the resident app; the resident gets it
 * in their chosen language.
 *
 * @param kind a stable code, e.g. {@code RECORD_VERIFIED}
 * @param subjects subject by language ({@code ja}, {@code en}, {@code zh})
 * @param bodies text by language
 */
public record ResidentNotice(String kind, Map<String, String> subjects, Map<String, String> bodies) {

	public ResidentNotice {
		Objects.requireNonNull(kind, "kind");
		subjects = Map.copyOf(subjects);
		bodies = Map.copyOf(bodies);
		if (!subjects.containsKey("ja") || !bodies.containsKey("ja")) {
			throw new IllegalArgumentException("A notice needs at least Japanese");
		}
	}

	/**
	 * The subject in a language (Japanese when that language is missing).
	 * @param language {@code ja}, {@code en} or {@code zh}
	 * @return the subject
	 */
	public String subject(String language) {
		return this.subjects.getOrDefault(language, this.subjects.get("ja"));
	}

	/**
	 * The text in a language (Japanese when that language is missing).
	 * @param language {@code ja}, {@code en} or {@code zh}
	 * @return the text
	 */
	public String body(String language) {
		return this.bodies.getOrDefault(language, this.bodies.get("ja"));
	}

	/**
	 * Staff verified the record.
	 * @return the notice
	 */
	public static ResidentNotice recordVerified() {
		return new ResidentNotice("RECORD_VERIFIED",
				Map.of("ja", "接種記録が確認されました", "en", "Your vaccination record has been verified", "zh", "您的接种记录已确认"),
				Map.of("ja", "接種記録の確認が完了しました。お店の入口のポスターのQRコードを読み取ると、ワンタイムの接種歴画面を表示できます。", "en",
						"Your vaccination record was checked and verified. Scan the QR code on a shop's poster to show a one-time proof.",
						"zh", "您的接种记录已审核确认。扫描店铺入口海报上的二维码,即可显示一次性接种证明。"));
	}

	/**
	 * Staff returned the record.
	 * @param reason the reason staff gave
	 * @return the notice
	 */
	public static ResidentNotice recordRejected(String reason) {
		return new ResidentNotice("RECORD_REJECTED",
				Map.of("ja", "接種記録が差し戻されました", "en", "Your vaccination record was returned", "zh", "您的接种记录被退回"),
				Map.of("ja", "理由: " + reason + "\n内容を確認して、マイページから接種記録を登録し直してください。", "en",
						"Reason: " + reason
								+ "\nPlease check it and register your vaccination record again from My page.",
						"zh", "原因: " + reason + "\n请确认后,在“我的页面”重新登记接种记录。"));
	}

}
