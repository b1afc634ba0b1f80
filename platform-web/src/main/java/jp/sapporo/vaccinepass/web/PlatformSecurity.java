package jp.sapporo.vaccinepass.web;

import jp.sapporo.vaccinepass.web.login.LoginSecurity;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Security defaults every app applies before its own access rules: form login at
 * {@code /login}, logout, CSRF, a strict Content-Security-Policy without inline script,
 * no framing, the public paths every app has, and the login rules of
 * {@link LoginSecurity}.
 */
@Configuration(proxyBeanMethods = false)
public class PlatformSecurity {

	private final LoginSecurity login;

	PlatformSecurity(LoginSecurity login) {
		this.login = login;
	}

	/** Pages and assets anyone may see. */
	public static final String[] PUBLIC_PATHS = { "/login", "/error", "/css/**", "/js/**", "/favicon.ico",
			"/actuator/health", "/actuator/health/**" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; font-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Delegating encoder: bcrypt today, older hashes still verify and can be upgraded.
	 */
	@Bean
	static PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Spring Security's own observations (a trace span and timers around every filter of
	 * the chain, every authentication and every authorization) are not used: there is no
	 * tracing backend, and the HTTP server metrics ({@code http.server.requests}) stay.
	 * Without this, each filter would still be wrapped to ask whether to observe.
	 * @return no security observations
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Apply the shared defaults.
	 * @param http the app's security builder
	 * @return the same builder, for the app's own rules
	 * @throws Exception as {@link HttpSecurity} does
	 */
	public HttpSecurity applyDefaults(HttpSecurity http) throws Exception {
		return this.login.apply(http)
			.formLogin((form) -> form.loginPage("/login").permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.csrf(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(
						(permissions) -> permissions.policy("camera=(self), geolocation=(), microphone=()")));
	}

}
