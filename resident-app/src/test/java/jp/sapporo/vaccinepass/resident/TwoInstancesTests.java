package jp.sapporo.vaccinepass.resident;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.sapporo.vaccinepass.resident.retention.ScanLogRetention;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 with two resident app instances on one PostgreSQL (as behind a load balancer
 * without sticky sessions): a session works and ends on both, poster tokens and proof
 * pages behave the same on both, and the retention job runs once per period however many
 * instances wake up at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	private static final Pattern SESSION_COOKIE = Pattern.compile("VP_RESIDENT=([^;]*)");

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScanLogRetention retention;

	@Autowired
	JdbcIndexedSessionRepository sessions;

	private ConfigurableApplicationContext second;

	private String one;

	private String two;

	@BeforeAll
	void startASecondInstanceOnTheSameDatabase() {
		Map<String, Object> sameDatabase = Map.of("server.port", 0, "spring.main.banner-mode", "off",
				"spring.datasource.url", this.environment.getRequiredProperty("spring.datasource.url"),
				"spring.datasource.username", this.environment.getRequiredProperty("spring.datasource.username"),
				"spring.datasource.password", this.environment.getProperty("spring.datasource.password", ""));
		this.second = new SpringApplicationBuilder(ResidentAppApplication.class).profiles("demo")
			.properties(sameDatabase)
			.run();
		this.one = "http://localhost:" + this.port;
		this.two = "http://localhost:" + this.second.getEnvironment().getRequiredProperty("local.server.port");
	}

	@AfterAll
	void stopTheSecondInstance() {
		this.second.close();
	}

	@Test
	void theSecondInstanceUsesTheSameDatabase() {
		String where = "select current_database() || ':' || inet_server_port()";
		assertThat(this.second.getBean(JdbcClient.class).sql(where).query(String.class).single())
			.isEqualTo(this.jdbc.sql(where).query(String.class).single());
		assertThat(this.two).isNotEqualTo(this.one);
	}

	// ------------------------------------------------------------------ sessions

	@Test
	void aSessionGetsANewIdAtLoginWorksOnBothInstancesAndLogoutAtOneEndsItOnBoth() {
		ResidentHttp phone = new ResidentHttp(this.port);
		String beforeLogin = sessionCookie(phone.get(this.one + "/login"));
		HttpResponse<String> login = phone.logIn("resident@example.jp", DemoAccounts.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		String afterLogin = sessionCookie(login);
		// session fixation: the id known before login is worth nothing afterwards
		assertThat(afterLogin).isNotEqualTo(beforeLogin);
		assertThat(sessionRows(beforeLogin)).isZero();
		assertThat(sessionRows(afterLogin)).isOne();
		assertThat(signedIn(this.two, beforeLogin)).isFalse();
		// the same cookie, at either instance
		assertThat(signedIn(this.one, afterLogin)).isTrue();
		assertThat(signedIn(this.two, afterLogin)).isTrue();
		HttpResponse<String> home = phone.get(this.two + "/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("札幌 太郎");
		// log out at the second instance, with the session's CSRF token
		HttpResponse<String> logout = phone.post(this.two + "/logout", Map.of("_csrf", phone.csrf(this.two + "/")));
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(ResidentHttp.location(logout)).contains("/login?logout");
		// the old cookie is dead at the first instance too, and nothing is left of it
		assertThat(sessionRows(afterLogin)).isZero();
		assertThat(signedIn(this.one, afterLogin)).isFalse();
		assertThat(signedIn(this.two, afterLogin)).isFalse();
	}

	/** Whether a bare request with only this session cookie is let in. */
	private static boolean signedIn(String instance, String cookie) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(instance + "/history"))
			.header("Cookie", "VP_RESIDENT=" + cookie)
			.build());
		if (response.statusCode() == 200) {
			return true;
		}
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(ResidentHttp.location(response)).endsWith("/login");
		return false;
	}

	private long sessionRows(String cookie) {
		String id = new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
		return this.jdbc.sql("select count(*) from resident_session where session_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private static String sessionCookie(HttpResponse<?> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			Matcher matcher = SESSION_COOKIE.matcher(header);
			if (matcher.find() && !matcher.group(1).isEmpty()) {
				return matcher.group(1);
			}
		}
		throw new IllegalStateException("No session cookie set");
	}

	// ------------------------------------------------------------------ posters and
	// proofs

	@Test
	void unknownReplacedAndWithdrawnPosterTokensAreRefusedAtBothInstances() {
		String replaced = endedPoster("REPLACED");
		String withdrawn = endedPoster("WITHDRAWN");
		ResidentHttp resident = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		long proofsBefore = count("select count(*) from proof");
		for (String instance : List.of(this.one, this.two)) {
			for (String unknown : List.of("no-such-poster", "A".repeat(43), "A".repeat(500), "%27%20or%201%3D1",
					ScanAndProofTests.HOKUTO + "x")) {
				HttpResponse<String> scan = resident.get(instance + "/s/" + unknown);
				assertThat(scan.statusCode()).as(unknown).isEqualTo(404);
				assertThat(scan.body()).contains("scan-unknown");
			}
			for (String ended : List.of(replaced, withdrawn, ScanAndProofTests.WITHDRAWN)) {
				HttpResponse<String> scan = resident.get(instance + "/s/" + ended);
				assertThat(scan.statusCode()).as(ended).isEqualTo(410);
				assertThat(scan.body()).contains("このポスターは現在無効です").doesNotContain("/p/");
			}
		}
		assertThat(count("select count(*) from proof")).isEqualTo(proofsBefore);
		assertThat(count("select count(*) from scan_log l join poster p on p.id = l.poster_id where p.token = '"
				+ replaced + "' and l.outcome = 'POSTER_REPLACED'"))
			.isEqualTo(2);
		assertThat(count("select count(*) from scan_log l join poster p on p.id = l.poster_id where p.token = '"
				+ withdrawn + "' and l.outcome = 'POSTER_WITHDRAWN'"))
			.isEqualTo(2);
	}

	/** An ended poster of the Susukino store (a new token each time). */
	private String endedPoster(String status) {
		String token = ("test-" + status.toLowerCase() + "-" + System.nanoTime() + "-" + "0".repeat(43)).substring(0,
				43);
		this.jdbc.sql("""
				insert into poster (store_id, revision_id, serial, token, status, ended_at)
				select store_id, revision_id, :serial, :token, :status, now() from poster where token = :active
				""")
			.param("serial", "T-" + (System.nanoTime() % 1_000_000_000_000L))
			.param("token", token)
			.param("status", status)
			.param("active", ScanAndProofTests.HOKUTO)
			.update();
		return token;
	}

	@Test
	void concurrentScansAndProofPagesAcrossInstancesShowEachProofOnlyToItsOwnSession() throws Exception {
		ResidentHttp first = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		ResidentHttp other = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		ResidentHttp visitor = ResidentHttp.loggedIn(this.port, "123456789", DemoAccounts.PASSWORD);
		// the same poster scanned at the same moment by two sessions, at the two
		// instances
		List<String> proofs = race(List.of(() -> scan(first, this.one), () -> scan(other, this.two)));
		assertThat(proofs.get(0)).isNotEqualTo(proofs.get(1));
		List<ResidentHttp> owners = List.of(first, other);
		for (int attempt = 0; attempt < 5; attempt++) {
			// each proof page requested at once by its owner and by the other two
			// sessions, at both instances
			List<Callable<Integer>> requests = new ArrayList<>();
			List<Integer> expected = new ArrayList<>();
			for (int p = 0; p < 2; p++) {
				String proof = proofs.get(p);
				for (String instance : List.of(this.one, this.two)) {
					for (ResidentHttp session : List.of(first, other, visitor)) {
						requests.add(() -> session.get(instance + proof).statusCode());
						expected.add((session == owners.get(p)) ? 200 : 404);
					}
				}
			}
			assertThat(race(requests)).isEqualTo(expected);
		}
	}

	private static String scan(ResidentHttp session, String instance) {
		HttpResponse<String> scan = session.get(instance + "/s/" + ScanAndProofTests.HOKUTO);
		assertThat(scan.statusCode()).isEqualTo(200);
		return URI.create(ResidentHttp.proofPath(scan)).getPath();
	}

	// ------------------------------------------------------------------ scheduled jobs

	@Test
	void theRetentionJobTriggeredOnBothInstancesAtOnceRunsOncePerPeriod() throws Exception {
		List<ScanLogRetention> instances = List.of(this.retention, this.second.getBean(ScanLogRetention.class));
		assertThat(instances.get(1)).isNotSameAs(instances.get(0));
		String lock = "select count(*) from job_lock where name = 'resident.scan-log-retention'";
		for (int period = 0; period < 20; period++) {
			// the previous period's lease has run out
			this.jdbc.sql("update job_lock set locked_until = now() - interval '1 second' where name = :name")
				.param("name", "resident.scan-log-retention")
				.update();
			long old = oldScan();
			// every instance wakes up several times (threads of two schedulers, retries)
			List<Callable<Long>> wakeUps = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				ScanLogRetention instance = instances.get(i % 2);
				wakeUps.add(() -> instance.runOnce(Duration.ofHours(20)));
			}
			List<Long> results = race(wakeUps);
			assertThat(results).as("period %d: %s", period, results).filteredOn((r) -> r >= 0).hasSize(1);
			assertThat(results).filteredOn((r) -> r == -1).hasSize(7);
			assertThat(count(lock)).isOne();
			assertThat(count("select count(*) from scan_log where id = " + old)).isZero();
			// and within the period nobody runs it again
			long kept = oldScan();
			assertThat(instances.get(period % 2).runOnce(Duration.ofHours(20))).isEqualTo(-1);
			assertThat(count("select count(*) from scan_log where id = " + kept)).isOne();
		}
	}

	@Test
	void springSessionsCleanupRunningOnBothInstancesAtOnceDeletesExactlyTheExpiredSessions() throws Exception {
		// not a run-once job: every instance deletes expired sessions each minute; two at
		// once must neither fail (deadlock) nor touch a live session
		List<JdbcIndexedSessionRepository> instances = List.of(this.sessions,
				this.second.getBean(JdbcIndexedSessionRepository.class));
		ResidentHttp live = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		for (int round = 0; round < 10; round++) {
			String prefix = "exp" + round + "-" + System.nanoTime();
			this.jdbc.sql("""
					insert into resident_session (primary_id, session_id, creation_time, last_access_time,
					  max_inactive_interval, expiry_time, principal_name)
					select left(:prefix || '-p' || n, 36), left(:prefix || '-s' || n, 36), 0, 0, 1800, 1000, 'nobody'
					from generate_series(1, 100) n
					""").param("prefix", prefix).update();
			this.jdbc.sql("""
					insert into resident_session_attributes (session_primary_id, attribute_name, attribute_bytes)
					select primary_id, 'a', '\\x00' from resident_session where primary_id like :prefix || '%'
					""").param("prefix", prefix).update();
			List<Callable<Boolean>> cleanups = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				JdbcIndexedSessionRepository instance = instances.get(i % 2);
				cleanups.add(() -> {
					instance.cleanUpExpiredSessions();
					return true;
				});
			}
			assertThat(race(cleanups)).containsOnly(true);
			assertThat(count("select count(*) from resident_session where expiry_time < 2000")).isZero();
			assertThat(count("select count(*) from resident_session_attributes where attribute_name = 'a'")).isZero();
			assertThat(live.get(this.two + "/history").statusCode()).isEqualTo(200);
		}
	}

	private long oldScan() {
		return this.jdbc.sql("""
				insert into scan_log (scanned_at, resident_id, store_id, poster_id, programme_id, outcome)
				select now() - interval '40 days', null, p.store_id, p.id, 'sapporo-passcode-2021', 'NOT_ELIGIBLE'
				from poster p where p.token = :token returning id
				""").param("token", ScanAndProofTests.HOKUTO).query(Long.class).single();
	}

	// ------------------------------------------------------------------ helpers

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	/** Run the tasks on threads of their own, released together; results in order. */
	private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
		CyclicBarrier together = new CyclicBarrier(tasks.size());
		ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
		try {
			List<Future<T>> running = new ArrayList<>();
			for (Callable<T> task : tasks) {
				running.add(threads.submit(() -> {
					together.await();
					return task.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> result : running) {
				results.add(result.get(2, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
