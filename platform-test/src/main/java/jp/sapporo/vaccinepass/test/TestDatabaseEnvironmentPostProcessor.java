package jp.sapporo.vaccinepass.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import jp.sapporo.vaccinepass.db.embedded.EmbeddedPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test run a clean database, on the server chosen by the environment:
 * <ul>
 * <li>{@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USERNAME},
 * {@code TEST_DATABASE_PASSWORD}): an external PostgreSQL where the user may create
 * databases; a new database is created for the run;</li>
 * <li>{@code TEST_DATABASE=testcontainers}: a PostgreSQL container (needs Docker);</li>
 * <li>otherwise the embedded server, in a throwaway folder.</li>
 * </ul>
 * All Spring contexts of one test JVM share the run's database.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	private static Map<String, Object> connection;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", database()));
	}

	static synchronized Map<String, Object> database() {
		if (connection == null) {
			connection = createDatabase();
		}
		return connection;
	}

	private static Map<String, Object> createDatabase() {
		// the JDK's shared SecureRandom: generateSeed on a new one per call may block on
		// entropy
		String name = "vp_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String externalUrl = System.getenv("TEST_DATABASE_URL");
		if (externalUrl != null && !externalUrl.isBlank()) {
			String user = System.getenv().getOrDefault("TEST_DATABASE_USERNAME", "postgres");
			String password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
			execute(externalUrl, user, password, "create database " + name + " encoding 'UTF8' template template0");
			String url = externalUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
			return properties(url, user, password);
		}
		if ("testcontainers".equalsIgnoreCase(System.getenv("TEST_DATABASE"))) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine").withDatabaseName(name);
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			return properties(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		Path folder = temporaryFolder();
		EmbeddedPostgres postgres = EmbeddedPostgres.startOrJoin(folder.resolve("data"), 0, false);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			postgres.close();
			deleteQuietly(folder);
		}, "test-postgres-stop"));
		postgres.createDatabaseIfMissing(name);
		return properties(postgres.jdbcUrl(name), EmbeddedPostgres.SUPERUSER, "");
	}

	private static Map<String, Object> properties(String url, String user, String password) {
		return Map.of("spring.datasource.url", url, "spring.datasource.username", user, "spring.datasource.password",
				password);
	}

	private static Path temporaryFolder() {
		try {
			// under /tmp (not the build folder) so that nobody can reach it when we are
			// root
			Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")),
					"vaccine-pass-test-");
			folder.toFile().setExecutable(true, false);
			folder.toFile().setReadable(true, false);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void execute(String url, String user, String password, String sql) {
		try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the test database at " + url, ex);
		}
	}

	private static void deleteQuietly(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// leave it to the system's temporary folder cleanup
		}
	}

	@Override
	public int getOrder() {
		// before the embedded default, which then sees a configured URL and stays out
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

}
