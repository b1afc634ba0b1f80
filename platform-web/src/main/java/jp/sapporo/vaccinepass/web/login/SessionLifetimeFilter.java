package jp.sapporo.vaccinepass.web.login;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that began longer ago than the absolute lifetime, however active it has
 * been (ASVS 3.3.1; the idle timeout is Spring Session's). A session that held a login is
 * sent to the login page with "session ended"; any other request simply goes on without
 * it.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Duration lifetime;

	private final Clock clock;

	SessionLifetimeFilter(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && outlived(session)) {
			boolean signedIn = session
				.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
			session.invalidate();
			if (signedIn) {
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private boolean outlived(HttpSession session) {
		Instant began = Instant.ofEpochMilli(session.getCreationTime());
		return !this.clock.instant().isBefore(began.plus(this.lifetime));
	}

}
