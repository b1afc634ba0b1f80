package jp.sapporo.vaccinepass.web.outage;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The outermost filter turns a database outage into 503, and only that. */
class DatabaseUnavailableFilterTests {

	private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter("VP_TEST");

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/s/poster");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void anOutageWhileLoadingTheSessionAnswers503WithRetryAfter() throws Exception {
		FilterChain chain = (req, res) -> {
			throw outage();
		};
		this.filter.doFilter(this.request, this.response, chain);
		assertThat(this.response.getStatus()).isEqualTo(503);
		assertThat(this.response.getHeader("Retry-After")).isEqualTo("10");
	}

	@Test
	void aSessionThatCannotBeSavedAfterThe503WasAnsweredLeavesThe503() throws Exception {
		// the controller's query failed (503 answered), then saving the session at the
		// end of the request failed as well
		FilterChain chain = (req, res) -> {
			DatabaseUnavailable.answer((HttpServletRequest) req, (HttpServletResponse) res, outage());
			throw outage();
		};
		this.filter.doFilter(this.request, this.response, chain);
		assertThat(this.response.getStatus()).isEqualTo(503);
	}

	@Test
	void anyOtherFailureIsLeftToTheUsualErrorHandling() {
		FilterChain chain = (req, res) -> {
			throw new IllegalStateException("a bug");
		};
		assertThatIllegalStateException().isThrownBy(() -> this.filter.doFilter(this.request, this.response, chain));
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

	private static CannotCreateTransactionException outage() {
		return new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
	}

}
