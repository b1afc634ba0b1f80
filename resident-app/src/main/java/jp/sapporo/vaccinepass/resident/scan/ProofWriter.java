package jp.sapporo.vaccinepass.resident.scan;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jp.sapporo.vaccinepass.resident.ResidentAppProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the scans that open a proof: the double-tap row, the scan log row and the proof,
 * in one statement. Scans that arrive while a write is under way are written together in
 * the next statement, with one commit (group commit): at a lunchtime peak, one statement
 * for several scans costs the database about half as much per scan as one statement each
 * ({@code docs/benchmarks.md}, "Eighth round"). A scan that comes alone is written at
 * once: nothing waits for company.
 * <p>
 * One thread writes; a request hands its row over and waits for the commit, so the
 * resident sees a proof only once it is stored. Two rows of the same session and store
 * never share a statement: the second waits for the next one and then counts as a double
 * tap. A row that breaks a constraint (its resident deleted a moment ago) fails alone:
 * the others of its statement are written again one by one.
 */
@Component
class ProofWriter implements DisposableBean {

	private static final int MAX_BATCH = 64;

	private static final String WRITE = """
			with r as (
			  select r.*, nextval('scan_log_id_seq') as scan_id
			  from unnest(cast(:session as bytea[]), cast(:store as bigint[]), cast(:token as bytea[]),
			              cast(:resident as bigint[]), cast(:poster as bigint[]), cast(:basis as text[]),
			              cast(:scannedAt as timestamptz[]), cast(:expiresAt as timestamptz[]))
			       as r(session_hash, store_id, token_hash, resident_id, poster_id, basis, scanned_at, expires_at)
			), tap as (
			  insert into proof_tap as t (session_hash, store_id, token_hash, tapped_at)
			  select session_hash, store_id, token_hash, scanned_at from r
			  on conflict (session_hash, store_id) do update
			    set token_hash = excluded.token_hash, tapped_at = excluded.tapped_at
			    where t.tapped_at <= excluded.tapped_at - :windowMicros * interval '1 microsecond'
			  returning token_hash
			), scan as (
			  insert into scan_log (id, scanned_at, resident_id, store_id, poster_id, programme_id, outcome)
			  overriding system value
			  select r.scan_id, r.scanned_at, r.resident_id, r.store_id, r.poster_id, :programme, 'PROOF_ISSUED'
			  from r join tap using (token_hash)
			  returning id
			)
			insert into proof (token_hash, resident_id, store_id, poster_id, scan_id, session_hash, programme_id,
			                   basis, scanned_at, expires_at)
			select r.token_hash, r.resident_id, r.store_id, r.poster_id, r.scan_id, r.session_hash, :programme,
			       r.basis, r.scanned_at, r.expires_at
			from r join scan on scan.id = r.scan_id
			returning token_hash, id
			""";

	/**
	 * A scan that opens a proof.
	 *
	 * @param session hash of the session that scanned
	 * @param storeId the store
	 * @param tokenHash hash of the new proof's URL token
	 * @param residentId the resident
	 * @param posterId the poster scanned
	 * @param basis the basis of eligibility
	 * @param scannedAt the scan time
	 * @param expiresAt the end of the proof's validity
	 */
	record Row(byte[] session, long storeId, byte[] tokenHash, long residentId, long posterId, String basis,
			Instant scannedAt, Instant expiresAt) {

		private Object tapKey() {
			return List.of(ByteBuffer.wrap(this.session), this.storeId);
		}

	}

	private record Pending(Row row, CompletableFuture<Long> result) {
	}

	private final JdbcClient jdbc;

	private final ResidentAppProperties properties;

	private final ConcurrentLinkedDeque<Pending> pending = new ConcurrentLinkedDeque<>();

