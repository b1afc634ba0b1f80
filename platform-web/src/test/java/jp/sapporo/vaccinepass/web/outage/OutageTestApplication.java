package jp.sapporo.vaccinepass.web.outage;

import java.time.Clock;

import jp.sapporo.vaccinepass.web.AccountDetailsService;
import jp.sapporo.vaccinepass.web.PlatformSecurity;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal app on the platform: residents sign in as in the resident app, and one page
 * reads the database.
 */
@SpringBootApplication
class OutageTestApplication {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, PlatformSecurity platform) throws Exception {
		platform.applyDefaults(http)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PlatformSecurity.PUBLIC_PATHS)
				.permitAll()
				.requestMatchers("/residents")
				.permitAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

	@Bean
	UserDetailsService residentAccounts(JdbcClient jdbc, Clock clock) {
		return new AccountDetailsService(jdbc, """
				select id, email as username, password_hash, enabled, locked_until,
				       'RESIDENT' as role, full_name as display_name
				from resident_account where lower(email) = lower(:username)
				""", clock);
	}

	@RestController
	static class ResidentCount {

		private final JdbcClient jdbc;

		ResidentCount(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		/**
		 * Run after the read of {@code /mine/then}: the test stops the database there.
		 */
		static volatile Runnable afterRead = () -> {
		};

		@GetMapping({ "/residents", "/mine" })
		String residents() {
			return "residents=" + this.jdbc.sql("select count(*) from resident_account").query(Long.class).single();
		}

		@GetMapping("/mine/then")
		String residentsThen() {
			String page = residents();
			afterRead.run();
			return page;
		}

	}

}
