package jp.sapporo.vaccinepass.test;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.LogFactory;

import org.springframework.boot.test.system.CapturedOutput;

/**
 * Canary personal data: distinctive values that the log canary tests type into the real
 * flows of each app, and the check that none of them reaches the log output
 * (docs/security.md "Logs"). {@code scripts/log-canary.sh} greps the output of a whole
 * test run for the same strings, so keep the two lists in step.
 */
public final class LogCanary {

	/** A person's name, as a Japanese resident types it. */
	public static final String NAME = "CanaryTaro 金糸雀太郎";

	/** The same name in katakana. */
	public static final String NAME_KANA = "カナリアタロウ";

	/** A birth date that no demo person has. */
	public static final String BIRTH_DATE = "1969-07-20";

	/** A passport number (letters and digits, as the sign-up form asks). */
	public static final String PASSPORT = "CANARY0PP0720";

	/** An e-mail address. */
	public static final String EMAIL = "canary@example.jp";

	/** A password that is typed correctly. */
	public static final String PASSWORD = "CANARY0PASS-correct";

	/** A password that is typed wrongly. */
	public static final String WRONG_PASSWORD = "CANARY0PASS-wrong";

	/** A phone number. */
	public static final String PHONE = "011-555-0720";

	/** A poster token that does not exist (a scan of a forged poster). */
	public static final String POSTER_TOKEN = "CANARY0TOKEN-forged-poster-000000000000000000";

	/** An API key that does not exist. */
	public static final String API_KEY = "vpk_CANARY0KEY_not-a-real-key";

	/**
	 * The password of every demo account: it is typed in most tests, so it must not be
	 * logged either.
	 */
	public static final String DEMO_PASSWORD = DemoAccounts.PASSWORD;

	private LogCanary() {
	}

	/**
	 * The canary values, in every spelling that a log line could carry them.
	 * @return the strings that must not appear in any log output
	 */
	public static List<String> values() {
		return List.of("CanaryTaro", "金糸雀太郎", NAME_KANA, BIRTH_DATE, "1969/07/20", "19690720", PASSPORT, EMAIL,
				"canary%40example.jp", "CANARY0PASS", PHONE, "CANARY0TOKEN", "CANARY0KEY", DEMO_PASSWORD);
	}

	/**
	 * Fail when any canary value, or any of the given secrets created during the test
	 * (proof ids, session ids, API keys), appears in the captured output.
	 * @param output everything the app wrote to standard output and standard error
	 * @param secrets values that the test saw being made
	 */
	public static void assertNotLogged(CapturedOutput output, String... secrets) {
		List<String> forbidden = new ArrayList<>(values());
		forbidden.addAll(List.of(secrets));
		// a line through the apps' own logging proves that the capture sees the log
		String marker = "log canary check " + System.nanoTime();
		LogFactory.getLog(LogCanary.class).warn(marker);
		String all = output.getAll();
		if (!all.contains(marker)) {
			throw new AssertionError("The log output is not captured: the check would pass whatever the app logs");
		}
		for (String value : forbidden) {
			int at = all.indexOf(value);
			if (at >= 0) {
				int lineStart = all.lastIndexOf('\n', at) + 1;
				int lineEnd = all.indexOf('\n', at);
				String line = all.substring(lineStart, (lineEnd < 0) ? all.length() : lineEnd);
				throw new AssertionError("Personal data or a secret reached the log: "
						+ line.substring(0, Math.min(line.length(), 300)));
			}
		}
	}

}
