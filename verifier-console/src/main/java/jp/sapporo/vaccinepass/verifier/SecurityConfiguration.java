package jp.sapporo.vaccinepass.verifier;

import java.time.Clock;

import jp.sapporo.vaccinepass.db.audit.AuditConfiguration;
import jp.sapporo.vaccinepass.db.proof.ProofCodeConfiguration;
import jp.sapporo.vaccinepass.db.resident.ResidentRecordsConfiguration;
import jp.sapporo.vaccinepass.db.store.StoreConfiguration;
import jp.sapporo.vaccinepass.web.AccountDetailsService;
import jp.sapporo.vaccinepass.web.PlatformSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Travel agents and city staff sign in; staff pages are for city staff only, the audit
 * log for staff leads only. The API has its own chain (see the {@code api} package).
 */
@Configuration(proxyBeanMethods = false)
@Import({ AuditConfiguration.class, ResidentRecordsConfiguration.class, ProofCodeConfiguration.class,
		StoreConfiguration.class })
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, PlatformSecurity platform) throws Exception {
		platform.applyDefaults(http)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PlatformSecurity.PUBLIC_PATHS)
				.permitAll()
				.requestMatchers("/staff/audit/**")
				.hasRole("CITY_STAFF_LEAD")
				.requestMatchers("/staff/**")
				.hasRole("CITY_STAFF")
				.requestMatchers("/agent/**")
				.hasRole("TRAVEL_AGENT")
				.anyRequest()
				.hasAnyRole("TRAVEL_AGENT", "CITY_STAFF"));
		return http.build();
	}

	@Bean
	UserDetailsService staffAccounts(JdbcClient jdbc, Clock clock) {
		return new AccountDetailsService(jdbc, """
				select id, username, password_hash, enabled, locked_until, role, display_name, agency_id
				from staff_account where lower(username) = lower(:username)
				""", clock);
	}

}
