package jp.sapporo.vaccinepass.web.login;

import java.time.Clock;

import jp.sapporo.vaccinepass.web.AccountDetailsService;
import jp.sapporo.vaccinepass.web.PlatformSecurity;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest app with the platform's login: the verifier console's staff accounts (demo
 * data) and one page for signed-in users. CSRF is off so that tests can post the login
 * form without reading it first. No component scan: the platform's own configuration
 * comes from its auto-configuration only.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@RestController
class LoginTestApplication {

	static final String[] PROPERTIES = { "spring.config.import=classpath:vaccinepass-platform.properties",
			"spring.flyway.locations=classpath:db/migration,classpath:db/demo", "vaccinepass.web.app=login-test",
			"spring.session.jdbc.table-name=VERIFIER_SESSION", "server.servlet.session.cookie.name=VP_TEST",
			"logging.level.com.icegreen=warn" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, PlatformSecurity platform) throws Exception {
		platform.applyDefaults(http)
			.csrf((csrf) -> csrf.disable())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PlatformSecurity.PUBLIC_PATHS)
				.permitAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

	@Bean
	UserDetailsService staffAccounts(JdbcClient jdbc, Clock clock) {
		return new AccountDetailsService(jdbc, """
				select id, username, password_hash, enabled, locked_until, role, display_name, agency_id
				from staff_account where lower(username) = lower(:username)
				""", clock);
	}

	@GetMapping("/signed-in")
	String signedIn() {
		return "signed in";
	}

}
