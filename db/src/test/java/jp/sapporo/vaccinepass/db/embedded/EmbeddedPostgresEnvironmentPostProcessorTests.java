package jp.sapporo.vaccinepass.db.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default applies only when no database is configured. */
class EmbeddedPostgresEnvironmentPostProcessorTests {

	private final EmbeddedPostgresEnvironmentPostProcessor processor = new EmbeddedPostgresEnvironmentPostProcessor();

	@Test
	void aDatabaseGivenByTheStandardEnvironmentVariableIsUsedAsItIs() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("env",
					Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db.example:5432/vaccinepass")));
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getPropertySources().contains("embeddedPostgres")).isFalse();
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.example:5432/vaccinepass");
	}

	@Test
	void theEmbeddedServerCanBeSwitchedOff() {
		MockEnvironment environment = new MockEnvironment().withProperty("vaccinepass.embedded-db.enabled", "false");
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.containsProperty("spring.datasource.url")).isFalse();
	}

	@Test
	void withoutADatabaseARealServerIsStartedAndConfigured() throws Exception {
		Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")),
				"vaccine-pass-epp-test-");
		folder.toFile().setExecutable(true, false);
		MockEnvironment environment = new MockEnvironment()
			.withProperty("vaccinepass.embedded-db.data-dir", folder.resolve("data").toString())
			.withProperty("vaccinepass.embedded-db.port", "0")
			.withProperty("vaccinepass.embedded-db.database", "app");
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		String url = environment.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:").endsWith("/app");
		try (Connection connection = DriverManager.getConnection(url,
				environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password"))) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
	}

}
