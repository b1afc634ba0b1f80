package jp.sapporo.vaccinepass.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person using a running app over real HTTP: a cookie jar (so a session), no
 * redirects followed (so each answer can be checked), the real form login and forms
 * posted with or without their CSRF token.
 */
public final class Visitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final HttpClient client;

	private Visitor(int port) {
		this.port = port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * @param port the app's port
	 * @return a visitor with an empty cookie jar
	 */
	public static Visitor anonymous(int port) {
		return new Visitor(port);
	}

	/**
	 * A visitor who logged in with a demo account.
	 * @param port the app's port
	 * @param username the demo user name
	 * @return the logged-in visitor
	 * @throws IllegalStateException when the app refuses the account
	 */
	public static Visitor loggedIn(int port, String username) {
		Visitor visitor = new Visitor(port);
		if (!visitor.logIn(username)) {
			throw new IllegalStateException("the app refused the demo account " + username);
		}
		return visitor;
	}

	/**
	 * Log in through the real login form with the demo password.
	 * @param username the user name
	 * @return whether the app accepted the login
	 */
	public boolean logIn(String username) {
		return !logIn(username, DemoAccounts.PASSWORD).contains("error");
	}

	/**
	 * Log in through the real login form.
	 * @param username the name typed
	 * @param password the password typed
	 * @return where the login form sends the browser ({@code /login?error} when refused)
	 * @throws IllegalStateException when the form does not answer with a redirect
	 */
	public String logIn(String username, String password) {
		HttpResponse<String> response = post("/login", form(Map.of("username", username, "password", password)));
		if (response.statusCode() != 302) {
			throw new IllegalStateException("the login form answered " + response.statusCode());
		}
		return response.headers().firstValue("Location").orElse("");
	}

	/**
	 * @param path the path and query
	 * @param headers header names and values, alternating
	 * @return the answer to a GET
	 */
	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	/**
	 * Post a form with this session's CSRF token, as the app's own pages do.
	 * @param path the path
	 * @param form the url-encoded form, without the token
	 * @return the answer
	 */
	public HttpResponse<String> post(String path, String form) {
		String withToken = "_csrf=" + encode(csrfToken()) + (form.isEmpty() ? "" : "&" + form);
		return postWithoutCsrf(path, withToken);
	}

	/**
	 * Post a form with a file, as a browser sends an upload ({@code multipart/form-data},
	 * text in UTF-8), with this session's CSRF token.
	 * @param path the path
	 * @param fields the text fields, without the token
	 * @param fileField the file input's name
	 * @param fileName the file name the browser sends
	 * @param file the file's bytes
	 * @return the answer
	 */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
			String fileName, byte[] file) {
		String boundary = "----vp" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>();
		all.put("_csrf", csrfToken());
		all.putAll(fields);
		all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.writeBytes(file);
		write(body, "\r\n--" + boundary + "--\r\n");
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Post a form as a forged cross-site request would: without the CSRF token.
	 * @param path the path
	 * @param form the url-encoded form
	 * @return the answer
	 */
	public HttpResponse<String> postWithoutCsrf(String path, String form) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/**
	 * @return this session's CSRF token, read from the login form (open to everyone)
	 */
	public String csrfToken() {
		return csrfToken(get("/login").body());
	}

	/**
	 * @param html a page with a form
	 * @return the form's CSRF token
	 */
	public static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return matcher.group(1);
	}

	/**
	 * Send any request in this session.
	 * @param request the request
	 * @return the answer, its body as text
	 */
	public HttpResponse<String> send(HttpRequest.Builder request) {
		return send(this.client, request.build());
	}

	/**
	 * Send a request with any client, for tests that keep their own.
	 * @param client the client (and its cookies)
	 * @param request the request
	 * @return the answer, its body as text; a failed exchange as an unchecked exception
	 */
	public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param path the path and query
	 * @param headers header names and values, alternating
	 * @return a request to this app, accepting what a browser accepts
	 */
	public HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		for (int i = 0; i < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		return request;
	}

	/**
	 * @param fields field names and values
	 * @return the url-encoded form
	 */
	public static String form(Map<String, String> fields) {
		StringJoiner form = new StringJoiner("&");
		fields.forEach((name, value) -> form.add(encode(name) + "=" + encode(value)));
		return form.toString();
	}

	/**
	 * @param value text
	 * @return the text url-encoded
	 */
	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
