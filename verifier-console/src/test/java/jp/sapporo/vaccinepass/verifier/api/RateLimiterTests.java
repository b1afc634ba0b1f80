package jp.sapporo.vaccinepass.verifier.api;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

	private final AtomicLong now = new AtomicLong();

	private final RateLimiter limiter = new RateLimiter(3, this.now::get);

	@Test
	void aKeyMayBurstUpToItsLimitAndIsThenAskedToWait() {
		assertThat(this.limiter.tryAcquire(1)).isZero();
		assertThat(this.limiter.tryAcquire(1)).isZero();
		assertThat(this.limiter.tryAcquire(1)).isZero();
		assertThat(this.limiter.tryAcquire(1)).isEqualTo(20);
	}

	@Test
	void theBucketRefillsOverTheMinute() {
		for (int i = 0; i < 3; i++) {
			this.limiter.tryAcquire(1);
		}
		this.now.addAndGet(19_000_000_000L);
		assertThat(this.limiter.tryAcquire(1)).isPositive();
		this.now.addAndGet(1_000_000_000L);
		assertThat(this.limiter.tryAcquire(1)).isZero();
	}

	@Test
	void eachKeyHasItsOwnBucket() {
		for (int i = 0; i < 3; i++) {
			this.limiter.tryAcquire(1);
		}
		assertThat(this.limiter.tryAcquire(1)).isPositive();
		assertThat(this.limiter.tryAcquire(2)).isZero();
	}

}
