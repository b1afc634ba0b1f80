package jp.sapporo.vaccinepass.web.login;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of one app on one PostgreSQL: a name locked on one is locked on the
 * other, a name forgotten (a password reset) on one is free on both, and concurrent
 * attempts on both are counted one by one.
 */
class LoginAcrossInstancesTests {

	private static final String STAFF = "staff@city.sapporo.example.jp";

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
	}

	@AfterEach
	void forgetFailedLogins() {
		first.getBean(JdbcClient.class).sql("delete from login_throttle").update();
	}

	@Test
	void aNameLockedOnOneInstanceIsLockedOnTheOther() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(logIn(client(), first, STAFF, "wrong-password-" + i)).endsWith("/login?error");
		}
		assertThat(first.getBean(JdbcClient.class)
			.sql("select count(*) from staff_account where username = :name")
			.param("name", STAFF)
			.query(Long.class)
			.single()).as("a real account").isOne();
		HttpClient client = client();
		assertThat(logIn(client, second, STAFF, DemoAccounts.PASSWORD)).endsWith("/login?error");
		assertThat(get(client, second, "/signed-in").statusCode()).isEqualTo(302);
	}

	@Test
	void aSuccessOnOneInstanceStartsTheCountAgainOnTheOther() throws Exception {
		for (int i = 0; i < 4; i++) {
			logIn(client(), first, STAFF, "wrong-password-" + i);
		}
		assertThat(logIn(client(), second, STAFF, DemoAccounts.PASSWORD)).doesNotContain("error");
		for (int i = 0; i < 4; i++) {
			logIn(client(), first, STAFF, "wrong-password-" + i);
		}
		HttpClient client = client();
		assertThat(logIn(client, second, STAFF, DemoAccounts.PASSWORD)).doesNotContain("error");
		assertThat(get(client, second, "/signed-in").body()).isEqualTo("signed in");
	}

	@Test
	void forgettingANameOnOneInstanceLiftsItsLockOnBothAndNoOtherLock() throws Exception {
		String other = "nobody-" + System.nanoTime() + "@example.jp";
		for (String name : List.of(STAFF, other)) {
			for (int i = 0; i < 5; i++) {
				assertThat(logIn(client(), first, name, "wrong-password-" + i)).endsWith("/login?error");
			}
		}
		// the same name locked in another app (its own counters, same key)
		LoginThrottle otherApp = new LoginThrottle(first.getBean(JdbcClient.class),
				new TransactionTemplate(new JdbcTransactionManager(first.getBean(DataSource.class))),
				first.getBean(Clock.class), first.getBean(LoginPolicy.class), "other-app");
		for (int i = 0; i < 5; i++) {
			assertThat(otherApp.admit(STAFF)).isTrue();
		}
		assertThat(otherApp.admit(STAFF)).as("locked in the other app").isFalse();
		assertThat(logIn(client(), second, STAFF, DemoAccounts.PASSWORD)).as("locked").endsWith("/login?error");

		// as a reset of the account does; the name as the account stores it, in another
		// case
		second.getBean(LoginThrottle.class).forget(STAFF.toUpperCase(Locale.ROOT), null);

		HttpClient client = client();
		assertThat(logIn(client, first, STAFF, DemoAccounts.PASSWORD)).doesNotContain("error");
		assertThat(get(client, first, "/signed-in").body()).isEqualTo("signed in");
		assertThat(first.getBean(JdbcClient.class)
			.sql("select app, locked_until is not null from login_throttle where app <> 'login-test' "
					+ "or consecutive_failures > 0 order by app")
			.query((rs, row) -> rs.getString(1) + " " + rs.getBoolean(2))
			.list()).as("the other name and the other app stay locked")
			.containsExactly("login-test true", "other-app true");
	}

	@Test
	void concurrentGuessesOnBothInstancesGetNoMoreThanFiveChecks() throws Exception {
		String name = "nobody-" + System.nanoTime() + "@example.jp";
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<String>> guesses = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				ConfigurableApplicationContext instance = (i % 2 == 0) ? first : second;
				String password = "guess-" + i;
				guesses.add(() -> logIn(client(), instance, name, password));
			}
			for (Future<String> answer : pool.invokeAll(guesses)) {
				assertThat(answer.get()).endsWith("/login?error");
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(first.getBean(JdbcClient.class)
			.sql("select consecutive_failures from login_throttle where app = 'login-test'")
			.query(Integer.class)
			.single()).isEqualTo(5);
	}

	private static ConfigurableApplicationContext start() {
		// as arguments, which win over the platform's defaults (e.g. Flyway's locations)
		return new SpringApplicationBuilder(LoginTestApplication.class)
			.run(Stream.concat(Stream.of(LoginTestApplication.PROPERTIES), Stream.of("server.port=0"))
				.map((property) -> "--" + property)
				.toArray(String[]::new));
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private static String logIn(HttpClient client, ConfigurableApplicationContext instance, String user,
			String password) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(instance, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
					+ "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private static HttpResponse<String> get(HttpClient client, ConfigurableApplicationContext instance, String path)
			throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(instance, path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

}
