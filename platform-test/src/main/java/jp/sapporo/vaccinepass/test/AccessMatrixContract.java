package jp.sapporo.vaccinepass.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint × role matrix of one app, checked over real HTTP against the running app
 * with the demo accounts: every endpoint the app maps (controllers, actuator, static
 * resources) must have a row, every cell answers exactly as the row expects, a GET
 * changes nothing in the database, every answer carries the security headers, and every
 * state-changing request without its CSRF token is refused and changes nothing.
 * <p>
 * An app's test lists its rows ({@link #rows()}) with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT) @ActiveProfiles("demo")}; the
 * matrix it checked is written to {@code target/security/<app>-access-matrix.md}.
 */
public abstract class AccessMatrixContract {

	private static final Map<Class<?>, List<Row>> ROWS = new ConcurrentHashMap<>();

	private static final Map<String, Visitor> VISITORS = new ConcurrentHashMap<>();

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	/**
	 * @return the app's name, for the written matrix
	 */
	protected abstract String app();

	/**
	 * @return the roles that log in to this app, in the order of the rows' answers after
	 * the anonymous one; every other role must be refused at login
	 */
	protected abstract List<Role> roles();

	/**
	 * Every endpoint with a concrete path (path variables filled with the logged-in
	 * role's own demo objects) and the expected answer for anonymous and then each of
	 * {@link #roles()}. Called once per test class; may create objects through the app.
	 * @return the rows
	 */
	protected abstract List<Row> rows();

	@Test
	void everyEndpointOfTheAppHasExactlyOneRow() {
		Set<String> endpoints = EndpointInventory.of(this.context);
		List<String> listed = matrix().stream().map(Row::endpoint).toList();
		assertThat(listed).as("rows listed twice").doesNotHaveDuplicates();
		assertThat(new TreeSet<>(listed)).as("a row for every endpoint the app maps, and only for those")
			.containsExactlyElementsOf(endpoints);
	}

	@Test
	void accountsOfOtherAppsAreRefusedAtLogin() {
		for (Role role : Role.values()) {
			if (role != Role.ANONYMOUS) {
				assertThat(Visitor.anonymous(this.port).logIn(role.username)).as(role.name())
					.isEqualTo(roles().contains(role));
			}
		}
	}

	@Test
	void everyCellAnswersAsExpectedWithSecurityHeadersAndNoStateChangeOnGet() {
		List<String> failures = new ArrayList<>();
		// a role refused at login here is one more anonymous visitor
		// (accountsOfOtherAppsAreRefusedAtLogin): its cells are the anonymous ones
		List<Row> rows = matrix();
		Map<Role, Visitor> visitors = new EnumMap<>(Role.class);
		visitors.put(Role.ANONYMOUS, Visitor.anonymous(this.port));
		roles().forEach((role) -> visitors.put(role, visitor(role)));
		Map<String, String> state = DatabaseFingerprint.of(this.jdbc);
		for (Row row : rows) {
			for (Role role : visitors.keySet()) {
				Answer expected = expected(row, role);
				HttpResponse<String> response = send(visitors.get(role), row);
				String cell = row.endpoint() + " as " + role.name().toLowerCase() + ": ";
				if (Answer.of(response) != expected) {
					failures.add(cell + "expected " + expected.label + " but was " + response.statusCode() + " "
							+ response.headers().firstValue("Location").orElse(""));
				}
				Map<String, String> after = DatabaseFingerprint.of(this.jdbc);
				if (row.reads() && !row.designedWrite()) {
					DatabaseFingerprint.changes(state, after)
						.forEach((change) -> failures.add(cell + "GET changed " + change));
				}
				if (row.reads()) {
					securityHeaders(response, role != Role.ANONYMOUS && !row.sameForEveryone())
						.forEach((problem) -> failures.add(cell + problem));
				}
				state = after;
			}
		}
		write();
		assertThat(failures).as("cells that answered otherwise than the matrix says").isEmpty();
	}

