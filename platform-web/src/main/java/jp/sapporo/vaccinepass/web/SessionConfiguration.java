package jp.sapporo.vaccinepass.web;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

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

	/**
	 * Plain JDBC transactions for the session's own statements (Spring Session picks this
	 * bean by its name): they need no JPA entity manager, which the default (JPA)
	 * transaction manager would open for the session read and again for its update on
	 * every request.
	 * @param dataSource the database
	 * @return the session's transactions
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new TransactionTemplate(new JdbcTransactionManager(dataSource));
	}

}
