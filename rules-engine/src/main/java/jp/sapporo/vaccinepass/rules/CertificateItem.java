package jp.sapporo.vaccinepass.rules;

/**
 * An item a programme may require a test notice to state (Fukuoka: 「①受検者氏名、②検査結果、③検査方法、
 * ④検査所名、⑤検体採取日、⑥検査管理者氏名、⑦有効期限」).
 */
public enum CertificateItem {

	/** ① the tested person's name. */
	HOLDER_NAME,

	/** ② the result. */
	RESULT,

	/**
	 * ③ the method, or the kit name instead for a qualitative antigen test run under a
	 * business's supervision.
	 */
	METHOD,

	/** ④ the test site, or the business's name instead for such a test. */
	SITE,

	/** ⑤ the specimen collection date. */
	SPECIMEN_DATE,

	/** ⑥ the supervisor's name. */
	SUPERVISOR,

	/** ⑦ the expiry date. */
	EXPIRY_DATE;

	boolean statedOn(TestResult test) {
		return switch (this) {
			case HOLDER_NAME -> present(test.holderName());
			case RESULT -> test.result() != null;
			case METHOD -> test.method() != null || present(test.kitName());
			case SITE -> present(test.site());
			case SPECIMEN_DATE -> test.specimenDate() != null;
			case SUPERVISOR -> present(test.supervisor());
			case EXPIRY_DATE -> test.expiryDate() != null;
		};
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
