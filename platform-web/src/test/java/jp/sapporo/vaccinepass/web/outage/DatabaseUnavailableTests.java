package jp.sapporo.vaccinepass.web.outage;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures count as "the database cannot be reached" (503) and which do not (500).
 */
class DatabaseUnavailableTests {

	@Test
	void aPoolTimeOutWhileOpeningATransactionIsAnOutage() {
		var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
		assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no connection", timeout)))
			.isTrue();
	}

	@Test
	void aRefusedConnectionIsAnOutage() {
		assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("refused"))).isTrue();
		assertThat(DatabaseUnavailable
			.causedBy(new IllegalStateException(new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))))
			.isTrue();
	}

	@Test
	void theServerShuttingDownOrStartingUpIsAnOutage() {
		assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")))
			.isTrue();
	}

	@Test
	void aRollbackThatFailsOnAConnectionThePoolClosedIsAnOutage() {
		SQLException closed = new SQLException("Connection is closed");
		closed.setStackTrace(new StackTraceElement[] {
				new StackTraceElement("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection",
						"lambda$getClosedConnection$0", null, 559) });
		assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("JDBC rollback failed", closed)))
			.isTrue();
		TransactionSystemException rollback = new TransactionSystemException("rollback failed");
		rollback.initApplicationException(new CannotGetJdbcConnectionException("broken"));
		assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed"))).isFalse();
	}

	@Test
	void aConstraintViolationOrAProgrammingErrorIsNotAnOutage() {
		assertThat(DatabaseUnavailable
			.causedBy(new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
			.isFalse();
		assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no transaction manager")))
			.isFalse();
	}

}
