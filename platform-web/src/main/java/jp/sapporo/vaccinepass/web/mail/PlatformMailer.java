package jp.sapporo.vaccinepass.web.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends plain-text e-mail in UTF-8 (Japanese and Chinese subjects and bodies) from the
 * platform's address. Callers send after their transaction commits and keep addresses and
 * contents out of logs.
 */
public class PlatformMailer {

	private final JavaMailSender sender;

	private final String from;

	PlatformMailer(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	/**
	 * Send one message.
	 * @param to the recipient
	 * @param subject the subject
	 * @param body the plain text
	 * @throws MailSendException when the server refuses or cannot be reached
	 */
	public void send(String to, String subject, String body) {
		MimeMessage message = this.sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body, false);
		}
		catch (MessagingException ex) {
			throw new MailSendException("Could not build the message", ex);
		}
		this.sender.send(message);
	}

}
