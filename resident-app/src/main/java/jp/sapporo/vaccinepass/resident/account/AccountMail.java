package jp.sapporo.vaccinepass.resident.account;

import java.util.Locale;

import jp.sapporo.vaccinepass.db.resident.ResidentMailer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The account e-mails (verification, password reset), in the resident's language. */
@Component
class AccountMail {

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
		.getLog(AccountMail.class);

	private final ObjectProvider<ResidentMailer> mailer;

	private final MessageSource messages;

	AccountMail(ObjectProvider<ResidentMailer> mailer, MessageSource messages) {
		this.mailer = mailer;
		this.messages = messages;
	}

	void sendVerification(String email, String token, Locale locale) {
		send(email, "mail.verify", link("/verify-email", token), locale);
	}

	void sendPasswordReset(String email, String token, Locale locale) {
		send(email, "mail.reset", link("/password-reset/new", token), locale);
	}

	private void send(String email, String key, String link, Locale locale) {
		ResidentMailer sender = this.mailer.getIfAvailable();
		if (sender == null) {
			return;
		}
		try {
			sender.send(email, this.messages.getMessage(key + ".subject", null, locale),
					this.messages.getMessage(key + ".body", new Object[] { link }, locale));
		}
		catch (RuntimeException ex) {
			// the account works without it; the resident can ask again. No address in the
			// log.
			logger.warn("Could not send the " + key + " e-mail: " + ex.getClass().getSimpleName());
		}
	}

	private static String link(String path, String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).queryParam("token", token).toUriString();
	}

}
