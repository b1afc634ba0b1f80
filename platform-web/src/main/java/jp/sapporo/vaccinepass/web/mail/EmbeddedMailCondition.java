package jp.sapporo.vaccinepass.web.mail;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * No SMTP server is configured ({@code spring.mail.host}, {@code spring.mail.jndi-name}).
 */
class EmbeddedMailCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return embedded(context.getEnvironment());
	}

	static boolean embedded(Environment environment) {
		return !environment.containsProperty("spring.mail.host")
				&& !environment.containsProperty("spring.mail.jndi-name");
	}

}
