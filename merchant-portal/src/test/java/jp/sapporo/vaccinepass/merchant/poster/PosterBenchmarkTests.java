package jp.sapporo.vaccinepass.merchant.poster;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Poster rendering speed and size (docs/benchmarks.md). Not part of the normal build:
 * {@code ./mvnw test -pl merchant-portal -Dgroups=benchmark -Dmerchant.excludedGroups=none -Dtest=PosterBenchmarkTests}.
 */
@Tag("benchmark")
class PosterBenchmarkTests {

	private static final int WARM_UP = 200;

	private static final int BATCH = 1000;

	@Test
	void renderPosters() {
		PosterRenderer renderer = new PosterRenderer();
		for (int i = 0; i < WARM_UP; i++) {
			renderer.render(content(i), PosterSize.A4);
		}
		long[] nanos = new long[BATCH];
		long totalBytes = 0;
		long maxBytes = 0;
		long start = System.nanoTime();
		for (int i = 0; i < BATCH; i++) {
			long t0 = System.nanoTime();
			byte[] pdf = renderer.render(content(WARM_UP + i), PosterSize.A4);
			nanos[i] = System.nanoTime() - t0;
			totalBytes += pdf.length;
			maxBytes = Math.max(maxBytes, pdf.length);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(nanos);
		int a3 = renderer.render(content(0), PosterSize.A3).length;
		System.out.printf(
				"poster benchmark: A4 median %.2f ms, p95 %.2f ms, %.0f posters/s over %d, "
						+ "A4 mean %.1f KB (max %.1f KB), A3 %.1f KB%n",
				nanos[BATCH / 2] / 1e6, nanos[BATCH * 95 / 100] / 1e6, BATCH / seconds, BATCH,
				totalBytes / 1024.0 / BATCH, maxBytes / 1024.0, a3 / 1024.0);
		assertThat(maxBytes).isLessThanOrEqualTo(200 * 1024);
	}

	private static PosterContent content(int i) {
		return new PosterContent("ラーメン北斗 札幌" + (i % 97) + "号店", "Ramen Hokuto Sapporo " + i,
				"味付け玉子 1個サービス(" + (i % 13) + ")", "A free seasoned egg",
				"http://localhost:8082/s/" + String.format("%043d", i), String.format("P-%06d-01", i),
				LocalDate.of(2026, 11, 22));
	}

}
