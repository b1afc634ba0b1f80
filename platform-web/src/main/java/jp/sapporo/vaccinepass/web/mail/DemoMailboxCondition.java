package jp.sapporo.vaccinepass.web.mail;

import java.util.Arrays;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The demo mailbox is served when {@code vaccinepass.mail.demo-mailbox} says so,
 * otherwise when the embedded mail server is used or the {@code demo} profile is active.
 */
class DemoMailboxCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		Boolean explicit = environment.getProperty("vaccinepass.mail.demo-mailbox", Boolean.class);
		if (explicit != null) {
			return explicit;
		}
		return EmbeddedMailCondition.embedded(environment)
				|| Arrays.asList(environment.getActiveProfiles()).contains("demo");
	}

}
