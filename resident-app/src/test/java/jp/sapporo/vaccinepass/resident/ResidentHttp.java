package jp.sapporo.vaccinepass.resident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.sapporo.vaccinepass.test.Visitor;

/**
 * One browser session against the running app, over real HTTP: its own cookies (so its
 * own session), CSRF tokens read from the pages, redirects not followed.
 */
final class ResidentHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager();

	ResidentHttp(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	static ResidentHttp loggedIn(int port, String username, String password) {
		ResidentHttp http = new ResidentHttp(port);
		HttpResponse<String> response = http.logIn(username, password);
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Login failed for " + username);
		}
		return http;
	}

	HttpResponse<String> logIn(String username, String password) {
		String csrf = csrf("/login");
		return post("/login", Map.of("username", username, "password", password, "_csrf", csrf));
	}

	String csrf(String path) {
		Matcher matcher = CSRF.matcher(get(path).body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on " + path);
		}
		return matcher.group(1);
	}

	HttpResponse<String> get(String path) {
		return send(
				HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : this.baseUrl + path)).GET().build());
	}

	HttpResponse<String> post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : this.baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * A multipart form post, as a browser sends a file upload.
	 * @param path the form action
	 * @param fields the text fields (the CSRF token is added)
	 * @param fileField the file input's name
	 * @param file the file's bytes, or {@code null} for no file chosen
	 * @return the response
	 */
	HttpResponse<String> multipart(String path, String csrfPage, Map<String, String> fields, String fileField,
			byte[] file) {
		return multipart(path, csrfPage, fields, fileField, file, "photo.jpg", "application/octet-stream");
	}

	/**
	 * A multipart form post with the file name and content type the client claims.
	 * @param path the form action
	 * @param csrfPage the page whose form carries the CSRF token
	 * @param fields the text fields (the CSRF token is added)
	 * @param fileField the file input's name
	 * @param file the file's bytes, or {@code null} for no file chosen
	 * @param fileName the file name sent
	 * @param contentType the content type sent for the file
	 * @return the response
	 */
	HttpResponse<String> multipart(String path, String csrfPage, Map<String, String> fields, String fileField,
			byte[] file, String fileName, String contentType) {
		String boundary = "----vp" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", csrf(csrfPage));
		all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ ((file != null) ? fileName : "") + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		if (file != null) {
			body.writeBytes(file);
		}
		write(body, "\r\n--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private static void write(java.io.ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	HttpResponse<byte[]> getBytes(String path) {
		try {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> send(HttpRequest request) {
		return Visitor.send(this.client, request);
	}

	/**
	 * The id of this browser's HTTP session, as stored in {@code resident_session}.
	 * @return the session id from the (Base64) session cookie
	 */
	String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> "VP_RESIDENT".equals(cookie.getName()))
			.map((cookie) -> new String(java.util.Base64.getDecoder().decode(cookie.getValue()),
					StandardCharsets.UTF_8))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Send the cookie of another browser's session from now on.
	 * @param sessionId the session id
	 */
	void useSession(String sessionId) {
		java.net.HttpCookie cookie = new java.net.HttpCookie("VP_RESIDENT",
				java.util.Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8)));
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(URI.create(this.baseUrl), cookie);
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

	/**
	 * The own URL of the proof page that a scan answered with.
	 * @param scan the answer to {@code GET /s/{token}}
	 * @return the proof page's path, from {@code Content-Location}
	 */
	static String proofPath(HttpResponse<?> scan) {
		return scan.headers().firstValue("Content-Location").orElseThrow();
	}

}
