package jp.sapporo.vaccinepass.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security and page baseline every app must keep, checked over real HTTP against the
 * running app: strict headers, cookie flags, CSRF, sessions stored in PostgreSQL, error
 * pages without stack traces. An app's test extends this with its own details and
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT) @ActiveProfiles("demo")}.
 */
public abstract class SecurityDefaultsContract {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Value("${vaccinepass.web.app}")
	private String app;

	@Autowired
	private ObservationRegistry observations;

	/**
	 * @return the app's session cookie name, e.g. {@code VP_MERCHANT}
	 */
	protected abstract String sessionCookie();

	/**
	 * @return the app's session table, e.g. {@code merchant_session}
	 */
	protected abstract String sessionTable();

	/**
	 * @return every demo account of this app (README); the first is used for the other
	 * checks
	 */
	protected abstract List<String> demoUsers();

	private String demoUser() {
		return demoUsers().get(0);
	}

	@Test
	void requestsAreMeasuredButSpringSecurityIsNotObservedFilterByFilter() throws Exception {
		List<String> started = new CopyOnWriteArrayList<>();
		AtomicBoolean recording = new AtomicBoolean(true);
		this.observations.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public void onStart(Observation.Context context) {
				if (recording.get()) {
					started.add(context.getName());
				}
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}
		});
		try {
			HttpClient client = client();
			String token = csrfToken(get(client, "/login").body());
			post(client, "/login", "username=" + encode(demoUser()) + "&password=" + encode(DemoAccounts.PASSWORD)
					+ "&_csrf=" + encode(token));
			get(client, "/");
		}
		finally {
			recording.set(false);
		}
		assertThat(started).contains("http.server.requests").noneMatch((name) -> name.startsWith("spring.security"));
	}

	@Test
	void everyDemoAccountCanLogIn() throws Exception {
		for (String user : demoUsers()) {
			HttpClient client = client();
			String token = csrfToken(get(client, "/login").body());
			HttpResponse<String> response = post(client, "/login", "username=" + encode(user) + "&password="
					+ encode(DemoAccounts.PASSWORD) + "&_csrf=" + encode(token));
			assertThat(response.headers().firstValue("Location")).as(user)
				.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
			assertThat(get(client, "/").statusCode()).as(user).isEqualTo(200);
		}
	}

	@Test
	void pagesSendAStrictContentSecurityPolicyAndNoFraming() throws Exception {
		HttpResponse<String> login = get(client(), "/login");
		String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
		assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
		assertThat(sessionCookieHeader(get(client(), "/login"))).contains("HttpOnly", "SameSite=Lax");
	}

	@Test
	void loggingInChangesTheSessionIdAndKeepsTheSessionInPostgres() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = client(cookies);
		String token = csrfToken(get(client, "/login").body());
		String before = sessionId(cookies);
		HttpResponse<String> response = post(client, "/login", "username=" + encode(demoUser()) + "&password="
				+ encode(DemoAccounts.PASSWORD) + "&_csrf=" + encode(token));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		String after = sessionId(cookies);
		assertThat(after).isNotEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from " + sessionTable() + " where principal_name = :name")
			.param("name", demoUser())
			.query(Long.class)
			.single()).isPositive();
		assertThat(get(client, "/").statusCode()).isEqualTo(200);
	}

	@Test
	void theSessionCookieIsSecureBehindTls() throws Exception {
		HttpResponse<String> login = client().send(HttpRequest.newBuilder(uri("/login"))
			.header("Accept", "text/html")
			.header("X-Forwarded-Proto", "https")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sessionCookieHeader(login)).contains("Secure", "HttpOnly", "SameSite=Lax");
		assertThat(sessionCookieHeader(get(client(), "/login"))).doesNotContain("Secure");
	}

	@Test
	void fiveWrongPasswordsLockTheUserNameEvenForItsRightPassword() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(logIn(client(), demoUser(), "wrong-password-" + i)).isEqualTo("/login?error");
		}
		HttpClient client = client();
		assertThat(logIn(client, demoUser(), DemoAccounts.PASSWORD)).isEqualTo("/login?error");
		assertThat(get(client, "/").statusCode()).isEqualTo(302);
		// the counters are in PostgreSQL, so every instance of the app sees the lock
		assertThat(this.jdbc.sql("""
				select count(*) from login_throttle
				where app = :app and consecutive_failures = 5 and locked_until > now() + interval '14 minutes'
				""").param("app", this.app).query(Long.class).single()).isOne();
	}

	@Test
	void aLockedAccountAWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
		List<String> unknown = failedLogin("nobody-" + System.nanoTime() + "@example.jp", "wrong-password-0");
		List<String> wrongPassword = failedLogin(demoUser(), "wrong-password-0");
		for (int i = 1; i < 5; i++) {
			failedLogin(demoUser(), "wrong-password-" + i);
		}
		List<String> locked = failedLogin(demoUser(), DemoAccounts.PASSWORD);
		assertThat(wrongPassword).isEqualTo(unknown);
		assertThat(locked).isEqualTo(unknown);
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() throws Exception {
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				assertThat(logIn(client(), demoUser(), "wrong-password-" + i)).isEqualTo("/login?error");
			}
			HttpClient client = client();
			assertThat(logIn(client, demoUser(), DemoAccounts.PASSWORD)).isEqualTo("/");
			assertThat(get(client, "/").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = client(cookies);
		String session = signedInSession(client, cookies);
		beganAgo(session, Duration.ofHours(11).plusMinutes(55));
		assertThat(get(client, "/").statusCode()).isEqualTo(200);
		beganAgo(session, Duration.ofHours(12).plusMinutes(1));
		HttpResponse<String> ended = get(client, "/");
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(pathOf(ended)).isEqualTo("/login?expired");
		assertThat(this.jdbc.sql("select count(*) from " + sessionTable() + " where session_id = :id")
			.param("id", session)
			.query(Long.class)
			.single()).isZero();
		assertThat(pathOf(get(client, "/"))).isEqualTo("/login");
	}

	@Test
	void aSessionEndsAfterThirtyIdleMinutes() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = client(cookies);
		String session = signedInSession(client, cookies);
		assertThat(this.jdbc.sql("select max_inactive_interval from " + sessionTable() + " where session_id = :id")
			.param("id", session)
			.query(Integer.class)
			.single()).isEqualTo(30 * 60);
		long thirtyOneMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(31).toMillis();
		this.jdbc.sql("update " + sessionTable() + " set last_access_time = :then where session_id = :id")
			.param("then", thirtyOneMinutesAgo)
			.param("id", session)
			.update();
		assertThat(pathOf(get(client, "/"))).isEqualTo("/login");
	}

	@AfterEach
	void forgetFailedLogins() {
		// the lockout tests lock a demo account that the app's other tests log in with
		this.jdbc.sql("delete from login_throttle where app = :app").param("app", this.app).update();
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefusedWithAFriendlyPage() throws Exception {
		HttpClient client = client();
		get(client, "/login");
		HttpResponse<String> response = post(client, "/login",
				"username=" + encode(demoUser()) + "&password=" + encode(DemoAccounts.PASSWORD));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("このページを表示する権限がありません");
		assertNoStackTrace(response.body());
	}

	@Test
	void anUnknownPageShowsATranslatedNotFoundPage() throws Exception {
		HttpResponse<String> response = get(client(), "/css/no-such-file.css?lang=en");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found");
		assertNoStackTrace(response.body());
	}

	@Test
	void stylesheetsAreAddressedByTheirContentAndKeptForAYearWhilePagesAreNeverStored() throws Exception {
		HttpClient client = client();
		HttpResponse<String> page = get(client, "/login");
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		Matcher link = Pattern.compile("href=\"(/css/platform-([0-9a-f]{32})\\.css)\"").matcher(page.body());
		assertThat(link.find()).as("the layout links the platform stylesheet by its content's hash").isTrue();
		HttpResponse<byte[]> stylesheet = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + link.group(1))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000")
			.doesNotContain("no-store");
		// the address changes with the content: a changed stylesheet is fetched at once
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(stylesheet.body())))
			.isEqualTo(link.group(2));
	}

	@Test
	void everyPageOffersTheOtherLanguagesAndMarksItsOwn() throws Exception {
		HttpClient client = client();
		String japanese = get(client, "/login").body().replaceAll("\\s+", " ");
		assertThat(japanese).contains("<a href=\"?lang=ja\" hreflang=\"ja\" lang=\"ja\" aria-current=\"true\">日本語</a>")
			.contains("<a href=\"?lang=en\" hreflang=\"en\" lang=\"en\">English</a>");
		// the choice sticks for the next pages
		get(client, "/login?lang=en");
		String english = get(client, "/login").body().replaceAll("\\s+", " ");
		assertThat(english).contains("<a href=\"?lang=ja\" hreflang=\"ja\" lang=\"ja\">日本語</a>")
			.contains("<a href=\"?lang=en\" hreflang=\"en\" lang=\"en\" aria-current=\"true\">English</a>");
	}

	@Test
	void theLoginFormRefusesAnInjectionPayloadAsANameAndKeepsItOnlyAsAHash() throws Exception {
		Visitor visitor = Visitor.anonymous(this.port);
		HttpResponse<String> refused = visitor.post("/login",
				Visitor.form(Map.of("username", InjectionPayload.in("username"), "password", InjectionPayload.TEXT)));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		HttpResponse<String> page = visitor.get("/login?error");
		assertThat(page.statusCode()).isEqualTo(200);
		InjectionPayload.assertNotRaw(page.body());
		assertThat(this.jdbc.sql("select count(*) from login_throttle where user_key = :key")
			.param("key", MessageDigest.getInstance("SHA-256")
				.digest(InjectionPayload.in("username").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)))
			.query(Long.class)
			.single()).as("counted under the name's hash").isOne();
		assertThat(this.jdbc.sql("select count(*) from login_throttle t where t::text like '%script%'")
			.query(Long.class)
			.single()).as("never in clear").isZero();
	}

	@Test
	void healthIsPublicAndUp() throws Exception {
		HttpResponse<String> response = client().send(
				HttpRequest.newBuilder(uri("/actuator/health")).header("Accept", "application/json").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	/**
	 * Logs in through the login form.
	 * @return where the login sends the browser: path and query
	 */
	protected String logIn(HttpClient client, String user, String password) throws IOException, InterruptedException {
		String token = csrfToken(get(client, "/login").body());
		HttpResponse<String> response = post(client, "/login",
				"username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token));
		assertThat(response.statusCode()).isEqualTo(302);
		return pathOf(response);
	}

	/**
	 * @return the path and query of a redirect's location
	 */
	protected static String pathOf(HttpResponse<String> redirect) {
		URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
		return location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : "");
	}

	/**
	 * A failed login as the user sees it: the login answer's status, headers (but the
	 * date) and body, and the page it leads to (but the CSRF token).
	 */
	private List<String> failedLogin(String user, String password) throws IOException, InterruptedException {
		HttpClient client = client();
		String token = csrfToken(get(client, "/login").body());
		HttpResponse<String> response = post(client, "/login",
				"username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token));
		HttpResponse<String> page = get(client, pathOf(response));
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		return List.of(String.valueOf(response.statusCode()), headers.toString(), response.body(),
				String.valueOf(page.statusCode()), page.body().replace(csrfToken(page.body()), "TOKEN"));
	}

	private String sessionCookieHeader(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith(sessionCookie() + "="))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Logs the demo user in.
	 * @return the session's id in its table (the cookie holds it in Base64)
	 */
	private String signedInSession(HttpClient client, CookieManager cookies) throws IOException, InterruptedException {
		assertThat(logIn(client, demoUser(), DemoAccounts.PASSWORD)).isEqualTo("/");
		return new String(Base64.getDecoder().decode(sessionId(cookies)), StandardCharsets.UTF_8);
	}

	/** Moves the start of a session into the past, as if it had begun that long ago. */
	private void beganAgo(String sessionId, Duration age) {
		this.jdbc.sql("update " + sessionTable() + " set creation_time = :began where session_id = :id")
			.param("began", System.currentTimeMillis() - age.toMillis())
			.param("id", sessionId)
			.update();
	}

	protected static void assertNoStackTrace(String body) {
		assertThat(body).doesNotContain("Exception", "at org.", "at java.", "Whitelabel");
	}

	protected HttpClient client() {
		return client(new CookieManager());
	}

	protected HttpClient client(CookieManager cookies) {
		return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	protected HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	protected HttpResponse<String> post(HttpClient client, String path, String form)
			throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	protected URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	protected static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF token in the form").isTrue();
		return matcher.group(1);
	}

	private String sessionId(CookieManager cookies) {
		List<HttpCookie> all = cookies.getCookieStore().getCookies();
		return all.stream()
			.filter((c) -> c.getName().equals(sessionCookie()))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	protected static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
