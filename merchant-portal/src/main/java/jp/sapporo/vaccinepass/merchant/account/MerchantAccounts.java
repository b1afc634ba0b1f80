package jp.sapporo.vaccinepass.merchant.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import jp.sapporo.vaccinepass.web.login.LoginThrottle;
import jp.sapporo.vaccinepass.merchant.MerchantPortalProperties;
import jp.sapporo.vaccinepass.web.mail.PlatformMailer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Merchant accounts: sign-up, e-mail verification and password reset by one-time links
 * (only the SHA-256 of a link's token is stored), and the profile.
 */
@Service
class MerchantAccounts {

	static final Duration VERIFY_LIFETIME = Duration.ofHours(24);

	static final Duration RESET_LIFETIME = Duration.ofHours(1);

	static final int MAX_RESETS_PER_HOUR = 3;

	private static final Log logger = LogFactory.getLog(MerchantAccounts.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PasswordEncoder passwords;

	private final PlatformMailer mailer;

	private final MessageSource messages;

	private final MerchantPortalProperties properties;

	private final LoginThrottle loginThrottle;

	private final SecureRandom random = new SecureRandom();

	MerchantAccounts(JdbcClient jdbc, Clock clock, PasswordEncoder passwords, PlatformMailer mailer,
			MessageSource messages, MerchantPortalProperties properties, LoginThrottle loginThrottle) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.passwords = passwords;
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
		this.loginThrottle = loginThrottle;
	}

	/**
	 * Create an unverified account and send the verification link.
	 * @return false when the address is already registered (nothing is created)
	 */
	@Transactional
	boolean register(SignupForm form, Locale locale) {
		String email = form.getEmail().strip();
		if (exists(email)) {
			return false;
		}
		String language = "en".equals(locale.getLanguage()) ? "en" : "ja";
		long id = this.jdbc.sql("""
				insert into merchant_account (email, password_hash, contact_name, company_name, phone, preferred_locale,
				                              created_at)
				values (:email, :hash, :name, :company, :phone, :locale, :now) returning id
				""")
			.param("email", email)
			.param("hash", this.passwords.encode(form.getPassword()))
			.param("name", form.getContactName().strip())
			.param("company", blankToNull(form.getCompanyName()), java.sql.Types.VARCHAR)
			.param("phone", blankToNull(form.getPhone()), java.sql.Types.VARCHAR)
			.param("locale", language)
			.param("now", now())
			.query(Long.class)
			.single();
		String token = newToken(id, "VERIFY_EMAIL", VERIFY_LIFETIME);
		Locale mailLocale = Locale.forLanguageTag(language);
		sendAfterCommit(email, msg("mail.verify.subject", mailLocale),
				msg("mail.verify.body", mailLocale, form.getContactName().strip(),
						this.properties.baseUrl() + "/verify?token=" + token, VERIFY_LIFETIME.toHours()));
		return true;
	}

	/**
	 * Use a verification link.
	 * @return whether the link was valid (unused, not expired)
	 */
	@Transactional
	boolean verify(String token) {
		Optional<Long> account = useToken(token, "VERIFY_EMAIL");
		account.ifPresent((id) -> this.jdbc
			.sql("update merchant_account set email_verified_at = coalesce(email_verified_at, :now) where id = :id")
			.param("now", now())
			.param("id", id)
			.update());
		return account.isPresent();
	}

	/**
	 * Send a reset link when the address belongs to an account; says nothing either way
	 * (no way to probe which addresses are registered).
	 */
	@Transactional
	void requestReset(String email, Locale locale) {
		Optional<Object[]> account = this.jdbc.sql(
				"select id, email, contact_name, preferred_locale from merchant_account where lower(email) = lower(:email)")
			.param("email", email.strip())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.optional();
		if (account.isEmpty()) {
			return;
		}
		long id = (Long) account.get()[0];
		// at most a few links an hour, so the form cannot be used to flood someone's
		// inbox
		int recent = this.jdbc
			.sql("""
					select count(*) from account_token
					where account_kind = 'MERCHANT' and account_id = :id and purpose = 'RESET_PASSWORD' and created_at > :since
					""")
			.param("id", id)
			.param("since", now().minusHours(1))
			.query(Integer.class)
			.single();
		if (recent >= MAX_RESETS_PER_HOUR) {
			return;
		}
		String token = newToken(id, "RESET_PASSWORD", RESET_LIFETIME);
		Locale mailLocale = Locale.forLanguageTag((String) account.get()[3]);
		sendAfterCommit((String) account.get()[1], msg("mail.reset.subject", mailLocale),
				msg("mail.reset.body", mailLocale, account.get()[2],
						this.properties.baseUrl() + "/password/reset?token=" + token, RESET_LIFETIME.toMinutes()));
	}

	/**
	 * Whether a reset link is still usable (shown before the form).
	 */
	@Transactional(readOnly = true)
	boolean resetUsable(String token) {
		return this.jdbc.sql("""
				select count(*) from account_token
				where token_hash = :hash and purpose = 'RESET_PASSWORD' and account_kind = 'MERCHANT'
				  and used_at is null and expires_at > :now
				""").param("hash", hash(token)).param("now", now()).query(Integer.class).single() == 1;
	}

	/**
	 * Set a new password through a reset link; a verified address is implied (the link
	 * arrived), and a lock from failed logins is lifted.
	 * @return whether the link was valid
	 */
	@Transactional
	boolean resetPassword(String token, String password) {
		Optional<Long> account = useToken(token, "RESET_PASSWORD");
		account.ifPresent((id) -> {
			this.jdbc.sql("""
					update merchant_account set password_hash = :hash, failed_logins = 0, locked_until = null,
					       email_verified_at = coalesce(email_verified_at, :now), version = version + 1
					where id = :id
					""").param("hash", this.passwords.encode(password)).param("now", now()).param("id", id).update();
			this.loginThrottle.forget(email(id));
		});
		return account.isPresent();
	}

	@Transactional(readOnly = true)
	ProfileForm profile(long accountId) {
		return this.jdbc
			.sql("select contact_name, company_name, phone, preferred_locale from merchant_account where id = :id")
			.param("id", accountId)
			.query((rs, n) -> {
				ProfileForm form = new ProfileForm();
				form.setContactName(rs.getString(1));
				form.setCompanyName(rs.getString(2));
				form.setPhone(rs.getString(3));
				form.setPreferredLocale(rs.getString(4));
				return form;
			})
			.single();
	}

	@Transactional(readOnly = true)
	String email(long accountId) {
		return this.jdbc.sql("select email from merchant_account where id = :id")
			.param("id", accountId)
			.query(String.class)
			.single();
	}

	@Transactional
	void updateProfile(long accountId, ProfileForm form) {
		this.jdbc.sql("""
				update merchant_account set contact_name = :name, company_name = :company, phone = :phone,
				       preferred_locale = :locale, version = version + 1
				where id = :id
				""")
			.param("name", form.getContactName().strip())
			.param("company", blankToNull(form.getCompanyName()), java.sql.Types.VARCHAR)
			.param("phone", blankToNull(form.getPhone()), java.sql.Types.VARCHAR)
			.param("locale", form.getPreferredLocale())
			.param("id", accountId)
			.update();
	}

	private boolean exists(String email) {
		return this.jdbc.sql("select count(*) from merchant_account where lower(email) = lower(:email)")
			.param("email", email)
			.query(Integer.class)
			.single() > 0;
	}

	private String newToken(long accountId, String purpose, Duration lifetime) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into account_token (token_hash, account_kind, account_id, purpose, expires_at, created_at)
				values (:hash, 'MERCHANT', :account, :purpose, :expires, :now)
				""")
			.param("hash", hash(token))
			.param("account", accountId)
			.param("purpose", purpose)
			.param("expires", now().plus(lifetime))
			.param("now", now())
			.update();
		return token;
	}

	private Optional<Long> useToken(String token, String purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				update account_token set used_at = :now
				where token_hash = :hash and purpose = :purpose and account_kind = 'MERCHANT'
				  and used_at is null and expires_at > :now
				returning account_id
				""")
			.param("now", now())
			.param("hash", hash(token))
			.param("purpose", purpose)
			.query(Long.class)
			.optional();
	}

	private void sendAfterCommit(String to, String subject, String body) {
		Runnable send = () -> {
			try {
				this.mailer.send(to, subject, body);
			}
			catch (RuntimeException ex) {
				// no address in the log
				logger.warn("Could not send an account e-mail: " + ex.getClass().getSimpleName());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
