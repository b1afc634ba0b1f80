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

}
