package jp.sapporo.vaccinepass.db;

import java.time.LocalDate;

import jp.sapporo.vaccinepass.db.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migrations and the demo data applied to a real, empty PostgreSQL, and the integrity
 * rules the database itself enforces.
 */
class SchemaTests {

	private static MigratedDatabase database;

	private static JdbcClient jdbc;

	@BeforeAll
	static void migrate() throws Exception {
		database = new MigratedDatabase("schema_test");
		jdbc = database.jdbc();
	}

	@AfterAll
	static void stop() {
		database.close();
	}

	@Test
	void theAreaHasTwelveMunicipalities() {
		assertThat(jdbc.sql("select count(*) from municipality").query(Long.class).single()).isEqualTo(12);
		assertThat(jdbc.sql("select name_ja from municipality order by sort_order").query(String.class).list())
			.startsWith("札幌市", "小樽市")
			.endsWith("長沼町");
	}

	@Test
	void demoDataCoversEveryStoreState() {
		assertThat(jdbc.sql("select distinct status from store").query(String.class).set())
			.containsExactlyInAnyOrder("DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "WITHDRAWN");
	}

	@Test
	void demoDosesAreRelativeToToday() {
		LocalDate secondDose = jdbc.sql("""
				select d.dose_date from vaccination_dose d join vaccination_record r on r.id = d.record_id
				join resident_account a on a.id = r.resident_id
				where a.email = 'waiting@example.jp' and d.dose_number = 2
				""").query(LocalDate.class).single();
		LocalDate today = jdbc.sql("select current_date").query(LocalDate.class).single();
		assertThat(secondDose).isEqualTo(today.minusDays(5));
	}

	@Test
	void demoDataCanBeAppliedTwice() {
		long before = jdbc.sql("select count(*) from store").query(Long.class).single();
		Flyway.configure()
			.dataSource(new DriverManagerDataSource(database.jdbcUrl(), EmbeddedPostgres.SUPERUSER, ""))
			.locations("classpath:db/migration", "classpath:db/demo")
			.load()
			.migrate();
		assertThat(jdbc.sql("select count(*) from store").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anAgentMustBelongToAnAgency() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into staff_account (username, password_hash, display_name, role)
				values ('lonely-agent@example.jp', 'x', 'x', 'TRAVEL_AGENT')
				""").update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("staff_agency_matches_role");
	}

	@Test
	void aResidentIsEitherFromTheAreaOrAVisitor() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into resident_account (identity_kind, email, password_hash, full_name, birth_date, visitor,
				  terms_accepted_at, privacy_accepted_at)
				values ('EMAIL', 'nowhere@example.jp', 'x', 'x', date '1990-01-01', false, now(), now())
				""").update()).isInstanceOf(DataAccessException.class).hasMessageContaining("resident_home");
	}

	@Test
	void aStoreHasOnlyOneWorkingPoster() {
		long storeId = jdbc.sql("select store_id from poster where status = 'ACTIVE' order by id limit 1")
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> jdbc.sql("""
				insert into poster (store_id, revision_id, serial, token)
				select store_id, revision_id, 'P-TEST-1', 'test-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
				from poster where store_id = :store and status = 'ACTIVE'
				""").param("store", storeId).update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("poster_one_active_per_store_uk");
	}

	@Test
	void theAuditLogCannotBeChanged() {
		jdbc.sql("insert into audit_log (app, actor_kind, action) values ('test', 'STAFF', 'VIEW_RESIDENT')").update();
		assertThatThrownBy(() -> jdbc.sql("update audit_log set action = 'NOTHING'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	void scansLandInTheirMonthsPartition() {
		long storeId = jdbc.sql("select store_id from poster where status = 'ACTIVE' order by id limit 1")
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into scan_log (scanned_at, store_id, poster_id, programme_id, outcome)
				select timestamptz '2026-03-31 23:30:00+09', store_id, id, 'sapporo-passcode-2021', 'NOT_ELIGIBLE'
				from poster where store_id = :store and status = 'ACTIVE'
				""").param("store", storeId).update();
		// 23:30 on 31 March in Japan is still March, though it is 14:30 UTC
		assertThat(jdbc.sql("select count(*) from scan_log_202603").query(Long.class).single()).isEqualTo(1);
	}

}
