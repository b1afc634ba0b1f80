package jp.sapporo.vaccinepass.web.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Failed-login counters per app and user name, in PostgreSQL so that every instance sees
 * the same locks and a restart forgets none. Holds no state of its own.
 */
public class LoginThrottle {

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final Clock clock;

	private final LoginPolicy policy;

	private final String app;

	public LoginThrottle(JdbcClient jdbc, TransactionOperations transactions, Clock clock, LoginPolicy policy,
			String app) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.policy = policy;
		this.app = app;
	}

	/**
	 * Admits a login attempt and counts it as a failure until {@link #succeeded} says
	 * otherwise. The row is locked while it is read and written, so concurrent attempts
	 * on several instances are counted one by one.
	 * @param userName the name as typed
	 * @return whether the password may be checked
	 */
	public boolean admit(String userName) {
		byte[] key = key(userName);
		Instant now = this.clock.instant();
		Boolean admitted = this.transactions.execute((status) -> {
			this.jdbc.sql("""
					insert into login_throttle (app, user_key, window_started_at, last_attempt_at)
					values (:app, :key, :now, :now) on conflict do nothing
					""").param("app", this.app).param("key", key).param("now", utc(now)).update();
			LoginAttempts current = this.jdbc.sql("""
					select consecutive_failures, window_started_at, window_failures, locked_until
					from login_throttle where app = :app and user_key = :key for update
					""").param("app", this.app).param("key", key).query(LoginThrottle::attempts).single();
			Optional<LoginAttempts> next = current.admit(now, this.policy);
			next.ifPresent((attempts) -> this.jdbc.sql("""
					update login_throttle set consecutive_failures = :consecutive, window_started_at = :windowStart,
					       window_failures = :inWindow, locked_until = :lockedUntil, last_attempt_at = :now
					where app = :app and user_key = :key
					""")
				.param("consecutive", attempts.consecutiveFailures())
				.param("windowStart", utc(attempts.windowStartedAt()))
				.param("inWindow", attempts.windowFailures())
				.param("lockedUntil", utc(attempts.lockedUntil()))
				.param("now", utc(now))
				.param("app", this.app)
				.param("key", key)
				.update());
			return next.isPresent();
		});
		return Boolean.TRUE.equals(admitted);
	}

	/**
	 * A successful login: the consecutive failures start again from zero and the admitted
	 * attempt is no failure of the hour.
	 * @param userName the name as typed
	 */
	public void succeeded(String userName) {
		this.jdbc.sql("""
				update login_throttle set consecutive_failures = 0, locked_until = null,
				       window_failures = greatest(window_failures - 1, 0)
				where app = :app and user_key = :key
				""").param("app", this.app).param("key", key(userName)).update();
	}

	/**
	 * A password reset through the e-mailed link: the account's owner proved they hold
	 * its mailbox, so the failures counted against its login names and any lock are
	 * forgotten, and they can sign in with the new password at once.
	 * @param userNames the names the account signs in with (e-mail, passport number)
	 */
	public void forget(String... userNames) {
		for (String userName : userNames) {
			if (userName != null) {
				this.jdbc.sql("delete from login_throttle where app = :app and user_key = :key")
					.param("app", this.app)
					.param("key", key(userName))
					.update();
			}
		}
	}

	/**
	 * Forgets the user names that have not failed for a while and are not locked; once an
	 * hour in the apps that schedule jobs (running it on several instances at once is
	 * harmless).
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	public void forgetOldAttempts() {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				delete from login_throttle
				where last_attempt_at < :before and (locked_until is null or locked_until < :now)
				""").param("before", utc(now.minus(this.policy.forgetAfter()))).param("now", utc(now)).update();
	}

	/**
	 * The user name as the apps compare it (case and full-width forms ignored), hashed:
	 * the key of its counters.
	 */
	static byte[] key(String userName) {
		String normalised = Normalizer.normalize((userName != null) ? userName : "", Normalizer.Form.NFKC)
			.strip()
			.toLowerCase(Locale.ROOT);
		try {
			return MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static LoginAttempts attempts(ResultSet rs, int row) throws SQLException {
		OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
		return new LoginAttempts(rs.getInt("consecutive_failures"),
				rs.getObject("window_started_at", OffsetDateTime.class).toInstant(), rs.getInt("window_failures"),
				(lockedUntil != null) ? lockedUntil.toInstant() : null);
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
