package jp.sapporo.vaccinepass.resident.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group commit of scans: scans that arrive while a write is under way go out together
 * in the next statement, but never two of the same session and store, and a scan that
 * breaks a constraint does not take the others down with it. The writer is held in a
 * write by a row lock that the test takes on one double-tap row, so that the scans of the
 * test are all waiting when it lets go.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ProofWriterTests {

	@Autowired
	ProofWriter writer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	long resident;

	long store;

	long poster;

	@BeforeEach
	void demoResidentAndPoster() {
		this.resident = this.jdbc.sql("select id from resident_account where email = 'resident@example.jp'")
			.query(Long.class)
			.single();
		this.poster = this.jdbc.sql("select id from poster where token = 'demo-hokuto-susukino-0000000000000000000001'")
			.query(Long.class)
			.single();
		this.store = this.jdbc.sql("select store_id from poster where id = :id")
			.param("id", this.poster)
			.query(Long.class)
			.single();
	}

	private ProofWriter.Row row(byte[] session, long residentId) {
		return row(session, residentId, Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

	private ProofWriter.Row row(byte[] session, long residentId, Instant scannedAt) {
		return new ProofWriter.Row(session, this.store, ProofTokens.hash(ProofTokens.newToken()), residentId,
				this.poster, "VACCINATED", scannedAt, scannedAt.plus(Duration.ofMinutes(10)));
	}

	private static byte[] newSession() {
		return ProofTokens.sessionHash(ProofTokens.newToken());
	}

	private record Scan(Thread thread, FutureTask<Long> result) {

		Long proofId() throws Exception {
			return this.result.get(30, TimeUnit.SECONDS);
		}

	}

	private Scan scan(ProofWriter.Row row) {
		FutureTask<Long> result = new FutureTask<>(() -> this.writer.write(row));
		Thread thread = new Thread(result);
		thread.start();
		return new Scan(thread, result);
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	/**
	 * Hold the writer in a write (its double-tap row locked by another transaction), make
	 * the scans, wait until each has handed its row over, then let the writer go on.
	 * @return the scans, in the order of the rows
	 */
	private List<Scan> whileTheWriterIsHeld(List<ProofWriter.Row> rows) throws Exception {
		byte[] blocker = newSession();
		this.jdbc.sql("""
				insert into proof_tap (session_hash, store_id, token_hash, tapped_at)
				values (:session, :store, :hash, now() - interval '1 hour')
				""").param("session", blocker).param("store", this.store).param("hash", new byte[32]).update();
		List<Scan> scans = new ArrayList<>();
		Scan held;
		try (Connection lock = this.dataSource.getConnection()) {
			lock.setAutoCommit(false);
			try (PreparedStatement statement = lock
				.prepareStatement("select 1 from proof_tap where session_hash = ? and store_id = ? for update")) {
				statement.setBytes(1, blocker);
				statement.setLong(2, this.store);
				statement.execute();
			}
			held = scan(row(blocker, this.resident));
			await(() -> this.jdbc.sql("select count(*) from pg_locks where not granted")
				.query(Long.class)
				.single() > 0);
			for (ProofWriter.Row row : rows) {
				scans.add(scan(row));
			}
			// a scan waits for its answer only after handing its row over
			await(() -> scans.stream().allMatch((scan) -> scan.thread().getState() == Thread.State.WAITING));
			lock.rollback();
		}
		assertThat(held.proofId()).isNotNull();
		return scans;
	}

	private long transactions(List<Long> proofIds) {
		return this.jdbc.sql("select count(distinct xmin::text) from proof where id in (:ids)")
			.param("ids", proofIds)
			.query(Long.class)
			.single();
	}

	@Test
	void scansThatWaitTogetherAreWrittenInOneStatementButATapOfTheSameSessionAndStoreWaitsForTheNext()
			throws Exception {
		byte[] twice = newSession();
		List<Scan> scans = whileTheWriterIsHeld(List.of(row(newSession(), this.resident),
				row(newSession(), this.resident), row(twice, this.resident), row(twice, this.resident)));
		Long a = scans.get(0).proofId();
		Long b = scans.get(1).proofId();
		Long first = scans.get(2).proofId();
		Long second = scans.get(3).proofId();
		assertThat(a).isNotNull();
		assertThat(b).isNotNull();
		// of the two taps, one made the proof and the other is a double tap of it
		assertThat((first == null) != (second == null)).isTrue();
		Long tapped = (first != null) ? first : second;
		assertThat(transactions(List.of(a, b, tapped))).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from proof where session_hash = :s")
			.param("s", twice)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from proof p join scan_log l on l.id = p.scan_id
				where p.id in (:ids) and l.outcome = 'PROOF_ISSUED' and l.resident_id = :resident
				""").param("ids", List.of(a, b, tapped)).param("resident", this.resident).query(Long.class).single())
			.isEqualTo(3);
	}

	@Test
	void aScanThatBreaksAConstraintFailsAloneAndTheOthersOfItsStatementAreWritten() throws Exception {
		byte[] gone = newSession();
		List<Scan> scans = whileTheWriterIsHeld(
				List.of(row(newSession(), this.resident), row(gone, -1), row(newSession(), this.resident)));
		assertThat(scans.get(0).proofId()).isNotNull();
		assertThat(scans.get(2).proofId()).isNotNull();
		try {
			scans.get(1).proofId();
			throw new AssertionError("a scan of a resident who does not exist was written");
		}
		catch (ExecutionException ex) {
			assertThat(ex.getCause()).isInstanceOf(DataIntegrityViolationException.class);
		}
		assertThat(this.jdbc.sql("select count(*) from proof_tap where session_hash = :s")
			.param("s", gone)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aSecondTapWithinTheWindowIsADoubleTapAndWithoutAWindowMakesAProofOfItsOwn() throws Exception {
		byte[] session = newSession();
		Long first = this.writer.write(row(session, this.resident));
		assertThat(first).isNotNull();
		assertThat(this.writer.write(row(session, this.resident))).isNull();
		// no window (a vanished proof): the same tap makes a proof of its own
		Long third = this.writer.writeNow(row(session, this.resident), Duration.ZERO);
		assertThat(third).isNotNull().isNotEqualTo(first);
	}

	@Test
	void theDoubleTapWindowEndsExactlyThirtySecondsAfterTheTap() {
		Duration window = Duration.ofSeconds(30);
		Instant tapped = Instant.now().truncatedTo(ChronoUnit.MICROS);
		byte[] session = newSession();
		assertThat(this.writer.writeNow(row(session, this.resident, tapped), window)).isNotNull();
		// one microsecond short of the window: the same visit
		assertThat(this.writer.writeNow(row(session, this.resident, tapped.plus(window).minusNanos(1_000)), window))
			.isNull();
		// exactly the window later: a new visit with a proof of its own
		assertThat(this.writer.writeNow(row(session, this.resident, tapped.plus(window)), window)).isNotNull();
	}

}
