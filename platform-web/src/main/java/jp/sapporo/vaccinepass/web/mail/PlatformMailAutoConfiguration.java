package jp.sapporo.vaccinepass.web.mail;

import jp.sapporo.vaccinepass.db.resident.ResidentMailer;
import jp.sapporo.vaccinepass.db.store.StoreMailer;
import jp.sapporo.vaccinepass.web.PlatformSecurity;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Mail for every app: a {@link PlatformMailer} over Spring Mail, the senders the shared
 * services use ({@link StoreMailer}, {@link ResidentMailer}), the embedded server when no
 * SMTP host is configured, and the demo mailbox page.
 */
@AutoConfiguration(afterName = "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration",
		beforeName = "org.springframework.boot.mail.autoconfigure.MailHealthContributorAutoConfiguration")
@EnableConfigurationProperties(PlatformMailProperties.class)
@Import({ PlatformMailAutoConfiguration.Embedded.class, PlatformMailAutoConfiguration.Mailbox.class })
public class PlatformMailAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PlatformMailer platformMailer(JavaMailSender sender, PlatformMailProperties properties) {
		return new PlatformMailer(sender, properties.from());
	}

	@Bean
	@ConditionalOnMissingBean
	StoreMailer storeMailer(PlatformMailer mailer) {
		return mailer::send;
	}

	@Bean
	@ConditionalOnMissingBean
	ResidentMailer residentMailer(PlatformMailer mailer) {
		return mailer::send;
	}

	/** No SMTP host configured: the embedded server and a sender pointed at it. */
	@Configuration(proxyBeanMethods = false)
	@Conditional(EmbeddedMailCondition.class)
	static class Embedded {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		EmbeddedMailServer embeddedMailServer(PlatformMailProperties properties) {
			PlatformMailProperties.Embedded embedded = properties.embedded();
			return EmbeddedMailServer.startOrJoin(embedded.host(), embedded.smtpPort(), embedded.imapPort());
		}

		@Bean
		@ConditionalOnMissingBean(JavaMailSender.class)
		JavaMailSenderImpl mailSender(EmbeddedMailServer server) {
			JavaMailSenderImpl sender = new JavaMailSenderImpl() {
				@Override
				protected void doSend(jakarta.mail.internet.MimeMessage[] mimeMessages, Object[] originalMessages) {
					server.ensureRunning();
					super.doSend(mimeMessages, originalMessages);
				}
			};
			sender.setHost(server.host());
			sender.setPort(server.smtpPort());
			sender.setDefaultEncoding("UTF-8");
			sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "3000");
			sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
			return sender;
		}

		/**
		 * The embedded server is a demo tool: it never makes the app unhealthy (Spring's
		 * mail health check would report DOWN when the app that started it stops).
		 */
		@Bean
		HealthIndicator mailHealthIndicator(EmbeddedMailServer server) {
			return () -> Health.up().withDetail("embedded", true).withDetail("owned", server.owned()).build();
		}

	}

	/**
	 * The demo mailbox page, open to anyone: only in the demo or with the embedded
	 * server.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(DemoMailboxCondition.class)
	@Import(DemoMailboxController.class)
	static class Mailbox {

		@Bean
		@ConditionalOnMissingBean
		DemoMailbox demoMailbox(PlatformMailProperties properties,
				org.springframework.beans.factory.ObjectProvider<EmbeddedMailServer> server) {
			EmbeddedMailServer embedded = server.getIfAvailable();
			return (embedded != null) ? new DemoMailbox(embedded.host(), embedded.imapPort())
					: new DemoMailbox(properties.embedded().host(), properties.embedded().imapPort());
		}

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE + 10)
		SecurityFilterChain demoMailboxSecurity(HttpSecurity http, PlatformSecurity platform) throws Exception {
			platform.applyDefaults(http.securityMatcher("/demo/mailbox"))
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
			return http.build();
		}

	}

}
