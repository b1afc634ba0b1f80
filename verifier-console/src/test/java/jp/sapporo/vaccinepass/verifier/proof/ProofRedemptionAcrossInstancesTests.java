package jp.sapporo.vaccinepass.verifier.proof;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.sapporo.vaccinepass.db.proof.ProofClaims;
import jp.sapporo.vaccinepass.db.proof.ProofCodeSigner;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7: "50 concurrent redemptions of one proof across two app instances give exactly
 * one success, in each of 100 repetitions". Real HTTP, logged-in checkers whose sessions
 * hop between the two instances, one PostgreSQL; the replay key is the primary key of
 * {@code proof_code_redemption} ({@code insert ... on conflict do nothing}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProofRedemptionAcrossInstancesTests {

	private static final int REPETITIONS = 100;

	private static final int CONCURRENT = 50;

	private static final String[] CHECKERS = { "staff@city.sapporo.example.jp", "lead@city.sapporo.example.jp",
			"agent@shinshu-travel.example.jp", "agent@hokkaido-tours.example.jp" };

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProofCodeSigner signer;

	@Autowired
	MessageSource messages;

	private ConfigurableApplicationContext second;

	private int[] ports;

	@BeforeAll
	void startTheSecondInstance() {
		this.second = SecondInstance.start(this.environment);
		this.ports = new int[] { this.port, SecondInstance.port(this.second) };
	}

	@AfterAll
	void stopTheSecondInstance() {
		this.second.close();
	}

	@Test
	void bothInstancesUseTheSameDatabase() {
		JdbcClient other = this.second.getBean(JdbcClient.class);
		String database = "select current_database() || ':' || inet_server_port()";
		assertThat(other.sql(database).query(String.class).single())
			.isEqualTo(this.jdbc.sql(database).query(String.class).single());
		long proof = new IssuedProofs(other).issue().proofId();
		assertThat(this.jdbc.sql("select count(*) from proof where id = :id")
			.param("id", proof)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.ports[1]).isNotEqualTo(this.ports[0]);
	}

	@Test
	void fiftyConcurrentPresentationsOfOneCodeAcrossTwoInstancesAcceptItOnceInEachOfAHundredRepetitions()
			throws Exception {
		// two sessions per checker, one logged in at each instance; every session is then
		// used at both instances
		List<StaffHttp> sessions = new ArrayList<>();
		for (String checker : CHECKERS) {
			for (int instance : this.ports) {
				sessions.add(StaffHttp.loggedIn(instance, checker, DemoAccounts.PASSWORD));
			}
		}
		String replayed = HtmlUtils
			.htmlEscape(this.messages.getMessage("proof.result.ALREADY_REDEEMED", null, Locale.JAPANESE), "UTF-8");
		ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
		int[] acceptedPerInstance = new int[2];
		try {
			for (int repetition = 0; repetition < REPETITIONS; repetition++) {
				ProofClaims claims = new IssuedProofs(this.jdbc).issue();
				String code = this.signer.sign(claims);
				CountDownLatch start = new CountDownLatch(1);
				List<Future<HttpResponse<String>>> presented = new ArrayList<>();
				for (int i = 0; i < CONCURRENT; i++) {
					StaffHttp session = sessions.get((i / 2) % sessions.size());
					int instance = this.ports[i % 2];
					presented.add(pool.submit(() -> {
						start.await();
						return session.present(instance, code);
					}));
				}
				start.countDown();
				int accepted = 0;
				int refusedAsReplay = 0;
				for (int i = 0; i < CONCURRENT; i++) {
					HttpResponse<String> page = presented.get(i).get(60, TimeUnit.SECONDS);
					assertThat(page.statusCode()).isEqualTo(200);
					if (page.body().contains("id=\"proof-valid\"")) {
						accepted++;
						acceptedPerInstance[i % 2]++;
						assertThat(page.body()).contains(IssuedProofs.STORE_NAME)
							.doesNotContain("id=\"proof-invalid\"");
					}
					else if (replayed.equals(StaffHttp.reason(page.body()))) {
						refusedAsReplay++;
					}
				}
				assertThat(accepted).as("accepted in repetition %d", repetition).isEqualTo(1);
				assertThat(refusedAsReplay).as("refused as a replay in repetition %d", repetition)
					.isEqualTo(CONCURRENT - 1);
				assertThat(this.jdbc.sql("select count(*) from proof_code_redemption where proof_id = :id")
					.param("id", claims.proofId())
					.query(Long.class)
					.single()).isEqualTo(1);
				// the photo was shown (and its view audited) once
				assertThat(this.jdbc
					.sql("select count(*) from audit_log where action = 'PROOF_CODE_PRESENTED' and target_id = :id")
					.param("id", String.valueOf(claims.proofId()))
					.query(Long.class)
					.single()).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
		// both instances won some races: the race really was across the two
		assertThat(acceptedPerInstance[0]).isPositive();
		assertThat(acceptedPerInstance[1]).isPositive();
	}

}
