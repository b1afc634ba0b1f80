package jp.sapporo.vaccinepass.resident.retention;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import jp.sapporo.vaccinepass.resident.ResidentAppProperties;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scan log retention. Every instance wakes up on schedule; only the one that takes the
 * lease in {@code job_lock} (an atomic upsert) deletes, so the job runs once per period
 * however many instances there are. Proofs of deleted scans go with them.
 * <p>
 * A month partition that lies wholly before the cutoff is dropped rather than emptied row
 * by row: a month of scans (millions at city scale, see docs/benchmarks.md "Scale") goes
 * in milliseconds and leaves no dead rows. Creating or dropping a partition locks the
 * whole scan log (ACCESS EXCLUSIVE on the parent), so each such change is its own short
 * transaction that gives up after {@link #LOCK_TIMEOUT} instead of queueing scans behind
 * it; what is left is done on the next run. Only the rows of the month the cutoff falls
 * in are deleted.
 */
@Component
public class ScanLogRetention {

	static final String JOB = "resident.scan-log-retention";

	/** How long a partition change may wait for the scan log lock before it gives up. */
	static final String LOCK_TIMEOUT = "2s";

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
		// monthly partitions ahead of time, so that scans never land in the default one
		for (int month = 0; month <= 3; month++) {
			LocalDate day = now.toLocalDate().plusMonths(month).withDayOfMonth(1);
			partitionChange(() -> this.jdbc.sql("select ensure_scan_log_partition(cast(:day as date))")
				.param("day", day)
				.query(String.class)
				.single());
		}
		long dropped = 0;
		for (String partition : expiredPartitions(cutoff)) {
			long rows = this.jdbc.sql("select count(*) from " + partition).query(Long.class).single();
			if (partitionChange(() -> this.jdbc.sql("drop table " + partition).update())) {
				dropped += rows;
			}
		}
		// proofs are not partitioned: those of dropped months go here too (same scan
		// time)
		Long deleted = this.transaction.execute((status) -> {
			this.jdbc.sql("delete from proof where scanned_at < :cutoff").param("cutoff", cutoff).update();
			// double-tap markers only matter for tap-window seconds
			this.jdbc.sql("delete from proof_tap where tapped_at < :cutoff")
				.param("cutoff", now.minus(this.properties.proofLifetime()))
				.update();
			return (long) this.jdbc.sql("delete from scan_log where scanned_at < :cutoff")
				.param("cutoff", cutoff)
				.update();
		});
		deleted = ((deleted != null) ? deleted : 0) + dropped;
		logger.info("Scan log retention: deleted " + deleted + " scans older than " + cutoff.toLocalDate() + " ("
				+ dropped + " by dropping whole months)");
		return deleted;
	}

	/**
	 * The month partitions whose upper bound is at or before the cutoff (never the
	 * default partition), oldest first. Names come from the catalogue, not from input.
	 */
	List<String> expiredPartitions(OffsetDateTime cutoff) {
		return this.jdbc
			.sql("""
					select p.name from (
					  select c.oid::regclass::text as name,
					         substring(pg_get_expr(c.relpartbound, c.oid) from 'TO \\(''([^'']+)''\\)')::timestamptz as upper_bound
					  from pg_inherits i join pg_class c on c.oid = i.inhrelid
					  where i.inhparent = 'scan_log'::regclass) p
					where p.upper_bound <= :cutoff order by p.upper_bound
					""")
			.param("cutoff", cutoff)
			.query(String.class)
			.list();
	}

	/**
	 * Run one partition change in its own transaction; false when the lock was not had.
	 */
	private boolean partitionChange(Runnable change) {
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.jdbc.sql("set local lock_timeout = '" + LOCK_TIMEOUT + "'").update();
				change.run();
			});
			return true;
		}
		catch (DataAccessException ex) {
			logger.warn("Scan log retention: partition change left for the next run: " + ex.getMessage());
			return false;
		}
	}

}
