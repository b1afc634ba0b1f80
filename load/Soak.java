import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Soak driver (run by load/soak.sh as a single source file, plain JDK 17): mixed traffic
 * over two instances of each app on loopback.
 *
 * <p>
 * Phase 1, calibration: WORKERS closed-loop workers run the mix as fast as they can for
 * CALIBRATE seconds; operations per second = the measured maximum. Phase 2, soak: the mix
 * at FRACTION (0.8) of that maximum, open loop (a fixed-rate schedule; each request's time
 * counts from when it was due, so queueing shows in the latency), for DURATION seconds.
 * Heap after a full GC of every app JVM at the start, middle and end (jcmd).
 *
 * <p>
 * The mix, per operation: a scan (GET /s/{poster} on one resident instance, then the
 * proof page it redirects to on the OTHER instance: sessions and proofs live in
 * PostgreSQL) 40%, the public store directory of the merchant portal 30%, an eligibility
 * check (POST /api/v1/eligibility, 4 travellers) on the verifier console 28%, a resident
 * login (login page + form post, a new session) 2%.
 */
public final class Soak {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

	private static final String[] ENDPOINTS = { "scan", "proof", "directory", "api", "login" };

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final List<String> residents;

	private final List<String> merchants;

	private final List<String> verifiers;

	private final String apiKey;

	private final int accounts;

	private final int stores;

	private final List<String> sessions = new ArrayList<>();

	private final String apiBody;

	private final AtomicLong scanSequence = new AtomicLong();

	private volatile Stats stats = new Stats();

	private Soak(Map<String, String> env) {
		this.residents = List.of(env.get("RESIDENT_URLS").split(","));
		this.merchants = List.of(env.get("MERCHANT_URLS").split(","));
		this.verifiers = List.of(env.get("VERIFIER_URLS").split(","));
		this.apiKey = env.getOrDefault("API_KEY", "vpk_demo0001_sapporo-demo-api-key-do-not-use-in-production");
		this.accounts = Integer.parseInt(env.getOrDefault("ACCOUNTS", "2000"));
		this.stores = Integer.parseInt(env.getOrDefault("STORES", "200"));
		for (String url : concat(this.residents, this.merchants, this.verifiers)) {
			String host = URI.create(url).getHost();
			if (!("127.0.0.1".equals(host) || "localhost".equals(host))) {
				throw new IllegalArgumentException("Loopback targets only: " + url);
			}
		}
		LocalDate trip = LocalDate.now().plusDays(10);
		this.apiBody = """
				{"programme": "shinshu-wari-special-v2", "referenceDate": "%s",
				 "context": {"crossPrefecture": true, "alertLevel": 2, "priorityMeasures": true},
				 "people": [
				  {"id": "a", "birthDate": "1979-11-20", "household": "h",
				   "vaccinations": [{"dose": 1, "date": "%s"}, {"dose": 2, "date": "%s"}]},
				  {"id": "b", "birthDate": "1982-04-03", "household": "h",
				   "vaccinations": [{"dose": 1, "date": "%s"}, {"dose": 2, "date": "%s"}]},
				  {"id": "c", "birthDate": "%s", "household": "h", "guardianId": "a"},
				  {"id": "d", "birthDate": "%s", "household": "h", "guardianId": "b"}
				 ]}
				""".formatted(trip, trip.minusDays(120), trip.minusDays(99), trip.minusDays(118), trip.minusDays(97),
				trip.minusYears(9), trip.minusYears(5));
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		List<String> all = new ArrayList<>();
		for (List<String> list : lists) {
			all.addAll(list);
		}
		return all;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> env = System.getenv();
		Soak soak = new Soak(env);
		int sessionCount = Integer.parseInt(env.getOrDefault("SESSIONS", "200"));
		int workers = Integer.parseInt(env.getOrDefault("WORKERS", "24"));
		int calibrate = Integer.parseInt(env.getOrDefault("CALIBRATE", "30"));
		int duration = Integer.parseInt(env.getOrDefault("DURATION", "600"));
		double fraction = Double.parseDouble(env.getOrDefault("FRACTION", "0.8"));
		List<Long> pids = Arrays.stream(env.getOrDefault("PIDS", "").trim().split("\\s+"))
			.filter((p) -> !p.isEmpty())
			.map(Long::valueOf)
			.toList();

		System.out.printf("Logging in %d residents (alternating instances)...%n", sessionCount);
		for (int i = 1; i <= sessionCount; i++) {
			soak.sessions.add(soak.logIn(soak.residents.get(i % soak.residents.size()), i));
		}

		System.out.printf("Calibrating: %d closed-loop workers for %d s...%n", workers, calibrate);
		soak.closedLoop(workers, 10);
		soak.stats = new Stats();
		long began = System.nanoTime();
		soak.closedLoop(workers, calibrate);
		double max = soak.stats.operations.get() / ((System.nanoTime() - began) / 1e9);
		System.out.printf("Measured maximum: %.0f operations/s (errors %d)%n", max, soak.stats.errors());
		soak.stats.print();
		double rate = max * fraction;

		soak.stats = new Stats();
		System.out.printf("%nSoak: %.0f operations/s (%.0f%% of the maximum) for %d s, open loop%n", rate,
				fraction * 100, duration);
		Map<String, long[]> heap = new TreeMap<>();
		heap(pids, heap, 0);
		soak.openLoop(rate, duration, pids, heap);
		heap(pids, heap, 2);
		System.out.println();
		System.out.println("Per endpoint over the whole soak:");
		soak.stats.print();
		System.out.println();
		System.out.println("Heap used after a full GC (MB): start / middle / end");
		heap.forEach((pid, mb) -> System.out.printf("  pid %s: %d / %d / %d%n", pid, mb[0], mb[1], mb[2]));
		long errors = soak.stats.errors();
		System.out.printf("RESULT rate=%.0f max=%.0f operations=%d errors=%d%n", rate, max, soak.stats.operations.get(),
				errors);
		System.exit((errors == 0) ? 0 : 1);
	}

