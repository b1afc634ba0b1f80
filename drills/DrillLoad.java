import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver of the fault drills (plain JDK + the PostgreSQL JDBC driver for "verify").
 * <p>
 * {@code run}: signed-in residents (load-resident-N of load/sql) scan posters and open the
 * proof page, spread round-robin over one or more resident app instances with one session
 * each (the session lives in PostgreSQL, so any instance serves it); booking systems post
 * eligibility checks to the verifier console's API with a unique X-Booking-Reference.
 * Every write the app acknowledged is written down: the proof id of each scan answered
 * with its proof page (as its SHA-256, as stored) and the booking reference of each check answered 200.
 * A connection refused (the instance is not listening), or a GET whose keep-alive
 * connection was closed before a single byte came back, is sent to the next instance, as a
 * load balancer does; anything else that fails is counted as failed. Health of every instance
 * is polled every 250 ms and its changes printed.
 * <p>
 * {@code verify}: compares the acknowledged writes with the database: 0 lost, 0 half
 * written (a load resident's proof without its scan_log row, or PROOF_ISSUED scan without its proof, a
 * check whose stored request lacks travellers).
 *
 * <pre>
 * java -cp postgresql.jar drills/DrillLoad.java run out=DIR seconds=40 resident=URL[,URL] [verifier=URL apiKey=KEY]
 *      [residents=8] [apiThreads=2] [firstResident=1]
 * java -cp postgresql.jar drills/DrillLoad.java verify out=DIR jdbc=URL
 * </pre>
 */
public class DrillLoad {

	private static final String FRIENDLY_503 = "ただいま混み合っているか";

	private final Map<String, String> options;

	private final Path out;

	private final long started = System.nanoTime();

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<String> ackedScans = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<String> ackedChecks = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();

	private final Map<String, Long> downUntil = new ConcurrentHashMap<>();

	private final AtomicLong checkSequence = new AtomicLong();

	private volatile boolean running = true;

	DrillLoad(Map<String, String> options) {
		this.options = options;
		this.out = Path.of(options.get("out"));
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new TreeMap<>();
		for (int i = 1; i < args.length; i++) {
			String[] pair = args[i].split("=", 2);
			options.put(pair[0], pair[1]);
		}
		DrillLoad drill = new DrillLoad(options);
		if ("verify".equals(args[0])) {
			drill.verify();
		}
		else {
			drill.run();
		}
	}

	// ------------------------------------------------------------------ run

