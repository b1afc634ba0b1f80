package jp.sapporo.vaccinepass.web.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a new password must be (docs/security.md, "Logins"): NIST SP 800-63B asks for a
 * minimum length, a generous maximum, no composition rules, and a check against passwords
 * known to be common.
 */
public final class PasswordRules {

	/** The shortest password accepted. */
	public static final int MIN_LENGTH = 12;

	/** The longest password accepted (NIST: at least 64). */
	public static final int MAX_LENGTH = 128;

	private static final String COMMON_PASSWORDS = "/passwords/common-passwords.txt";

	/**
	 * One character or a short group typed over and over, e.g. "aaaaaaaaaaaa",
	 * "abcabcabcabc".
	 */
	private static final Pattern REPEATED = Pattern.compile("(.{1,4})\\1+");

	private PasswordRules() {
	}

	/**
	 * @param password a candidate password
	 * @return whether it is on the bundled list of common passwords (ignoring case and
	 * full-width forms) or only a short group of characters repeated
	 */
	public static boolean isCommon(String password) {
		if (password == null) {
			return false;
		}
		String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
		return CommonPasswords.ENTRIES.contains(normalised) || REPEATED.matcher(normalised).matches();
	}

	/** Loaded on first use. */
	private static final class CommonPasswords {

		static final Set<String> ENTRIES = load();

		private static Set<String> load() {
			try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS)) {
				if (in == null) {
					throw new IllegalStateException("The list of common passwords is missing: " + COMMON_PASSWORDS);
				}
				return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty())
					.collect(Collectors.toUnmodifiableSet());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
