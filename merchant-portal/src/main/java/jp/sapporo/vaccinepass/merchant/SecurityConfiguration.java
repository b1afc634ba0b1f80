package jp.sapporo.vaccinepass.merchant;

import java.time.Clock;

import jp.sapporo.vaccinepass.web.AccountDetailsService;
import jp.sapporo.vaccinepass.web.PlatformSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Merchants sign in; sign-up, e-mail verification, password reset and the public
 * directory need no login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, PlatformSecurity platform) throws Exception {
		platform.applyDefaults(http)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PlatformSecurity.PUBLIC_PATHS)
				.permitAll()
				.requestMatchers("/directory", "/directory/**", "/directory.json", "/directory.csv")
				.permitAll()
				.requestMatchers("/signup", "/signup/**", "/verify", "/password/**", "/terms")
				.permitAll()
				.anyRequest()
				.hasRole("MERCHANT"));
		return http.build();
	}

	/** An account can log in once its e-mail address is verified. */
	@Bean
	UserDetailsService merchantLogins(JdbcClient jdbc, Clock clock) {
		return new AccountDetailsService(jdbc, """
				select id, email as username, password_hash, (enabled and email_verified_at is not null) as enabled,
				       locked_until, 'MERCHANT' as role, contact_name as display_name
				from merchant_account where lower(email) = lower(:username)
				""", clock);
	}

}
