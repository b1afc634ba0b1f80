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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
		HttpResponse<String> login = get(client(), "/login");
		String cookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith(sessionCookie() + "="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
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
	void healthIsPublicAndUp() throws Exception {
		HttpResponse<String> response = client().send(
				HttpRequest.newBuilder(uri("/actuator/health")).header("Accept", "application/json").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
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
