package jp.sapporo.vaccinepass.web.outage;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database outage (no connection to be had, or the server went away) from any
 * other failure, and answers it with 503 and {@code Retry-After}.
 */
final class DatabaseUnavailable {

	/** Set on a request that was answered 503 because the database was unreachable. */
	static final String ATTRIBUTE = DatabaseUnavailable.class.getName();

	/** Seconds a client should wait; a restart of PostgreSQL takes a few seconds. */
	static final String RETRY_AFTER_SECONDS = "10";

	private static final Log logger = LogFactory.getLog(DatabaseUnavailable.class);

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the failure, or anything that caused it, says the database cannot be
	 * reached.
	 * @param failure what was thrown
	 * @return true for connection failures (pool time-out, refused or broken connection,
	 * server shutting down or starting up)
	 */
	static boolean causedBy(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql
					&& (isConnectionState(sql.getSQLState()) || isConnectionClosedByPool(sql))) {
				return true;
			}
			// a failed rollback hides the failure that caused it; look at that one too
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& rollback.getApplicationException() != failure && causedBy(rollback.getApplicationException())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception), 57P01 admin shutdown, 57P02 crash
	 * shutdown, 57P03 cannot connect now (starting up or shutting down).
	 */
	private static boolean isConnectionState(String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

	/**
	 * Hikari closes a connection it saw break (a connection SQLSTATE above); a rollback
	 * on it afterwards fails with "Connection is closed", without a SQLSTATE.
	 */
	private static boolean isConnectionClosedByPool(SQLException failure) {
		StackTraceElement[] frames = failure.getStackTrace();
		return frames.length > 0 && frames[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
	}

	/**
	 * Answer 503 through the error page (rendered without the session, which lives in the
	 * unreachable database).
	 * @param request the request
	 * @param response its response, not committed yet
	 * @param failure what was thrown
	 * @throws IOException as {@link HttpServletResponse#sendError(int)} does
	 */
	static void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
		if (request.getAttribute(ATTRIBUTE) == null) {
			// no URL (it may hold a poster or proof token) and no stack trace: the
			// cause's
			// type and message say enough ("Connection to 127.0.0.1:5432 refused")
			logger.warn("Database unavailable, answering 503: " + rootCause(failure));
		}
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
		// the container's own response: wrappers that act on commit (Spring Session saves
		// the session then) would try the database again and fail
		HttpServletResponse container = response;
		while (container instanceof HttpServletResponseWrapper wrapper
				&& wrapper.getResponse() instanceof HttpServletResponse inner) {
			container = inner;
		}
		container.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		container.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	private static String rootCause(Throwable failure) {
		Throwable root = failure;
		for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
