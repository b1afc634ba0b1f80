package jp.sapporo.vaccinepass.resident.retention;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import jp.sapporo.vaccinepass.resident.ResidentAppProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scan log retention. Every instance wakes up on schedule; only the one that takes the
 * lease in {@code job_lock} (an atomic upsert) deletes, so the job runs once per period
 * however many instances there are. Proofs of deleted scans go with them.
 */
@Component
public class ScanLogRetention {

	static final String JOB = "resident.scan-log-retention";

	private static final Log logger = LogFactory.getLog(ScanLogRetention.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ResidentAppProperties properties;

	private final TransactionTemplate transaction;

	private final String instance = ManagementFactory.getRuntimeMXBean().getName();

	ScanLogRetention(JdbcClient jdbc, Clock clock, ResidentAppProperties properties,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${vaccinepass.resident.scan-log-retention-cron:0 30 4 * * *}", zone = "Asia/Tokyo")
	void scheduled() {
		runOnce(Duration.ofHours(20));
	}

	/**
	 * Run the job unless another instance holds the lease.
	 * @param lease how long this run keeps others out
	 * @return scan rows deleted, or -1 when another instance has the lease
	 */
	public long runOnce(Duration lease) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		boolean acquired = this.jdbc.sql("""
				insert into job_lock (name, locked_until, locked_at, locked_by) values (:name, :until, :now, :by)
				on conflict (name) do update set locked_until = excluded.locked_until, locked_at = excluded.locked_at,
				    locked_by = excluded.locked_by
				where job_lock.locked_until <= :now
				""")
			.param("name", JOB)
			.param("until", now.plus(lease))
			.param("now", now)
			.param("by", this.instance)
			.update() == 1;
		if (!acquired) {
			return -1;
		}
		OffsetDateTime cutoff = now.minus(this.properties.scanLogRetention());
		Long deleted = this.transaction.execute((status) -> {
			// monthly partitions ahead of time, so that scans never land in the default
			// one
			for (int month = 0; month <= 3; month++) {
				this.jdbc.sql("select ensure_scan_log_partition(cast(:day as date))")
					.param("day", now.toLocalDate().plusMonths(month).withDayOfMonth(1))
					.query(String.class)
					.single();
			}
			this.jdbc.sql("delete from proof where scanned_at < :cutoff").param("cutoff", cutoff).update();
			// double-tap markers only matter for tap-window seconds
			this.jdbc.sql("delete from proof_tap where tapped_at < :cutoff")
				.param("cutoff", now.minus(this.properties.proofLifetime()))
				.update();
			return (long) this.jdbc.sql("delete from scan_log where scanned_at < :cutoff")
				.param("cutoff", cutoff)
				.update();
		});
		logger.info("Scan log retention: deleted " + deleted + " scans older than " + cutoff.toLocalDate());
		return (deleted != null) ? deleted : 0;
	}

}