	private final ExecutorService writer = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "proof-writer");
		thread.setDaemon(true);
		return thread;
	});

	ProofWriter(JdbcClient jdbc, ResidentAppProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Write a scan, with the others that come at the same time.
	 * @param row the scan
	 * @return the new proof's id, or {@code null} when the same session scanned the same
	 * store less than {@code vaccinepass.resident.tap-window} ago (a double tap)
	 */
	Long write(Row row) {
		Pending mine = new Pending(row, new CompletableFuture<>());
		this.pending.addLast(mine);
		this.writer.execute(this::drain);
		try {
			return mine.result().get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the scan was written", ex);
		}
	}

	/**
	 * Write one scan now, on the calling thread, with a double-tap window of its own.
	 * @param row the scan
	 * @param window a scan of the same store by the same session less than this ago is a
	 * double tap
	 * @return the new proof's id, or {@code null} for a double tap
	 */
	Long writeNow(Row row, Duration window) {
		return writeAll(List.of(row), window).get(ByteBuffer.wrap(row.tokenHash()));
	}

	/**
	 * Write scans in one statement, on the calling thread.
	 * @param rows the scans, at most one per session and store
	 * @param window a scan of the same store by the same session less than this ago is a
	 * double tap
	 * @return the new proofs' ids by their token hashes; a double tap has none
	 */
	private Map<ByteBuffer, Long> writeAll(List<Row> rows, Duration window) {
		Map<ByteBuffer, Long> ids = new HashMap<>();
		this.jdbc.sql(WRITE)
			.param("session", rows.stream().map(Row::session).toArray(byte[][]::new))
			.param("store", rows.stream().mapToLong(Row::storeId).toArray())
			.param("token", rows.stream().map(Row::tokenHash).toArray(byte[][]::new))
			.param("resident", rows.stream().mapToLong(Row::residentId).toArray())
			.param("poster", rows.stream().mapToLong(Row::posterId).toArray())
			.param("basis", rows.stream().map(Row::basis).toArray(String[]::new))
			.param("scannedAt", rows.stream().map((row) -> row.scannedAt().toString()).toArray(String[]::new))
			.param("expiresAt", rows.stream().map((row) -> row.expiresAt().toString()).toArray(String[]::new))
			.param("windowMicros", window.toNanos() / 1000)
			.param("programme", this.properties.programme())
			.query((rs, n) -> ids.put(ByteBuffer.wrap(rs.getBytes("token_hash")), rs.getLong("id")))
			.list();
		return ids;
	}

	/**
	 * On the writer thread: write what is waiting, up to {@link #MAX_BATCH} scans. Every
	 * scan queued a run of this of its own, so a scan put back for the next statement is
	 * always picked up by a run still to come.
	 */
	private void drain() {
		List<Pending> batch = new ArrayList<>();
		List<Pending> later = new ArrayList<>();
		Set<Object> taps = new HashSet<>();
		Pending next;
		while (batch.size() < MAX_BATCH && (next = this.pending.pollFirst()) != null) {
			(taps.add(next.row().tapKey()) ? batch : later).add(next);
		}
		for (int i = later.size() - 1; i >= 0; i--) {
			this.pending.addFirst(later.get(i));
		}
		if (!batch.isEmpty()) {
			writeTogether(batch);
		}
	}

	private void writeTogether(List<Pending> batch) {
		try {
			Map<ByteBuffer, Long> ids = writeAll(batch.stream().map(Pending::row).toList(),
					this.properties.tapWindow());
			batch.forEach((p) -> p.result().complete(ids.get(ByteBuffer.wrap(p.row().tokenHash()))));
		}
		catch (DataIntegrityViolationException ex) {
			if (batch.size() == 1) {
				batch.get(0).result().completeExceptionally(ex);
			}
			else {
				batch.forEach((p) -> writeTogether(List.of(p)));
			}
		}
		catch (RuntimeException ex) {
			// the requests answer it (a database outage: 503); nothing is logged here
			batch.forEach((p) -> p.result().completeExceptionally(ex));
		}
	}

	/**
	 * Write what is still waiting, then stop (after the web server has drained its
	 * requests).
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.writer.shutdown();
		this.writer.awaitTermination(10, TimeUnit.SECONDS);
	}

}
