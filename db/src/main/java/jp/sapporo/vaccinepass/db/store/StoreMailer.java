package jp.sapporo.vaccinepass.db.store;

/**
 * Sends a notice to a merchant by e-mail. The database module knows no mail server: the
 * platform's mail support provides this as a bean, and every decision notice is then also
 * e-mailed after its row is committed.
 */
@FunctionalInterface
public interface StoreMailer {

	/**
	 * Send one plain-text message.
	 * @param to the merchant's e-mail address
	 * @param subject the subject, in the merchant's language
	 * @param body the text, in the merchant's language
	 */
	void send(String to, String subject, String body);

}
