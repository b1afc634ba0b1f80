package jp.sapporo.vaccinepass.verifier.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The API's own filter chain, checked before the console's: an API key on every request,
 * no session, no CSRF (no cookies are used), no login page.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	/** The OpenAPI document, readable without a key. */
	static final String OPENAPI_PATH = "/api/v1/openapi.yaml";

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeys keys,
			@Value("${vaccinepass.api.requests-per-minute:600}") int requestsPerMinute) throws Exception {
		RateLimiter limiter = new RateLimiter(requestsPerMinute, System::nanoTime);
		http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, limiter), AuthorizationFilter.class)
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> ApiErrors.write(response, 401, "UNAUTHORIZED",
						"A valid API key is required in the X-API-Key header."))
				.accessDeniedHandler((request, response, ex) -> ApiErrors.write(response, 403, "FORBIDDEN",
						"This API key may not do that.")))
			.authorizeHttpRequests((
					requests) -> requests.requestMatchers(OPENAPI_PATH).permitAll().anyRequest().hasRole("API_CLIENT"));
		return http.build();
	}

}
