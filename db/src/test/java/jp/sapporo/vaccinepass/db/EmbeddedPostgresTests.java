package jp.sapporo.vaccinepass.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import jp.sapporo.vaccinepass.db.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server starts, is joined by a second user, keeps data and stops. */
class EmbeddedPostgresTests {

	@Test
	void aSecondProcessJoinsTheRunningServerAndDataSurvivesARestart() throws Exception {
		Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "vaccine-pass-pg-test-");
		folder.toFile().setExecutable(true, false);
		Path data = folder.resolve("data");
		try {
			int port;
			try (EmbeddedPostgres first = EmbeddedPostgres.startOrJoin(data, 0, true)) {
				port = first.port();
				assertThat(first.startedHere()).isTrue();
				first.createDatabaseIfMissing("kept");
				assertThatThrownBy(() -> first.createDatabaseIfMissing("kept; drop database postgres"))
					.isInstanceOf(IllegalArgumentException.class);
				try (EmbeddedPostgres second = EmbeddedPostgres.startOrJoin(data, port, true)) {
					assertThat(second.startedHere()).isFalse();
					execute(second.jdbcUrl("kept"),
							"create table note (text varchar(20)); insert into note values ('kept')");
				}
				// closing the joiner leaves the server running
				execute(first.jdbcUrl("kept"), "select 1");
			}
			assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/kept",
					EmbeddedPostgres.SUPERUSER, ""))
				.isInstanceOf(java.sql.SQLException.class);
			try (EmbeddedPostgres again = EmbeddedPostgres.startOrJoin(data, port, true);
					Connection connection = DriverManager.getConnection(again.jdbcUrl("kept"),
							EmbeddedPostgres.SUPERUSER, "")) {
				var rs = connection.createStatement().executeQuery("select text from note");
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("kept");
			}
		}
		finally {
			EmbeddedPostgres.deleteRecursively(folder);
		}
	}

	private static void execute(String url, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgres.SUPERUSER, "")) {
			connection.createStatement().execute(sql);
		}
	}

}
