package jp.sapporo.vaccinepass.web.mail;

import java.util.Arrays;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The demo mailbox is served when {@code vaccinepass.mail.demo-mailbox} says so,
 * otherwise only with the {@code demo} profile. Not merely because the embedded mail
 * server is in use: a deployment that forgot its mail settings must not publish sign-up
 * and password-reset links to anyone.
 */
class DemoMailboxCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		Boolean explicit = environment.getProperty("vaccinepass.mail.demo-mailbox", Boolean.class);
		if (explicit != null) {
			return explicit;
		}
		return Arrays.asList(environment.getActiveProfiles()).contains("demo");
	}

}
