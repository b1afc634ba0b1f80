package jp.sapporo.vaccinepass.web.mail;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail sent through the embedded server arrives, in UTF-8, in the demo mailbox. */
class PlatformMailTests {

	private static EmbeddedMailServer server;

	private static PlatformMailer mailer;

	@BeforeAll
	static void start() {
		server = EmbeddedMailServer.startOrJoin("127.0.0.1", 0, 0);
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(server.host());
		sender.setPort(server.smtpPort());
		mailer = new PlatformMailer(sender, "no-reply@vaccinepass.example.jp");
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void aJapaneseMessageArrivesInTheRecipientsMailboxOnly() {
		mailer.send("shop@example.jp", "メールアドレスの確認", "次のリンクを開いてください:\nhttp://localhost:8081/verify?token=abc\n以上");
		List<MailboxMessage> messages = new DemoMailbox(server.host(), server.imapPort()).messages("shop@example.jp");
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).subject()).isEqualTo("メールアドレスの確認");
		assertThat(messages.get(0).parts()).extracting(MailboxMessage.Part::link)
			.contains("http://localhost:8081/verify?token=abc");
		assertThat(new DemoMailbox(server.host(), server.imapPort()).messages("other@example.jp")).isEmpty();
	}

	@Test
	void aSecondAppJoinsTheRunningServerInsteadOfStartingAnother() {
		EmbeddedMailServer joined = EmbeddedMailServer.startOrJoin(server.host(), server.smtpPort(), server.imapPort());
		assertThat(server.owned()).isTrue();
		assertThat(joined.owned()).isFalse();
		joined.close();
		mailer.send("still-running@example.jp", "subject", "body");
		assertThat(new DemoMailbox(server.host(), server.imapPort()).messages("still-running@example.jp")).hasSize(1);
	}

	@Test
	void anAppThatJoinedTakesOverWhenTheStartingAppStops() {
		EmbeddedMailServer first = EmbeddedMailServer.startOrJoin("127.0.0.1", 0, 0);
		EmbeddedMailServer joined = EmbeddedMailServer.startOrJoin(first.host(), first.smtpPort(), first.imapPort());
		first.close();
		joined.ensureRunning();
		assertThat(joined.owned()).isTrue();
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(joined.host());
		sender.setPort(joined.smtpPort());
		new PlatformMailer(sender, "no-reply@vaccinepass.example.jp").send("later@example.jp", "件名", "本文");
		assertThat(new DemoMailbox(joined.host(), joined.imapPort()).messages("later@example.jp")).hasSize(1);
		joined.close();
	}

	@Test
	void linksInABodyAreSeparatedFromTheText() {
		MailboxMessage message = new MailboxMessage("a@example.jp", "s", null, "open https://x.example/a?b=1 now");
		assertThat(message.parts()).containsExactly(new MailboxMessage.Part("open ", null),
				new MailboxMessage.Part("https://x.example/a?b=1", "https://x.example/a?b=1"),
				new MailboxMessage.Part(" now", null));
	}

}
