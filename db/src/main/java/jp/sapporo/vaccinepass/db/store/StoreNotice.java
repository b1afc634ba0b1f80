package jp.sapporo.vaccinepass.db.store;

/**
 * A decision notice to a merchant, in Japanese or English (the merchant portal's
 * languages).
 *
 * @param kind a stable code, e.g. {@code STORE_APPROVED}
 * @param subjectJa subject in Japanese
 * @param subjectEn subject in English
 * @param bodyJa text in Japanese
 * @param bodyEn text in English
 */
record StoreNotice(String kind, String subjectJa, String subjectEn, String bodyJa, String bodyEn) {

	String subject(String language) {
		return "en".equals(language) ? this.subjectEn : this.subjectJa;
	}

	String body(String language) {
		return "en".equals(language) ? this.bodyEn : this.bodyJa;
	}

	static StoreNotice approved(String storeName, boolean change, boolean newPoster, String portalUrl) {
		String posterJa = newPoster ? "新しいポスターを印刷して、以前のポスターと差し替えてください。以前のポスターのQRコードは使えなくなりました。" : "ポスターはそのままお使いいただけます。";
		String posterEn = newPoster
				? "Please print the new poster and replace the old one: the old poster's QR code no longer works."
				: "Your current poster stays valid.";
		if (change) {
			return new StoreNotice("STORE_CHANGE_APPROVED", "店舗情報の変更が承認されました: " + storeName,
					"Your store change was approved: " + storeName,
					"「" + storeName + "」の変更が承認されました。" + posterJa + "\n\n" + portalUrl,
					"The change of \"" + storeName + "\" was approved. " + posterEn + "\n\n" + portalUrl);
		}
		return new StoreNotice("STORE_APPROVED", "店舗が承認されました: " + storeName, "Your store was approved: " + storeName,
				"「" + storeName + "」が承認され、参加店舗一覧に掲載されました。加盟店ポータルからポスターを印刷して、店舗の入口に掲示してください。\n\n" + portalUrl,
				"\"" + storeName + "\" was approved and is now listed among participating stores. "
						+ "Print the poster from the merchant portal and put it at your entrance.\n\n" + portalUrl);
	}

	static StoreNotice rejected(String storeName, boolean change, String reason, String portalUrl) {
		if (change) {
			return new StoreNotice("STORE_CHANGE_REJECTED", "店舗情報の変更が差し戻されました: " + storeName,
					"Your store change was returned: " + storeName,
					"「" + storeName + "」の変更は承認されませんでした。現在のポスターと掲載内容はそのまま有効です。\n理由: " + reason + "\n\n内容を修正して再申請できます。\n"
							+ portalUrl,
					"The change of \"" + storeName
							+ "\" was not approved. Your current poster and listing stay valid.\n" + "Reason: " + reason
							+ "\n\nYou can edit and submit it again.\n" + portalUrl);
		}
		return new StoreNotice("STORE_REJECTED", "店舗の申請が差し戻されました: " + storeName,
				"Your store application was returned: " + storeName,
				"「" + storeName + "」の申請は承認されませんでした。\n理由: " + reason + "\n\n内容を修正して再申請してください。\n" + portalUrl,
				"The application for \"" + storeName + "\" was not approved.\nReason: " + reason
						+ "\n\nPlease edit it and submit it again.\n" + portalUrl);
	}

}
