package jp.sapporo.vaccinepass.db.resident;

/**
 * Sends a notice to a resident by e-mail. The database module knows no mail server: an
 * app that can send mail (the platform's mail support) provides this as a bean, and every
 * notice is then also e-mailed, after its row is committed.
 */
@FunctionalInterface
public interface ResidentMailer {

	/**
	 * Send one plain-text message.
	 * @param to the resident's e-mail address
	 * @param subject the subject, in the resident's language
	 * @param body the text, in the resident's language
	 */
	void send(String to, String subject, String body);

}
