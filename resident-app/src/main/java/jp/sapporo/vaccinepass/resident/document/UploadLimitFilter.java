package jp.sapporo.vaccinepass.resident.document;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over the server's multipart limit cannot be read at all, so no controller
 * sees it and Spring Security fails reading its CSRF token: the browser would get a bare
 * 413. Instead it is sent back to the form, which says the file is larger than 10 MB.
 * Runs after the character encoding filter (so form fields decode as UTF-8) and before
 * Spring Security (order -100).
 */
@Component
@Order(-150)
class UploadLimitFilter extends OncePerRequestFilter {

	/** The query parameter the forms read to show the "too large" message. */
	static final String TOO_LARGE = "tooLarge";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod()) && request.getContentType() != null
				&& request.getContentType().startsWith("multipart/") && overLimit(request)) {
			response.sendRedirect(request.getRequestURI() + "?" + TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean overLimit(HttpServletRequest request) {
		try {
			request.getParts();
			return false;
		}
		catch (IOException | ServletException | IllegalStateException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof SizeException) {
					return true;
				}
			}
			// any other malformed upload is left to the usual handling
			return false;
		}
	}

}
