package jp.sapporo.vaccinepass.web.login;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins are throttled and how long a login lasts (docs/security.md, "Logins";
 * OWASP ASVS 4.0 V2.2.1 and V3.3).
 *
 * @param failuresBeforeLock consecutive failures of one user name that lock it; every
 * further multiple locks it again, for longer
 * @param firstLock how long the first lock lasts; each further one lasts twice as long
 * @param longestLock the longest a lock lasts
 * @param failuresPerHour the hard cap of failures of one user name in an hour, whatever
 * the locks allow (ASVS: no more than 100)
 * @param forgetAfter a user name without a failed login for this long starts afresh
 * @param sessionLifetime the absolute lifetime of a session, however active it is (the
 * idle timeout is {@code spring.session.timeout})
 */
@ConfigurationProperties("vaccinepass.login")
public record LoginPolicy(@DefaultValue("5") int failuresBeforeLock, @DefaultValue("15m") Duration firstLock,
		@DefaultValue("1h") Duration longestLock, @DefaultValue("100") int failuresPerHour,
		@DefaultValue("24h") Duration forgetAfter, @DefaultValue("12h") Duration sessionLifetime) {

	public LoginPolicy {
		if (failuresBeforeLock < 1 || failuresPerHour < 1 || failuresPerHour > 100) {
			throw new IllegalArgumentException(
					"vaccinepass.login needs failures-before-lock >= 1 and failures-per-hour between 1 and 100");
		}
	}

	/**
	 * @param consecutiveFailures the consecutive failures so far, a multiple of
	 * {@link #failuresBeforeLock}
	 * @return how long this lock lasts: the first lock, doubled for each earlier lock
	 */
	Duration lockFor(int consecutiveFailures) {
		int earlierLocks = Math.min(consecutiveFailures / this.failuresBeforeLock - 1, 20);
		Duration lock = this.firstLock.multipliedBy(1L << earlierLocks);
		return (lock.compareTo(this.longestLock) > 0) ? this.longestLock : lock;
	}

}
