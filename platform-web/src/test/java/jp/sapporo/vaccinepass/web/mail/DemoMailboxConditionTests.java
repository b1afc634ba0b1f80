package jp.sapporo.vaccinepass.web.mail;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo mailbox shows everyone's sign-up and reset links, so it is served only in the
 * demo or when asked for, never just because no mail server was configured.
 */
class DemoMailboxConditionTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(MailboxPage.class);

	@Test
	void withoutTheDemoProfileAndWithoutMailSettingsThereIsNoMailbox() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean("mailboxPage"));
	}

	@Test
	void theDemoProfileServesTheMailbox() {
		this.runner.withInitializer((context) -> context.getEnvironment().setActiveProfiles("demo"))
			.run((context) -> assertThat(context).hasBean("mailboxPage"));
	}

	@Test
	void anExplicitSettingWinsEitherWay() {
		this.runner.withPropertyValues("vaccinepass.mail.demo-mailbox=true")
			.run((context) -> assertThat(context).hasBean("mailboxPage"));
		this.runner.withInitializer((context) -> context.getEnvironment().setActiveProfiles("demo"))
			.withPropertyValues("vaccinepass.mail.demo-mailbox=false")
			.run((context) -> assertThat(context).doesNotHaveBean("mailboxPage"));
	}

	@Configuration(proxyBeanMethods = false)
	static class MailboxPage {

		@Bean
		@Conditional(DemoMailboxCondition.class)
		String mailboxPage() {
			return "mailbox";
		}

	}

}
