package jp.sapporo.vaccinepass.web;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sessions in PostgreSQL, safe for concurrent requests of one session: two requests that
 * both add the same attribute (e.g. the lazily made CSRF token right after login, or a
 * double-tapped poster scan) would otherwise collide on the attribute's primary key and
 * fail with a 500. The attribute is upserted instead.
 * <p>
 * Spring Session writes the session row on every request only to move its last-access
 * time. {@link #UPDATE_SESSION} skips that write when nothing else of the row changed and
 * the stored last access is less than {@link #LAST_ACCESS_GRANULARITY} old: a session
 * then expires between {@code timeout - 1 min} and {@code timeout} after its last request
 * (never later), and a request costs no write and no WAL flush. Logout, a new session id
 * at login, a new principal or timeout are written at once, as before.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final String UPSERT_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	/** How stale the stored last-access time of a session may be (in milliseconds). */
	static final long LAST_ACCESS_GRANULARITY = 60_000;

	/**
	 * Spring Session's update of the session row, with its parameters in the same order
	 * (session id, last access, max inactive interval, expiry, principal name, primary
	 * id), that changes the row only when something other than the last access changed or
	 * the stored last access is at least {@link #LAST_ACCESS_GRANULARITY} old.
	 */
	static final String UPDATE_SESSION = """
			UPDATE %TABLE_NAME% AS S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
			    MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME, PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
			             CAST(? AS INTEGER) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
			             CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME) AS V
			WHERE S.PRIMARY_ID = ?
			AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
			     OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
			     OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %GRANULARITY%)
			"""
		.replace("%GRANULARITY%", Long.toString(LAST_ACCESS_GRANULARITY));

	/** Outside Spring Session's filter ({@code Integer.MIN_VALUE + 50}). */
	static final int READ_ONCE_FILTER_ORDER = Integer.MIN_VALUE + 40;

	@Bean
	static BeanPostProcessor sessionReadOnce() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions) ? SessionReadOnce.wrap(sessions) : bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<SessionReadOnce.Scope> sessionReadOnceScope() {
		FilterRegistrationBean<SessionReadOnce.Scope> registration = new FilterRegistrationBean<>(
				new SessionReadOnce.Scope());
		registration.setOrder(READ_ONCE_FILTER_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentSafeSessionAttributes() {
		return (repository) -> {
			repository.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
			repository.setUpdateSessionQuery(UPDATE_SESSION);
		};
	}

	/**
	 * The session's statements each commit on their own (Spring Session picks this bean
	 * by its name). A transaction around them would buy little: a read is one statement,
	 * and with {@code flush-mode=immediate} every change is saved by itself as it
	 * happens, mostly as one statement. The exception is a sign-in, which writes the
	 * principal's name and then the security context; should the second fail, the session
	 * is simply not signed in. A transaction would cost a {@code COMMIT} round trip to
	 * the database after the session read and another after its update on every request.
	 * @return the session's transactions: none
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations() {
		return TransactionOperations.withoutTransaction();
	}

}
