package jp.sapporo.vaccinepass.web.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings beyond Spring's {@code spring.mail.*}.
 *
 * @param from the sender address of every message
 * @param embedded the embedded server used when {@code spring.mail.host} is not set
 * @param demoMailbox whether {@code /demo/mailbox} is served ({@code null}: when the
 * embedded server is used or the {@code demo} profile is active)
 */
@ConfigurationProperties("vaccinepass.mail")
public record PlatformMailProperties(@DefaultValue("no-reply@vaccinepass.example.jp") String from,
		@DefaultValue Embedded embedded, Boolean demoMailbox) {

	/**
	 * The embedded mail server.
	 *
	 * @param host the address it listens on (loopback only)
	 * @param smtpPort its SMTP port; 0 picks free ports for this process alone (tests)
	 * @param imapPort its IMAP port, read by the demo mailbox
	 */
	public record Embedded(@DefaultValue("127.0.0.1") String host, @DefaultValue("3025") int smtpPort,
			@DefaultValue("3143") int imapPort) {
	}

}
