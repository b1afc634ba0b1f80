package jp.sapporo.vaccinepass.web.outage;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter (before the session and security filters): a failure to reach the
 * database while loading the session or the signed-in user answers 503 too, and the 503
 * page is rendered without the session cookie, so that it does not try the database again
 * and renders as for an anonymous visitor.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	/** Where Spring Session's filter keeps the session of the request. */
	private static final String CURRENT_SESSION = SessionRepository.class.getName() + ".CURRENT_SESSION";

	private final String sessionCookie;

	DatabaseUnavailableFilter(String sessionCookie) {
		this.sessionCookie = sessionCookie;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(DatabaseUnavailable.ATTRIBUTE) != null) {
			// forget the session and the signed-in user of the failed dispatch: the error
			// page renders as for an anonymous visitor and saves no session
			request.removeAttribute(CURRENT_SESSION);
			request.removeAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
			chain.doFilter(new WithoutSessionCookie(request, this.sessionCookie), response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted() || !DatabaseUnavailable.causedBy(ex)) {
				throw ex;
			}
			DatabaseUnavailable.answer(request, response, ex);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	private static final class WithoutSessionCookie extends HttpServletRequestWrapper {

		private final String sessionCookie;

		WithoutSessionCookie(HttpServletRequest request, String sessionCookie) {
			super(request);
			this.sessionCookie = sessionCookie;
		}

		@Override
		public Cookie[] getCookies() {
			Cookie[] cookies = super.getCookies();
			if (cookies == null) {
				return null;
			}
			return Arrays.stream(cookies)
				.filter((cookie) -> !cookie.getName().equals(this.sessionCookie))
				.toArray(Cookie[]::new);
		}

	}

}
