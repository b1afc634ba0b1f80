package jp.sapporo.vaccinepass.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each HTTP session is read from the database once per request. Spring Session's filter
 * reads the session a second time at the end of every request whose answer was sent while
 * it ran (spring-session issue 1731): a second query and a second deserialisation of all
 * its attributes after the page has gone out, for nothing, and a database that stopped at
 * that moment broke an answer that was already on its way.
 * <p>
 * {@link #wrap} puts the session repository behind a proxy that remembers the sessions it
 * read while {@link Scope} (a filter outside Spring Session's) handles a request; outside
 * a request it reads through.
 */
final class SessionReadOnce implements MethodInterceptor {

	private static final ThreadLocal<Map<String, Session>> READ = new ThreadLocal<>();

	private SessionReadOnce() {
	}

	/**
	 * @param repository the session repository
	 * @return a proxy of the same class that reads each session once per request
	 */
	static Object wrap(SessionRepository<?> repository) {
		ProxyFactory proxy = new ProxyFactory(repository);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice(new SessionReadOnce());
		return proxy.getProxy(repository.getClass().getClassLoader());
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		Map<String, Session> read = READ.get();
		String method = invocation.getMethod().getName();
		if (read == null || invocation.getArguments().length != 1
				|| !(invocation.getArguments()[0] instanceof String id)) {
			return invocation.proceed();
		}
		if ("findById".equals(method)) {
			Session session = read.get(id);
			// a session whose id changed (at login) is no longer found under the old id
			if (session != null && session.getId().equals(id)) {
				return session;
			}
			Object found = invocation.proceed();
			if (found instanceof Session loaded) {
				read.put(id, loaded);
			}
			return found;
		}
		if ("deleteById".equals(method)) {
			read.values().removeIf((session) -> session.getId().equals(id));
			read.remove(id);
		}
		return invocation.proceed();
	}

	/** The request during which sessions that were read are remembered. */
	static final class Scope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			READ.set(new HashMap<>());
			try {
				chain.doFilter(request, response);
			}
			finally {
				READ.remove();
			}
		}

	}

}
