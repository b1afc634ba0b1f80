package jp.sapporo.vaccinepass.resident;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions in PostgreSQL, safe for concurrent requests of one session: two requests that
 * both add the same attribute (e.g. the lazily made CSRF token right after login, or a
 * double-tapped poster scan) would otherwise collide on the attribute's primary key and
 * fail with a 500. The attribute is upserted instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final String UPSERT_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentSafeSessionAttributes() {
		return (repository) -> repository.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
	}

}
