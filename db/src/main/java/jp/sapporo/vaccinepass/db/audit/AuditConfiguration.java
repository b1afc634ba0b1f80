package jp.sapporo.vaccinepass.db.audit;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log bean. An app imports it: {@code @Import(AuditConfiguration.class)}; it
 * needs a {@link JdbcClient} and a {@link Clock}, and names itself by
 * {@code vaccinepass.web.app}.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

	@Bean
	AuditLog auditLog(JdbcClient jdbc, Clock clock, @Value("${vaccinepass.web.app:app}") String app) {
		return new AuditLog(jdbc, clock, app);
	}

}