	/** One operation of the mix, chosen at random with the mix's weights. */
	private void operation(long due) {
		int pick = ThreadLocalRandom.current().nextInt(100);
		if (pick < 40) {
			scan(due);
		}
		else if (pick < 70) {
			directory(due);
		}
		else if (pick < 98) {
			api(due);
		}
		else {
			login(due);
		}
		this.stats.operations.incrementAndGet();
	}

	private void closedLoop(int workers, int seconds) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		for (int i = 0; i < workers; i++) {
			pool.execute(() -> {
				while (System.nanoTime() < end) {
					operation(System.nanoTime());
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
	}

	private void openLoop(double rate, int seconds, List<Long> pids, Map<String, long[]> heap)
			throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(256);
		long start = System.nanoTime();
		long interval = (long) (1e9 / rate);
		long total = (long) (rate * seconds);
		long nextReport = start + TimeUnit.SECONDS.toNanos(60);
		boolean middleDone = false;
		Stats minute = this.stats.snapshot();
		for (long i = 0; i < total; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			pool.execute(() -> operation(due));
			if (System.nanoTime() >= nextReport) {
				Stats now = this.stats.snapshot();
				System.out.printf("  minute %d: %d operations, %d errors, p99 scan %.1f ms%n",
						TimeUnit.NANOSECONDS.toMinutes(System.nanoTime() - start),
						now.operations.get() - minute.operations.get(), now.errors() - minute.errors(),
						now.percentileSince(minute, "scan", 0.99));
				minute = now;
				nextReport += TimeUnit.SECONDS.toNanos(60);
			}
			if (!middleDone && i >= total / 2) {
				middleDone = true;
				new Thread(() -> heap(pids, heap, 1), "heap-middle").start();
			}
		}
		pool.shutdown();
		pool.awaitTermination(120, TimeUnit.SECONDS);
	}

	private String logIn(String base, int i) {
		String account = "load-resident-" + (1 + (i - 1) % this.accounts) + "@example.jp";
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build());
		String cookie = cookie(page);
		Matcher csrf = CSRF.matcher(page.body());
		if (cookie == null || !csrf.find()) {
			throw new IllegalStateException("No login form at " + base);
		}
		String form = "username=" + URLEncoder.encode(account, StandardCharsets.UTF_8)
				+ "&password=sapporo-demo-2026&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		String session = cookie(done);
		if (done.statusCode() != 302 || session == null
				|| done.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Login failed for " + account + ": " + done.statusCode());
		}
		return session;
	}

	private static String cookie(HttpResponse<?> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			if (header.startsWith("VP_RESIDENT=")) {
				return header.substring(0, header.indexOf(';'));
			}
		}
		return null;
	}

