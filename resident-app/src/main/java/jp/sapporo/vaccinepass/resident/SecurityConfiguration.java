package jp.sapporo.vaccinepass.resident;

import java.time.Clock;

import jp.sapporo.vaccinepass.web.AccountDetailsService;
import jp.sapporo.vaccinepass.web.PlatformSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/** Residents and visitors sign in with their e-mail address or passport number. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, PlatformSecurity platform) throws Exception {
		platform.applyDefaults(http)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PlatformSecurity.PUBLIC_PATHS)
				.permitAll()
				// sign-up, account links and the notices are open; a poster scan is not:
				// the
				// login page comes first and Spring Security's saved request returns to
				// the scan
				.requestMatchers("/signup", "/verify-email", "/password-reset", "/password-reset/new", "/terms",
						"/privacy", "/demo/mailbox")
				.permitAll()
				.anyRequest()
				.hasRole("RESIDENT"));
		return http.build();
	}

	@Bean
	UserDetailsService residentAccounts(JdbcClient jdbc, Clock clock) {
		return new AccountDetailsService(jdbc, """
				select id, coalesce(email, passport_number) as username, password_hash, enabled, locked_until,
				       'RESIDENT' as role, full_name as display_name
				from resident_account
				where lower(email) = lower(:username) or upper(passport_number) = upper(:username)
				""", clock);
	}

}