	@Test
	void stateChangingRequestsWithoutTheirCsrfTokenAreRefusedAndChangeNothing() {
		List<String> failures = new ArrayList<>();
		for (Row row : matrix()) {
			if (row.reads()) {
				continue;
			}
			Role role = allowedRole(row);
			Visitor visitor = (role == Role.ANONYMOUS) ? Visitor.anonymous(this.port) : visitor(role);
			visitor.get("/login");
			Map<String, String> before = DatabaseFingerprint.of(this.jdbc);
			HttpResponse<String> response = visitor.send(visitor.request(row.path())
				.header("Content-Type", "application/x-www-form-urlencoded")
				.method(row.method(), HttpRequest.BodyPublishers.ofString(row.form())));
			String cell = row.endpoint() + " as " + role.name().toLowerCase() + " without CSRF token: ";
			if (Answer.of(response) != row.withoutCsrf()) {
				failures.add(cell + "expected " + row.withoutCsrf().label + " but was " + response.statusCode());
			}
			DatabaseFingerprint.changes(before, DatabaseFingerprint.of(this.jdbc))
				.forEach((change) -> failures.add(cell + "changed " + change));
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void strictTransportSecurityIsSentWhenTheRequestArrivedOverTls() {
		List<String> failures = new ArrayList<>();
		Visitor visitor = Visitor.anonymous(this.port);
		for (Row row : matrix()) {
			if (!row.reads()) {
				continue;
			}
			// TLS ends at the load balancer, which says so in X-Forwarded-Proto
			// (server.forward-headers-strategy=native)
			HttpResponse<String> overTls = visitor.get(row.path(), "X-Forwarded-Proto", "https");
			String hsts = overTls.headers().firstValue("Strict-Transport-Security").orElse("missing");
			if (!hsts.startsWith("max-age=31536000")) {
				failures.add(row.endpoint() + " over TLS: Strict-Transport-Security " + hsts);
			}
			if (visitor.get(row.path()).headers().firstValue("Strict-Transport-Security").isPresent()) {
				failures.add(row.endpoint() + " over plain HTTP: Strict-Transport-Security sent");
			}
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * The logged-in visitor whose session the matrix uses for a role, so that
	 * {@link #rows()} can prepare objects bound to that session (a proof is).
	 * @param role a role of {@link #roles()}
	 * @return the same visitor for the whole test class
	 */
	protected Visitor visitor(Role role) {
		return VISITORS.computeIfAbsent(getClass().getName() + role,
				(key) -> Visitor.loggedIn(this.port, role.username));
	}

	private List<Row> matrix() {
		return ROWS.computeIfAbsent(getClass(), (type) -> {
			List<Row> rows = rows();
			rows.stream().filter((row) -> row.answers().size() != roles().size() + 1).findFirst().ifPresent((row) -> {
				throw new IllegalStateException(row.endpoint() + ": one answer for anonymous and each role");
			});
			return rows;
		});
	}

	private Answer expected(Row row, Role role) {
		int column = roles().indexOf(role);
		// a role that cannot log in here is just another anonymous visitor
		return row.answers().get(column + 1);
	}

	private Role allowedRole(Row row) {
		for (Role role : roles()) {
			Answer answer = expected(row, role);
			if (answer != Answer.LOGIN && answer != Answer.FORBIDDEN && answer != Answer.UNAUTHORIZED) {
				return role;
			}
		}
		return Role.ANONYMOUS;
	}

	private static HttpResponse<String> send(Visitor visitor, Row row) {
		if (row.reads()) {
			return visitor.get(row.path());
		}
		String form = "_csrf=" + Visitor.encode(visitor.csrfToken()) + (row.form().isEmpty() ? "" : "&" + row.form());
		return visitor.send(visitor.request(row.path())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.method(row.method(), HttpRequest.BodyPublishers.ofString(form)));
	}

	private static List<String> securityHeaders(HttpResponse<String> response, boolean personal) {
		List<String> problems = new ArrayList<>();
		String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
		if (!csp.contains("default-src") || csp.contains("unsafe-inline")) {
			problems.add("Content-Security-Policy [" + csp + "]");
		}
		expectHeader(response, "X-Content-Type-Options", "nosniff", problems);
		expectHeader(response, "X-Frame-Options", "DENY", problems);
		expectHeader(response, "Referrer-Policy", "same-origin", problems);
		if (personal && !response.headers().firstValue("Cache-Control").orElse("").contains("no-store")) {
			problems.add("Cache-Control without no-store: " + response.headers().firstValue("Cache-Control"));
		}
		if (response.headers().firstValue("Strict-Transport-Security").isPresent()) {
			problems.add("Strict-Transport-Security over plain HTTP");
		}
		return problems;
	}

	private static void expectHeader(HttpResponse<String> response, String name, String value, List<String> problems) {
		String actual = response.headers().firstValue(name).orElse("missing");
		if (!actual.equals(value)) {
			problems.add(name + " " + actual);
		}
	}

	private void write() {
		StringBuilder table = new StringBuilder("| endpoint |");
		Arrays.stream(Role.values())
			.forEach((role) -> table.append(' ').append(role.name().toLowerCase()).append(" |"));
		table.append("\n|---|").append("---|".repeat(Role.values().length)).append('\n');
		for (Row row : matrix()) {
			table.append("| `").append(row.endpoint()).append("` |");
			Arrays.stream(Role.values())
				.forEach((role) -> table.append(' ').append(expected(row, role).label).append(" |"));
			table.append('\n');
		}
		String refused = Arrays.stream(Role.values())
			.filter((role) -> role != Role.ANONYMOUS && !roles().contains(role))
			.map((role) -> role.name().toLowerCase())
			.collect(Collectors.joining(", "));
		table.append("\n")
			.append(matrix().size())
			.append(" endpoints × ")
			.append(Role.values().length)
			.append(" roles = ")
			.append(matrix().size() * Role.values().length)
			.append(" cells")
			.append(refused.isEmpty() ? "" : "; refused at login (cells = anonymous): " + refused)
			.append('\n');
		try {
			Path file = Path.of("target", "security", app() + "-access-matrix.md");
			Files.createDirectories(file.getParent());
			Files.writeString(file, table);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param endpoint as {@link EndpointInventory} names it, e.g. {@code "GET
	 * /stores/{id}"}
	 * @param path the path to request, path variables filled
	 * @param answers for anonymous, then each of {@link #roles()}
	 * @return the row; a POST is sent with an empty form and its CSRF token
	 */
	protected static Row row(String endpoint, String path, Answer... answers) {
		return new Row(endpoint, path, "", List.of(answers), Answer.FORBIDDEN, false, false);
	}

	/** The demo accounts the matrix uses, one per role. */
	public enum Role {

		/** No login. */
		ANONYMOUS(null),
		/** A resident with a verified record. */
		RESIDENT("resident@example.jp"),
		/** A merchant with stores in every state. */
		MERCHANT("merchant1@example.jp"),
		/** A travel agent of 信州トラベルサービス. */
		AGENT("agent@shinshu-travel.example.jp"),
		/** City staff. */
		STAFF("staff@city.sapporo.example.jp"),
		/** A city staff lead. */
		LEAD("lead@city.sapporo.example.jp");

		private final String username;

		Role(String username) {
			this.username = username;
		}

		/**
		 * @return the demo user name, {@code null} for anonymous
		 */
		public String username() {
			return this.username;
		}

	}

	/** What a cell expects. */
	public enum Answer {

		/** 200. */
		OK(200, "200"),
		/** 302 to the login page. */
		LOGIN(302, "302 login"),
		/** 302 elsewhere (a form's result). */
		REDIRECT(302, "302"),
		/** 303 (a poster scan's way to its proof). */
		SEE_OTHER(303, "303"),
		/** 400. */
		BAD_REQUEST(400, "400"),
		/** 401 (the API without its key). */
		UNAUTHORIZED(401, "401"),
		/** 403. */
		FORBIDDEN(403, "403"),
		/** 404. */
		NOT_FOUND(404, "404"),
		/** 405. */
		NOT_ALLOWED(405, "405"),
		/** 410 (a poster or proof that has ended). */
		GONE(410, "410"),
		/** 415. */
		UNSUPPORTED(415, "415"),
		/** 500: only {@code /error} requested directly (its friendly page). */
		ERROR_PAGE(500, "500");

		private final int status;

		private final String label;

		Answer(int status, String label) {
			this.status = status;
			this.label = label;
		}

		/**
		 * @return the answer, {@code null} for a status no cell expects
		 */
		static Answer of(HttpResponse<String> response) {
			boolean toLogin = response.headers()
				.firstValue("Location")
				.map((location) -> location.endsWith("/login"))
				.orElse(false);
			for (Answer answer : values()) {
				if (answer.status == response.statusCode() && (answer != LOGIN || toLogin)) {
					return answer;
				}
			}
			return null;
		}

	}

	/**
	 * One endpoint's row.
	 *
	 * @param endpoint as {@link EndpointInventory} names it
	 * @param path the path requested
	 * @param form the url-encoded form sent with a state-changing request
	 * @param answers for anonymous, then each of {@link #roles()}
	 * @param withoutCsrf the answer to the allowed role's request without a CSRF token
	 * @param designedWrite a GET that writes by specification (documented)
	 * @param sameForEveryone a static file, the same for everyone: no {@code no-store}
	 * needed
	 */
	public record Row(String endpoint, String path, String form, List<Answer> answers, Answer withoutCsrf,
			boolean designedWrite, boolean sameForEveryone) {

		/**
		 * @param form the url-encoded form to send
		 * @return this row with the form
		 */
		public Row form(String form) {
			return new Row(this.endpoint, this.path, form, this.answers, this.withoutCsrf, this.designedWrite,
					this.sameForEveryone);
		}

		/**
		 * @param answer the answer without a CSRF token (an API with its own key)
		 * @return this row with that answer
		 */
		public Row withoutCsrf(Answer answer) {
			return new Row(this.endpoint, this.path, this.form, this.answers, answer, this.designedWrite,
					this.sameForEveryone);
		}

		/**
		 * @return this row, as a GET that writes by specification
		 */
		public Row writesOnGet() {
			return new Row(this.endpoint, this.path, this.form, this.answers, this.withoutCsrf, true,
					this.sameForEveryone);
		}

		/**
		 * @return this row, as a static file
		 */
		public Row staticResource() {
			return new Row(this.endpoint, this.path, this.form, this.answers, this.withoutCsrf, this.designedWrite,
					true);
		}

		String method() {
			String method = this.endpoint.substring(0, this.endpoint.indexOf(' '));
			return method.equals("ALL") ? "GET" : method;
		}

		boolean reads() {
			return method().equals("GET");
		}

	}

}
