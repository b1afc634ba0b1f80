package jp.sapporo.vaccinepass.web.outage;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.sapporo.vaccinepass.db.embedded.EmbeddedPostgres;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped under a running app and started again: pages answer a translated 503
 * with {@code Retry-After} (no stack trace), health and readiness go DOWN, liveness stays
 * UP, and once the server is back the app serves again without a restart, with the same
 * signed-in session. The app runs on a PostgreSQL server of its own, which this test
 * stops.
 */
@SpringBootTest(classes = OutageTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.import=classpath:vaccinepass-platform.properties",
				"spring.messages.basename=messages/outage-test,messages/platform",
				"spring.session.jdbc.table-name=RESIDENT_SESSION", "server.servlet.session.cookie.name=VP_OUTAGE",
				"vaccinepass.web.app=outage", "vaccinepass.mail.demo-mailbox=false" })
@ActiveProfiles("demo")
@DirtiesContext
class DatabaseOutageTests {

	private static final Path FOLDER = temporaryFolder();

	private static EmbeddedPostgres postgres = EmbeddedPostgres.startOrJoin(FOLDER.resolve("data"), 0, false);

	@LocalServerPort
	private int port;

	private final HttpClient anonymous = HttpClient.newBuilder().build();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		postgres.createDatabaseIfMissing("outage");
		registry.add("spring.datasource.url", () -> postgres.jdbcUrl("outage"));
		registry.add("spring.datasource.username", () -> EmbeddedPostgres.SUPERUSER);
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.flyway.locations", () -> "classpath:db/migration,classpath:db/demo");
	}

	@AfterAll
	static void stop() {
		postgres.close();
		EmbeddedPostgres.deleteRecursively(FOLDER);
	}

	@Test
	void pagesAnswerAFriendly503WhileTheDatabaseIsDownAndTheAppRecoversWithoutARestart() throws Exception {
		HttpClient resident = signedInResident();
		assertThat(get(resident, "/mine").statusCode()).isEqualTo(200);
		assertThat(get(this.anonymous, "/actuator/health/readiness").statusCode()).isEqualTo(200);
		int serverPort = postgres.port();

		postgres.close();

		HttpResponse<String> page = get(this.anonymous, "/residents");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(page.body()).contains("ただいま混み合っているか、メンテナンス中です").doesNotContain("Exception", "at org.");
		HttpResponse<String> english = get(this.anonymous, "/residents?lang=en");
		assertThat(english.statusCode()).isEqualTo(503);
		assertThat(english.body()).contains("The service is busy or under maintenance");
		// the session itself is in the database: loading it fails before any controller
		HttpResponse<String> signedIn = get(resident, "/mine");
		assertThat(signedIn.statusCode()).isEqualTo(503);
		assertThat(signedIn.body()).contains("ただいま混み合っているか").doesNotContain("Exception", "at org.");
		assertThat(get(this.anonymous, "/actuator/health").statusCode()).isEqualTo(503);
		assertThat(get(this.anonymous, "/actuator/health/readiness").statusCode()).isEqualTo(503);
		assertThat(get(this.anonymous, "/actuator/health/liveness").statusCode()).isEqualTo(200);

		postgres = EmbeddedPostgres.startOrJoin(FOLDER.resolve("data"), serverPort, false);

		assertThat(awaitReady()).isEqualTo(200);
		assertThat(get(this.anonymous, "/residents").body()).startsWith("residents=");
		HttpResponse<String> again = get(resident, "/mine");
		assertThat(again.statusCode()).as("the same session after the outage").isEqualTo(200);
	}

	@Test
	void aPageWhoseDataWasReadBeforeTheDatabaseStoppedIsStillAnsweredWhole() throws Exception {
		HttpClient resident = signedInResident();
		assertThat(get(resident, "/mine").statusCode()).isEqualTo(200);
		int serverPort = postgres.port();
		// the session's own write (its last access) is done when the session is loaded,
		// before the page is made, not when the page's first bytes are sent
		OutageTestApplication.ResidentCount.afterRead = () -> postgres.close();
		try {
			HttpResponse<String> page = get(resident, "/mine/then");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).startsWith("residents=");
		}
		finally {
			OutageTestApplication.ResidentCount.afterRead = () -> {
			};
			postgres = EmbeddedPostgres.startOrJoin(FOLDER.resolve("data"), serverPort, false);
		}
		assertThat(awaitReady()).isEqualTo(200);
		assertThat(get(resident, "/mine").statusCode()).isEqualTo(200);
	}

	private int awaitReady() throws Exception {
		int status = 0;
		// the pool reconnects on the next request; bounded wait, not a timing assertion
		for (int attempt = 0; attempt < 60 && status != 200; attempt++) {
			status = get(this.anonymous, "/actuator/health/readiness").statusCode();
			if (status != 200) {
				Thread.sleep(500);
			}
		}
		return status;
	}

	private HttpClient signedInResident() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String form = get(client, "/login").body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).isTrue();
		String body = "username=resident%40example.jp&password=" + DemoAccounts.PASSWORD + "&_csrf=" + csrf.group(1);
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}

	private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path))
			.header("Accept", path.startsWith("/actuator") ? "application/json" : "text/html")
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static Path temporaryFolder() {
		try {
			// under /tmp so that the server's user (nobody, when we are root) can reach
			// it
			Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "vp-outage-test-");
			folder.toFile().setExecutable(true, false);
			folder.toFile().setReadable(true, false);
			return folder;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
