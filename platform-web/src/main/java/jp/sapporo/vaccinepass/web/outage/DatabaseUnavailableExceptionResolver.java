package jp.sapporo.vaccinepass.web.outage;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A controller that failed because the database is unreachable answers 503, before any
 * other resolver (an app's own {@code @ExceptionHandler} included) turns it into a 500.
 */
class DatabaseUnavailableExceptionResolver implements HandlerExceptionResolver, Ordered {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (response.isCommitted() || !DatabaseUnavailable.causedBy(failure)) {
			return null;
		}
		try {
			DatabaseUnavailable.answer(request, response, failure);
			return new ModelAndView();
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	@Override
	public int getOrder() {
		// right after DefaultErrorAttributes (highest precedence), which only records the
		// failure
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
