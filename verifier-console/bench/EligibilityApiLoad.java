import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load client for POST /api/v1/eligibility: a 4-person booking (two adults, a child of 8
 * and a child of 4, Shinshu during spread, cross-prefecture), sent by N threads in closed
 * loops for a fixed time against a console on this machine only. Prints requests per
 * second and latency percentiles. Bounded: stops after the duration or the request cap.
 *
 * java verifier-console/bench/EligibilityApiLoad.java [baseUrl] [apiKey] [threads] [seconds]
 */
public class EligibilityApiLoad {

	public static void main(String[] args) throws Exception {
		String base = (args.length > 0) ? args[0] : "http://127.0.0.1:8083";
		String key = (args.length > 1) ? args[1] : "vpk_demo0001_sapporo-demo-api-key-do-not-use-in-production";
		int threads = (args.length > 2) ? Integer.parseInt(args[2]) : 8;
		int seconds = (args.length > 3) ? Integer.parseInt(args[3]) : 30;
		URI target = URI.create(base);
		String host = target.getHost();
		if (!("localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host))) {
			throw new IllegalArgumentException("Loopback targets only: " + host);
		}
		long cap = 5_000_000;
		LocalDate start = LocalDate.now().plusDays(10);
		String body = """
				{"programme": "shinshu-wari-special-v2", "referenceDate": "%s",
				 "context": {"crossPrefecture": true, "alertLevel": 2, "priorityMeasures": true},
				 "people": [
				  {"id": "p1", "birthDate": "1985-03-02", "household": "h1",
				   "vaccinations": [{"dose": 1, "date": "%s"}, {"dose": 2, "date": "%s"}]},
				  {"id": "p2", "birthDate": "1987-06-10", "household": "h1",
				   "vaccinations": [{"dose": 1, "date": "%s"}, {"dose": 2, "date": "%s"}]},
				  {"id": "p3", "birthDate": "%s", "household": "h1", "guardianId": "p1"},
				  {"id": "p4", "birthDate": "%s", "household": "h1", "guardianId": "p2"}
				 ]}
				""".formatted(start, start.minusDays(90), start.minusDays(60), start.minusDays(95), start.minusDays(70),
				start.minusYears(8), start.minusYears(4));
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/eligibility"))
			.header("Content-Type", "application/json")
			.header("X-API-Key", key)
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		// warm-up: 5 seconds, not counted
		run(client, request, threads, 5, cap, new LongAdder(), new LongAdder(), new long[1 << 20], new AtomicLong());
		LongAdder ok = new LongAdder();
		LongAdder failed = new LongAdder();
		long[] latencies = new long[(int) Math.min(cap, 4_000_000)];
		AtomicLong index = new AtomicLong();
		long began = System.nanoTime();
		run(client, request, threads, seconds, cap, ok, failed, latencies, index);
		double elapsed = (System.nanoTime() - began) / 1e9;
		int n = (int) Math.min(index.get(), latencies.length);
		java.util.Arrays.sort(latencies, 0, n);
		System.out.printf("threads=%d duration=%.1fs ok=%d failed=%d%n", threads, elapsed, ok.sum(), failed.sum());
		System.out.printf("throughput=%.0f req/s%n", ok.sum() / elapsed);
		if (n > 0) {
			System.out.printf("latency ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f%n", latencies[n / 2] / 1e6,
					latencies[(int) (n * 0.9)] / 1e6, latencies[(int) (n * 0.99)] / 1e6, latencies[n - 1] / 1e6);
		}
	}

	private static void run(HttpClient client, HttpRequest request, int threads, int seconds, long cap, LongAdder ok,
			LongAdder failed, long[] latencies, AtomicLong index) throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		CountDownLatch done = new CountDownLatch(threads);
		for (int t = 0; t < threads; t++) {
			Thread thread = new Thread(() -> {
				try {
					while (System.nanoTime() < end && ok.sum() + failed.sum() < cap) {
						long sent = System.nanoTime();
						try {
							HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
							if (response.statusCode() == 200) {
								ok.increment();
								long i = index.getAndIncrement();
								if (i < latencies.length) {
									latencies[(int) i] = System.nanoTime() - sent;
								}
							}
							else {
								failed.increment();
							}
						}
						catch (Exception ex) {
							failed.increment();
						}
					}
				}
				finally {
					done.countDown();
				}
			});
			thread.start();
		}
		done.await();
	}

}
