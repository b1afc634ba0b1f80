package jp.sapporo.vaccinepass.resident;

import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/** The session repository runs with this app's settings. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SessionConfigurationTests {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	@Qualifier("springSessionTransactionOperations")
	TransactionOperations sessionTransactions;

	@Test
	void sessionStatementsCommitOnTheirOwnAndUpsertAttributesAndAreReadOncePerRequest() {
		assertThat(AopUtils.isAopProxy(this.sessions)).as("read once per request").isTrue();
		JdbcIndexedSessionRepository sessions = AopTestUtils.getUltimateTargetObject(this.sessions);
		assertThat(ReflectionTestUtils.getField(sessions, "transactionOperations")).isSameAs(this.sessionTransactions);
		// no transaction of its own: no COMMIT round trip after each session statement
		Boolean inTransaction = this.sessionTransactions.execute((status) -> status.isNewTransaction());
		assertThat(inTransaction).isFalse();
		assertThat((String) ReflectionTestUtils.getField(sessions, "createSessionAttributeQuery"))
			.contains("ON CONFLICT");
	}

}
