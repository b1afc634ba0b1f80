package jp.sapporo.vaccinepass.web.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The lockout and the hourly cap as rules over the stored counters. */
class LoginAttemptsTests {

	private static final LoginPolicy DEFAULTS = new LoginPolicy(5, Duration.ofMinutes(15), Duration.ofHours(1), 100,
			Duration.ofHours(24), Duration.ofHours(12));

	private static final Instant START = Instant.parse("2026-11-22T00:00:00Z");

	@Test
	void theFifthConsecutiveFailureLocksTheNameForFifteenMinutes() {
		LoginAttempts attempts = LoginAttempts.none(START);
		for (int i = 0; i < 4; i++) {
			attempts = attempts.admit(START, DEFAULTS).orElseThrow();
			assertThat(attempts.lockedUntil()).isNull();
		}
		attempts = attempts.admit(START, DEFAULTS).orElseThrow();
		assertThat(attempts.consecutiveFailures()).isEqualTo(5);
		assertThat(attempts.lockedUntil()).isEqualTo(START.plus(Duration.ofMinutes(15)));
		assertThat(attempts.admit(START.plus(Duration.ofMinutes(14)), DEFAULTS)).isEmpty();
		assertThat(attempts.admit(START.plus(Duration.ofMinutes(15)), DEFAULTS)).isPresent();
	}

	@Test
	void eachFurtherLockLastsTwiceAsLongUpToAnHour() {
		assertThat(DEFAULTS.lockFor(5)).isEqualTo(Duration.ofMinutes(15));
		assertThat(DEFAULTS.lockFor(10)).isEqualTo(Duration.ofMinutes(30));
		assertThat(DEFAULTS.lockFor(15)).isEqualTo(Duration.ofHours(1));
		assertThat(DEFAULTS.lockFor(500)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void noMoreThanAHundredFailuresAreAdmittedInAnHourWhateverTheLockSettings() {
		LoginPolicy noLocks = new LoginPolicy(1_000_000, Duration.ZERO, Duration.ZERO, 100, Duration.ofHours(24),
				Duration.ofHours(12));
		LoginAttempts attempts = LoginAttempts.none(START);
		int admitted = 0;
		for (int second = 0; second < 3600; second++) {
			Optional<LoginAttempts> next = attempts.admit(START.plusSeconds(second), noLocks);
			if (next.isPresent()) {
				attempts = next.get();
				admitted++;
			}
		}
		assertThat(admitted).isEqualTo(100);
		assertThat(attempts.admit(START.plus(Duration.ofHours(1)), noLocks)).isPresent();
	}

	@Test
	void withTheDefaultsAnAttackerTryingEverySecondGetsFifteenGuessesInTheFirstHour() {
		LoginAttempts attempts = LoginAttempts.none(START);
		int admitted = 0;
		for (int second = 0; second < 3600; second++) {
			Optional<LoginAttempts> next = attempts.admit(START.plusSeconds(second), DEFAULTS);
			if (next.isPresent()) {
				attempts = next.get();
				admitted++;
			}
		}
		// 5 at once, 5 after the 15-minute lock, 5 after the 30-minute lock
		assertThat(admitted).isEqualTo(15);
	}

	@Test
	void aPolicyAboveTheAsvsCapIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LoginPolicy(5, Duration.ofMinutes(15),
				Duration.ofHours(1), 101, Duration.ofHours(24), Duration.ofHours(12)));
	}

}