	void run() throws Exception {
		Files.createDirectories(this.out);
		List<URI> residentApps = uris(this.options.get("resident"));
		for (URI uri : residentApps) {
			loopbackOnly(uri);
		}
		int residents = Integer.parseInt(this.options.getOrDefault("residents", "8"));
		int apiThreads = this.options.containsKey("verifier")
				? Integer.parseInt(this.options.getOrDefault("apiThreads", "2")) : 0;
		int firstResident = Integer.parseInt(this.options.getOrDefault("firstResident", "1"));
		int seconds = Integer.parseInt(this.options.getOrDefault("seconds", "40"));
		String runId = Long.toString(System.currentTimeMillis(), 36);

		List<HttpClient> sessions = new ArrayList<>();
		for (int i = 0; i < residents; i++) {
			sessions.add(logIn(residentApps.get(0), "load-resident-" + (firstResident + i) + "@example.jp"));
		}
		List<URI> monitored = new ArrayList<>(residentApps);
		if (apiThreads > 0) {
			monitored.add(URI.create(this.options.get("verifier")));
			loopbackOnly(monitored.get(monitored.size() - 1));
		}
		Files.writeString(this.out.resolve("ready"), "ready\n");
		event("logged in " + residents + " residents; load starts");
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < residents; i++) {
			HttpClient session = sessions.get(i);
			int offset = i;
			threads.add(start(() -> scanLoop(session, residentApps, offset, end), false));
		}
		for (int i = 0; i < apiThreads; i++) {
			threads.add(start(() -> checkLoop(URI.create(this.options.get("verifier")), runId, end), false));
		}
		Thread health = start(() -> pollHealth(monitored), true);
		for (Thread thread : threads) {
			thread.join();
		}
		this.running = false;
		health.join(2000);
		Files.write(this.out.resolve("acked-scans.txt"), this.ackedScans);
		Files.write(this.out.resolve("acked-checks.txt"), this.ackedChecks);
		Files.write(this.out.resolve("events.txt"), this.events);
		StringBuilder result = new StringBuilder("RESULT");
		new TreeMap<>(this.counts).forEach((key, value) -> result.append(' ').append(key).append('=').append(value));
		result.append(" acked_scans=").append(this.ackedScans.size());
		result.append(" acked_checks=").append(this.ackedChecks.size());
		System.out.println(result);
		Files.writeString(this.out.resolve("result.txt"), result + "\n");
	}

	private void scanLoop(HttpClient session, List<URI> apps, int offset, long end) {
		Random random = new Random(offset * 7919L);
		int turn = offset;
		while (System.nanoTime() < end) {
			String poster = "/s/load-poster-%06d".formatted(1 + random.nextInt(200));
			HttpResponse<String> scan = send(session, apps, turn++, (base) -> get(base, poster, "text/html"), "scan");
			if (scan == null) {
				continue;
			}
			if (scan.statusCode() == 200 && scan.headers().firstValue("Content-Location").isPresent()) {
				// the scan answered with its proof page, which names its own URL
				String location = scan.headers().firstValue("Content-Location").orElseThrow();
				String token = location.substring(location.lastIndexOf('/') + 1);
				this.ackedScans.add(HexFormat.of().formatHex(sha256("proof:" + token)));
				count(scan.body().contains("proof-store") ? "scan_proof_200" : "scan_proof_incomplete");
				HttpResponse<String> proof = send(session, apps, turn++,
						(base) -> get(base, "/p/" + token, "text/html"), "proof");
				if (proof != null) {
					count((proof.statusCode() == 200 && proof.body().contains("proof-store")) ? "proof_200"
							: "proof_" + proof.statusCode());
				}
			}
			else {
				count("scan_" + scan.statusCode());
				if (scan.statusCode() >= 500 && scan.statusCode() != 503) {
					event("scan answered " + scan.statusCode() + " by " + scan.uri().getPort() + ": "
							+ scan.body().replaceAll("\\s+", " ").substring(0, Math.min(300, scan.body().length())));
				}
			}
		}
	}

	private void checkLoop(URI verifier, String runId, long end) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String body = booking(LocalDate.now().plusDays(10));
		while (System.nanoTime() < end) {
			String reference = "drill-" + runId + "-" + this.checkSequence.incrementAndGet();
			HttpRequest request = HttpRequest.newBuilder(verifier.resolve("/api/v1/eligibility"))
				.header("Content-Type", "application/json")
				.header("X-API-Key", this.options.get("apiKey"))
				.header("X-Booking-Reference", reference)
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> response = send(client, List.of(verifier), 0, (base) -> request, "check");
			if (response == null) {
				continue;
			}
			if (response.statusCode() == 200) {
				this.ackedChecks.add(reference);
				count("check_200");
			}
			else {
				count("check_" + response.statusCode());
				if (response.statusCode() == 503 && response.body().contains("Exception")) {
					count("check_503_with_exception_text");
				}
			}
			if (response.statusCode() != 200) {
				pause(50);
			}
		}
	}

	/** Three vaccinated adults on a Shinshu-wari trip (a valid request, stored when checked). */
	private static String booking(LocalDate start) {
		StringBuilder people = new StringBuilder();
		for (int i = 1; i <= 3; i++) {
			people.append((i > 1) ? "," : "")
				.append("{\"id\":\"t%d\",\"birthDate\":\"%s\",\"household\":\"h\",".formatted(i, start.minusYears(30 + i)))
				.append("\"vaccinations\":[{\"dose\":1,\"date\":\"%s\"},{\"dose\":2,\"date\":\"%s\"}]}"
					.formatted(start.minusDays(100), start.minusDays(70)));
		}
		return "{\"programme\":\"shinshu-wari-special-v2\",\"referenceDate\":\"" + start
				+ "\",\"context\":{\"crossPrefecture\":true,\"alertLevel\":2,\"priorityMeasures\":true},\"people\":["
				+ people + "]}";
	}

	/**
	 * Send to the instance of this turn; a refused connection (nothing listening) goes to
	 * the next instance, as a load balancer would; any other failure counts as failed.
	 */
	private HttpResponse<String> send(HttpClient client, List<URI> apps, int turn,
			java.util.function.Function<URI, HttpRequest> request, String what) {
		for (int attempt = 0; attempt < apps.size(); attempt++) {
			URI base = apps.get(Math.floorMod(turn + attempt, apps.size()));
			if (this.downUntil.getOrDefault(base.toString(), 0L) > System.nanoTime() && attempt < apps.size() - 1) {
				continue;
			}
			try {
				HttpResponse<String> response = client.send(request.apply(base), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 503 && !what.equals("check")) {
					boolean friendly = response.body().contains(FRIENDLY_503)
							&& !response.body().contains("Exception") && !response.body().contains("\tat ");
					count(friendly ? "page_503_friendly" : "page_503_not_friendly");
					if (response.headers().firstValue("Retry-After").isPresent()) {
						count("page_503_retry_after");
					}
				}
				return response;
			}
			catch (ConnectException ex) {
				this.downUntil.put(base.toString(), System.nanoTime() + 1_000_000_000L);
				count(what + "_rerouted_connection_refused");
				if (apps.size() == 1) {
					pause(100);
				}
			}
			catch (IOException ex) {
				if (apps.size() > 1 && String.valueOf(ex.getMessage()).contains("received no bytes")
						&& !what.equals("check")) {
					// a GET sent on a keep-alive connection the instance closed as it
					// stopped: not a byte came back, so it was not served; a load balancer
					// re-sends such a request to the next instance
					this.downUntil.put(base.toString(), System.nanoTime() + 1_000_000_000L);
					count(what + "_resent_connection_closed_without_answer");
					event(what + " re-sent: " + base + " closed the connection without an answer");
					continue;
				}
				count(what + "_failed_" + ex.getClass().getSimpleName());
				event(what + " failed at " + base + ": " + ex);
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
		count(what + "_no_instance");
		pause(100);
		return null;
	}

	private void pollHealth(List<URI> apps) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Map<URI, String> last = new ConcurrentHashMap<>();
		while (this.running) {
			for (URI app : apps) {
				String state;
				try {
					HttpResponse<String> health = client.send(HttpRequest.newBuilder(app.resolve("/actuator/health"))
						.timeout(Duration.ofSeconds(10))
						.build(), HttpResponse.BodyHandlers.ofString());
					state = health.statusCode() + " " + health.body().replaceAll("\\s+", "");
				}
				catch (IOException ex) {
					state = "no answer (" + ex.getClass().getSimpleName() + ")";
				}
				catch (InterruptedException ex) {
					return;
				}
				if (!state.equals(last.get(app))) {
					last.put(app, state);
					event("health " + app.getPort() + ": " + state);
				}
			}
			pause(250);
		}
	}

	private HttpClient logIn(URI base, String user) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String form = client.send(get(base, "/login", "text/html"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No login form at " + base);
		}
		String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=sapporo-demo-2026&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(base.resolve("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Login failed for " + user + ": " + login.statusCode());
		}
		return client;
	}

	private static HttpRequest get(URI base, String path, String accept) {
		return HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).timeout(Duration.ofSeconds(30)).build();
	}

	// ------------------------------------------------------------------ verify

	void verify() throws Exception {
		List<String> scans = Files.readAllLines(this.out.resolve("acked-scans.txt"));
		List<String> checks = Files.readAllLines(this.out.resolve("acked-checks.txt"));
		try (Connection db = DriverManager.getConnection(this.options.get("jdbc"), "postgres", "")) {
			long scansStored = count(db, """
					select count(*) from unnest(?::text[]) as acked(hash)
					join proof p on p.id = coalesce(
					  (select x.id from proof x where x.token_hash = decode(acked.hash, 'hex')),
					  -- a double tap: the proof of the scan a moment ago, under a URL of its own
					  (select a.proof_id from proof_alias a where a.token_hash = decode(acked.hash, 'hex')))
					join scan_log s on s.id = p.scan_id and s.outcome = 'PROOF_ISSUED'
					""", scans);
			long checksStored = count(db, """
					select count(distinct c.booking_reference) from unnest(?::text[]) as acked(reference)
					join eligibility_check c on c.booking_reference = acked.reference
					""", checks);
			long proofsWithoutScan = count(db,
					"""
							select count(*) from proof p join resident_account r on r.id = p.resident_id
							where r.email like 'load-resident-%' and not exists (select 1 from scan_log s where s.id = p.scan_id)
							""", null);
			long scansWithoutProof = count(db, """
					select count(*) from scan_log s join resident_account r on r.id = s.resident_id
					where r.email like 'load-resident-%' and s.outcome = 'PROOF_ISSUED'
					and not exists (select 1 from proof p where p.scan_id = s.id)
					""", null);
			long checksWithoutTravellers = count(db, """
					select count(*) from eligibility_check
					where jsonb_array_length(coalesce(request -> 'people', '[]'::jsonb)) <> people_count
					   or people_count < 1 or decision is null
					""", null);
			long drillChecksStored = count(db,
					"select count(*) from eligibility_check where booking_reference like 'drill-%'", null);
			long proofsStored = count(db, "select count(*) from proof", null);
			String result = ("VERIFY acked_scans=%d acked_scans_stored=%d lost_scans=%d acked_checks=%d "
					+ "acked_checks_stored=%d lost_checks=%d proofs_without_scan=%d proof_scans_without_proof=%d "
					+ "checks_without_travellers=%d stored_proofs_total=%d stored_drill_checks_total=%d")
				.formatted(scans.size(), scansStored, scans.size() - scansStored, checks.size(), checksStored,
						checks.size() - checksStored, proofsWithoutScan, scansWithoutProof, checksWithoutTravellers,
						proofsStored, drillChecksStored);
			System.out.println(result);
			Files.writeString(this.out.resolve("verify.txt"), result + "\n");
		}
	}

	private static long count(Connection db, String query, List<String> values) throws Exception {
		try (PreparedStatement statement = db.prepareStatement(query)) {
			if (values != null) {
				Array array = db.createArrayOf("text", values.toArray());
				statement.setArray(1, array);
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	// ------------------------------------------------------------------ helpers

	private void count(String key) {
		this.counts.computeIfAbsent(key, (k) -> new LongAdder()).increment();
	}

	private void event(String text) {
		String line = "t=%.1fs %s".formatted((System.nanoTime() - this.started) / 1e9, text);
		this.events.add(line);
		System.out.println(line);
	}

	private static Thread start(Runnable task, boolean daemon) {
		Thread thread = new Thread(task);
		thread.setDaemon(daemon);
		thread.start();
		return thread;
	}

	private static List<URI> uris(String list) {
		List<URI> uris = new ArrayList<>();
		for (String item : list.split(",")) {
			uris.add(URI.create(item.strip()));
		}
		return uris;
	}

	private static void loopbackOnly(URI uri) {
		if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
			throw new IllegalArgumentException("Loopback targets only: " + uri);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
