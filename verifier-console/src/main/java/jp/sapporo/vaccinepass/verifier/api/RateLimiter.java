package jp.sapporo.vaccinepass.verifier.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per API key, in this instance's memory: each key may burst up to its
 * capacity and is refilled at the same number per minute. (With several instances each
 * enforces the limit on its own share of the traffic.)
 */
final class RateLimiter {

	private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perMinute;

	private final java.util.function.LongSupplier nanoTime;

	RateLimiter(int perMinute, java.util.function.LongSupplier nanoTime) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("perMinute must be positive");
		}
		this.perMinute = perMinute;
		this.nanoTime = nanoTime;
	}

	/**
	 * Take one request from a key's bucket.
	 * @param keyId the key
	 * @return 0 when allowed, else the seconds to wait before the next request
	 */
	long tryAcquire(long keyId) {
		Bucket bucket = this.buckets.computeIfAbsent(keyId,
				(id) -> new Bucket(this.perMinute, this.nanoTime.getAsLong()));
		synchronized (bucket) {
			long now = this.nanoTime.getAsLong();
			double refill = (now - bucket.updatedAt) / 60e9 * this.perMinute;
			bucket.tokens = Math.min(this.perMinute, bucket.tokens + refill);
			bucket.updatedAt = now;
			if (bucket.tokens >= 1) {
				bucket.tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - bucket.tokens) * 60.0 / this.perMinute));
		}
	}

	private static final class Bucket {

		double tokens;

		long updatedAt;

		Bucket(double tokens, long updatedAt) {
			this.tokens = tokens;
			this.updatedAt = updatedAt;
		}

	}

}
