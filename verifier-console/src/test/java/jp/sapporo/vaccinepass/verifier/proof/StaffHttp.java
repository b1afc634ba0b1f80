package jp.sapporo.vaccinepass.verifier.proof;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.sapporo.vaccinepass.test.Visitor;

/**
 * One checker's browser session over real HTTP (its own cookie jar), which may send each
 * request to another instance: the session lives in PostgreSQL, not in an instance.
 */
final class StaffHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern REASON = Pattern.compile("id=\"proof-reason\">([^<]*)<");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private String csrf;

	/**
	 * Log in at one instance.
	 * @param port the instance
	 * @param username a demo staff account
	 * @param password its password
	 * @return the logged-in session
	 */
	static StaffHttp loggedIn(int port, String username, String password) {
		StaffHttp http = new StaffHttp();
		String token = http.csrf(port, "/login");
		HttpResponse<String> login = http.post(port, "/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Login failed for " + username);
		}
		// the token changes at login; the new one is read once, from a page of the
		// session
		http.csrf = http.csrf(port, "/proof");
		return http;
	}

	/**
	 * Log out at an instance, as the layout's button does.
	 * @param port the instance
	 * @return the response
	 */
	HttpResponse<String> logOut(int port) {
		return post(port, "/logout", "_csrf=" + encode(this.csrf));
	}

	/**
	 * The session cookie's value now in this browser.
	 * @return the value of {@code VP_VERIFIER}
	 */
	String sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("VP_VERIFIER"))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

	String csrf(int port, String path) {
		Matcher matcher = CSRF.matcher(get(port, path).body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on " + path);
		}
		return matcher.group(1);
	}

	/**
	 * Present a proof code on the check page, as the form does.
	 * @param port the instance
	 * @param code the pasted text
	 * @return the page
	 */
	HttpResponse<String> present(int port, String code) {
		return post(port, "/proof", "code=" + encode(code) + "&_csrf=" + encode(this.csrf));
	}

	/**
	 * The reason on a check page that refused the code.
	 * @param page the page
	 * @return the reason's text, or {@code null} when the page shows no refusal
	 */
	static String reason(String page) {
		Matcher matcher = REASON.matcher(page);
		return matcher.find() ? matcher.group(1) : null;
	}

	HttpResponse<String> get(int port, String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build());
	}

	private HttpResponse<String> post(int port, String path, String form) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		return Visitor.send(this.client, request);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
