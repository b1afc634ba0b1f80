package jp.sapporo.vaccinepass.web.outage;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * A friendly 503 while the database is unreachable. With the pool's short connection
 * time-out ({@code vaccinepass-platform.properties}) a request fails within about two
 * seconds instead of hanging, and the next request after PostgreSQL is back succeeds: the
 * pool reconnects by itself, no restart needed.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class DatabaseOutageAutoConfiguration {

	/** Before Spring Session's filter ({@code Integer.MIN_VALUE + 50}) and security. */
	static final int FILTER_ORDER = Integer.MIN_VALUE + 20;

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(sessionCookie));
		registration.setOrder(FILTER_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	DatabaseUnavailableExceptionResolver databaseUnavailableExceptionResolver() {
		return new DatabaseUnavailableExceptionResolver();
	}

}
