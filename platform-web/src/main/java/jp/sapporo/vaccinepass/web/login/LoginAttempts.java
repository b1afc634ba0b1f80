package jp.sapporo.vaccinepass.web.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The failed logins of one user name of one app, as stored in {@code login_throttle}.
 *
 * @param consecutiveFailures failures since the last successful login
 * @param windowStartedAt when the current hour of the hourly cap began
 * @param windowFailures failures in that hour
 * @param lockedUntil until when no attempt is admitted, or {@code null}
 */
record LoginAttempts(int consecutiveFailures, Instant windowStartedAt, int windowFailures, Instant lockedUntil) {

	static final Duration HOUR = Duration.ofHours(1);

	static LoginAttempts none(Instant now) {
		return new LoginAttempts(0, now, 0, null);
	}

	/**
	 * Admits one more attempt, counted as a failure until it succeeds: counting it before
	 * the password is checked keeps concurrent attempts within the limits too.
	 * @param now the time of the attempt
	 * @param policy the limits
	 * @return the counters with this attempt, or empty when the user name is locked or
	 * has used up its hour
	 */
	Optional<LoginAttempts> admit(Instant now, LoginPolicy policy) {
		if (this.lockedUntil != null && now.isBefore(this.lockedUntil)) {
			return Optional.empty();
		}
		boolean newHour = !now.isBefore(this.windowStartedAt.plus(HOUR));
		Instant windowStart = newHour ? now : this.windowStartedAt;
		int inWindow = newHour ? 0 : this.windowFailures;
		if (inWindow >= policy.failuresPerHour()) {
			return Optional.empty();
		}
		int consecutive = this.consecutiveFailures + 1;
		Instant lock = (consecutive % policy.failuresBeforeLock() == 0) ? now.plus(policy.lockFor(consecutive)) : null;
		return Optional.of(new LoginAttempts(consecutive, windowStart, inWindow + 1, lock));
	}

}
