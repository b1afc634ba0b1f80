package jp.sapporo.vaccinepass.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import jp.sapporo.vaccinepass.db.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A real, empty PostgreSQL in a throwaway folder with the migrations and the demo data
 * applied, for the tests of this module (the apps' tests use platform-test instead).
 */
public final class MigratedDatabase implements AutoCloseable {

	private final Path folder;

	private final EmbeddedPostgres postgres;

	private final String jdbcUrl;

	private final JdbcClient jdbc;

	public MigratedDatabase(String name) throws IOException {
		this.folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "vaccine-pass-db-test-");
		this.folder.toFile().setExecutable(true, false);
		this.postgres = EmbeddedPostgres.startOrJoin(this.folder.resolve("data"), 0, false);
		this.postgres.createDatabaseIfMissing(name);
		this.jdbcUrl = this.postgres.jdbcUrl(name);
		DataSource dataSource = new DriverManagerDataSource(this.jdbcUrl, EmbeddedPostgres.SUPERUSER, "");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/demo")
			.load()
			.migrate();
		this.jdbc = JdbcClient.create(dataSource);
	}

	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	@Override
	public void close() {
		this.postgres.close();
		EmbeddedPostgres.deleteRecursively(this.folder);
	}

}
