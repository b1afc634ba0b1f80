package jp.sapporo.vaccinepass.verifier.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.sapporo.vaccinepass.verifier.api.ApiKeys.ApiClient;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the {@code X-API-Key} header: a valid key authenticates the request as its
 * agency's booking system; a missing, unknown or revoked key gets 401 and a key over its
 * rate gets 429, both as the contract's error object. Not a bean (so that it runs only in
 * the API's filter chain).
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private final ApiKeys keys;

	private final RateLimiter limiter;

	private final Map<Long, Long> lastTouched = new ConcurrentHashMap<>();

	ApiKeyAuthenticationFilter(ApiKeys keys, RateLimiter limiter) {
		this.keys = keys;
		this.limiter = limiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().equals(request.getContextPath() + ApiSecurityConfiguration.OPENAPI_PATH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<ApiClient> client = this.keys.authenticate(request.getHeader(HEADER));
		if (client.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + HEADER + "\"");
			ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
					"A valid API key is required in the X-API-Key header.");
			return;
		}
		long wait = this.limiter.tryAcquire(client.get().keyId());
		if (wait > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
			ApiErrors.write(response, 429, "RATE_LIMITED", "Too many requests for this API key; retry later.");
			return;
		}
		touchNowAndThen(client.get().keyId());
		SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(client.get()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void touchNowAndThen(long keyId) {
		long now = System.currentTimeMillis();
		Long last = this.lastTouched.get(keyId);
		if (last == null || now - last > 60_000) {
			this.lastTouched.put(keyId, now);
			this.keys.touch(keyId);
		}
	}

	/** An authenticated booking system. */
	static final class ApiKeyAuthentication extends AbstractAuthenticationToken {

		private static final long serialVersionUID = 1L;

		private final transient ApiClient client;

		ApiKeyAuthentication(ApiClient client) {
			super(List.of(new SimpleGrantedAuthority("ROLE_API_CLIENT")));
			this.client = client;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public ApiClient getPrincipal() {
			return this.client;
		}

	}

}