	private void scan(long due) {
		// every session scans every store in turn: the same session scans the same store
		// again only after (sessions x stores) scans, so no double taps (one proof each)
		long n = this.scanSequence.getAndIncrement();
		String session = this.sessions.get((int) ((n / this.stores) % this.sessions.size()));
		int store = 1 + (int) (n % this.stores);
		int instance = ThreadLocalRandom.current().nextInt(this.residents.size());
		String scanBase = this.residents.get(instance);
		String proofBase = this.residents.get((instance + 1) % this.residents.size());
		HttpResponse<String> scan = timed("scan", due,
				HttpRequest.newBuilder(URI.create(scanBase + "/s/load-poster-%06d".formatted(store)))
					.header("Cookie", session)
					.GET()
					.build(),
				200, "proof-store");
		if (scan == null) {
			return;
		}
		// the scan answers with the proof page; its own URL (a reload) is opened at the
		// other instance
		String location = scan.headers().firstValue("Content-Location").orElse("");
		timed("proof", System.nanoTime(),
				HttpRequest.newBuilder(URI.create(proofBase + location)).header("Cookie", session).GET().build(), 200,
				"proof-store");
	}

	private void directory(long due) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String base = this.merchants.get(random.nextInt(this.merchants.size()));
		String query = (random.nextBoolean()) ? "?page=" + (1 + random.nextInt(5)) : "?q=" + (1 + random.nextInt(200));
		timed("directory", due, HttpRequest.newBuilder(URI.create(base + "/directory" + query)).GET().build(), 200,
				null);
	}

	private void api(long due) {
		String base = this.verifiers.get(ThreadLocalRandom.current().nextInt(this.verifiers.size()));
		timed("api", due,
				HttpRequest.newBuilder(URI.create(base + "/api/v1/eligibility"))
					.header("Content-Type", "application/json")
					.header("X-API-Key", this.apiKey)
					.POST(HttpRequest.BodyPublishers.ofString(this.apiBody))
					.build(),
				200, "\"status\"");
	}

	private void login(long due) {
		int i = 1 + ThreadLocalRandom.current().nextInt(this.accounts);
		String base = this.residents.get(i % this.residents.size());
		try {
			logIn(base, i);
			this.stats.record("login", System.nanoTime() - due, true);
		}
		catch (RuntimeException ex) {
			this.stats.record("login", System.nanoTime() - due, false);
			this.stats.failure("login: " + ex.getMessage());
		}
	}

	private HttpResponse<String> timed(String endpoint, long due, HttpRequest request, int status, String mustContain) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			boolean ok = response.statusCode() == status
					&& (mustContain == null || response.body().contains(mustContain));
			this.stats.record(endpoint, System.nanoTime() - due, ok);
			if (!ok) {
				this.stats.failure(endpoint + ": HTTP " + response.statusCode());
				return null;
			}
			return response;
		}
		catch (IOException ex) {
			this.stats.record(endpoint, System.nanoTime() - due, false);
			this.stats.failure(endpoint + ": " + ex.getClass().getSimpleName());
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex.getClass().getSimpleName() + " " + request.uri().getPath());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted");
		}
	}

	/** Heap used after a full GC, per JVM, in column {@code at} (0 start, 1 middle, 2 end). */
	private static void heap(List<Long> pids, Map<String, long[]> heap, int at) {
		for (long pid : pids) {
			try {
				run("jcmd", Long.toString(pid), "GC.run");
				Matcher used = HEAP_USED.matcher(run("jcmd", Long.toString(pid), "GC.heap_info"));
				long mb = used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
				heap.computeIfAbsent(Long.toString(pid), (k) -> new long[] { -1, -1, -1 })[at] = mb;
			}
			catch (IOException ex) {
				System.out.println("jcmd failed for " + pid + ": " + ex.getMessage());
			}
		}
	}

	private static String run(String... command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			process.waitFor(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return out;
	}

	/** Latencies (microseconds) and errors per endpoint. */
	static final class Stats {

		final AtomicLong operations = new AtomicLong();

		final Map<String, LongList> latencies = new ConcurrentHashMap<>();

		final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

		final Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();

		Stats() {
			for (String endpoint : ENDPOINTS) {
				this.latencies.put(endpoint, new LongList());
				this.failed.put(endpoint, new AtomicInteger());
			}
		}

		void record(String endpoint, long nanos, boolean ok) {
			this.latencies.get(endpoint).add(nanos / 1000);
			if (!ok) {
				this.failed.get(endpoint).incrementAndGet();
			}
		}

		void failure(String what) {
			this.failures.computeIfAbsent(what, (k) -> new AtomicInteger()).incrementAndGet();
		}

		long errors() {
			return this.failed.values().stream().mapToLong(AtomicInteger::get).sum();
		}

		/** A copy of the counters (and the sizes of the latency lists) as they are now. */
		Stats snapshot() {
			Stats copy = new Stats();
			copy.operations.set(this.operations.get());
			this.failed.forEach((k, v) -> copy.failed.get(k).set(v.get()));
			this.latencies.forEach((k, v) -> copy.latencies.get(k).mark = v.size());
			copy.source = this;
			return copy;
		}

		Stats source;

		double percentileSince(Stats before, String endpoint, double p) {
			LongList list = (this.source != null) ? this.source.latencies.get(endpoint) : this.latencies.get(endpoint);
			long[] values = list.range(before.latencies.get(endpoint).mark, this.latencies.get(endpoint).mark);
			return percentile(values, p) / 1000.0;
		}

		void print() {
			System.out.printf("  %-10s %9s %7s %9s %9s %9s%n", "endpoint", "requests", "errors", "p50 ms", "p95 ms",
					"p99 ms");
			for (String endpoint : ENDPOINTS) {
				long[] values = this.latencies.get(endpoint).range(0, Integer.MAX_VALUE);
				System.out.printf("  %-10s %9d %7d %9.1f %9.1f %9.1f%n", endpoint, values.length,
						this.failed.get(endpoint).get(), percentile(values, 0.50) / 1000.0,
						percentile(values, 0.95) / 1000.0, percentile(values, 0.99) / 1000.0);
			}
			this.failures.forEach((what, count) -> System.out.printf("  failed: %s x %d%n", what, count.get()));
		}

		static long percentile(long[] values, double p) {
			if (values.length == 0) {
				return 0;
			}
			long[] sorted = values.clone();
			Arrays.sort(sorted);
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
		}

	}

	/** A growing list of longs, appended to by many threads. */
	static final class LongList {

		private long[] values = new long[1 << 16];

		private int size;

		int mark;

		synchronized void add(long value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		synchronized int size() {
			return this.size;
		}

		synchronized long[] range(int from, int to) {
			int end = Math.min(to, this.size);
			return (from >= end) ? new long[0] : Arrays.copyOfRange(this.values, from, end);
		}

	}

}
