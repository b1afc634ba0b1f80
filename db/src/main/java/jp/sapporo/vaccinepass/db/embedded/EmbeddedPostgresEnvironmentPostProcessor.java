package jp.sapporo.vaccinepass.db.embedded;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, start (or
 * join) a real PostgreSQL server on this machine and point the data source at it.
 * Production configures the standard Spring data source properties instead.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PREFIX = "vaccinepass.embedded-db.";

	private static EmbeddedPostgres server;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")
				|| !environment.getProperty(PREFIX + "enabled", Boolean.class, true)) {
			return;
		}
		Path dataDir = Path.of(environment.getProperty(PREFIX + "data-dir", "/var/tmp/vaccine-pass/pgdata"));
		int port = environment.getProperty(PREFIX + "port", Integer.class, 54329);
		String database = environment.getProperty(PREFIX + "database", "vaccinepass");
		EmbeddedPostgres postgres = startOnce(dataDir, port);
		postgres.createDatabaseIfMissing(database);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres",
					Map.of("spring.datasource.url", postgres.jdbcUrl(database), "spring.datasource.username",
							EmbeddedPostgres.SUPERUSER, "spring.datasource.password", "")));
	}

	private static synchronized EmbeddedPostgres startOnce(Path dataDir, int port) {
		if (server == null) {
			server = EmbeddedPostgres.startOrJoin(dataDir, port, true);
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
		}
		return server;
	}

	@Override
	public int getOrder() {
		// after application.properties and profiles have been read
		return Ordered.LOWEST_PRECEDENCE;
	}

}
