package jp.sapporo.vaccinepass.resident.retention;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Scan log retention on the real partitioned table, run once across instances. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ScanLogRetentionTests {

	@Autowired
	ScanLogRetention retention;

	@Autowired
	JdbcClient jdbc;

	private long insertScan(int daysAgo) {
		return this.jdbc
			.sql("""
					insert into scan_log (scanned_at, resident_id, store_id, poster_id, programme_id, outcome)
					select now() - make_interval(days => :days), null, p.store_id, p.id, 'sapporo-passcode-2021', 'NOT_ELIGIBLE'
					from poster p where p.token = 'demo-hokuto-susukino-0000000000000000000001'
					returning id
					""")
			.param("days", daysAgo)
			.query(Long.class)
			.single();
	}

	private boolean exists(long id) {
		return this.jdbc.sql("select count(*) from scan_log where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	@Test
	void scansOlderThan31DaysAreDeletedOnceWhateverTheNumberOfInstances() {
		long old = insertScan(40);
		long recent = insertScan(20);
		this.jdbc.sql("delete from job_lock where name = :n").param("n", ScanLogRetention.JOB).update();
		long deleted = this.retention.runOnce(Duration.ofHours(1));
		assertThat(deleted).isGreaterThanOrEqualTo(1);
		assertThat(exists(old)).isFalse();
		assertThat(exists(recent)).isTrue();
		// a second instance waking at the same time finds the lease taken and does
		// nothing
		long again = insertScan(40);
		assertThat(this.retention.runOnce(Duration.ofHours(1))).isEqualTo(-1);
		assertThat(exists(again)).isTrue();
		// once the lease ran out, the next run works again
		this.jdbc.sql("update job_lock set locked_until = now() - interval '1 second' where name = :n")
			.param("n", ScanLogRetention.JOB)
			.update();
		assertThat(this.retention.runOnce(Duration.ofHours(1))).isGreaterThanOrEqualTo(1);
		assertThat(exists(again)).isFalse();
	}

	@Test
	void aMonthWhollyBeforeTheCutoffIsDroppedWithItsProofsAndTheRestStays() {
		// the Japan month of 70 days ago ends before the cutoff (31 days ago) whatever
		// today is
		String partition = this.jdbc
			.sql("select ensure_scan_log_partition(((now() - interval '70 days') at time zone 'Asia/Tokyo')::date)")
			.query(String.class)
			.single();
		long old = insertScan(70);
		assertThat(this.jdbc.sql("select tableoid::regclass::text from scan_log where id = :id")
			.param("id", old)
			.query(String.class)
			.single()).isEqualTo(partition);
		this.jdbc
			.sql("""
					insert into proof (token_hash, resident_id, store_id, poster_id, scan_id, session_hash, programme_id, basis,
					                   scanned_at, expires_at)
					select sha256(convert_to('retention-test-' || l.id, 'UTF8')), r.id, l.store_id, l.poster_id, l.id,
					       sha256(convert_to('session', 'UTF8')), l.programme_id, 'VACCINATION', l.scanned_at,
					       l.scanned_at + interval '10 minutes'
					from scan_log l, resident_account r where l.id = :id and r.email = 'resident@example.jp'
					""")
			.param("id", old)
			.update();
		long recent = insertScan(2);
		this.jdbc.sql("delete from job_lock where name = :n").param("n", ScanLogRetention.JOB).update();

		assertThat(this.retention.runOnce(Duration.ofHours(1))).isGreaterThanOrEqualTo(1);

		assertThat(this.jdbc.sql("select to_regclass(:name) is null")
			.param("name", partition)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(exists(old)).isFalse();
		assertThat(this.jdbc.sql("select count(*) from proof where scan_id = :id")
			.param("id", old)
			.query(Long.class)
			.single()).isZero();
		assertThat(exists(recent)).isTrue();
		assertThat(this.jdbc.sql("select to_regclass('scan_log_default') is not null").query(Boolean.class).single())
			.isTrue();
	}

}
