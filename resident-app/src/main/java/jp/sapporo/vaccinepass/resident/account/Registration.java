package jp.sapporo.vaccinepass.resident.account;

import java.time.Clock;
import java.time.OffsetDateTime;

import jp.sapporo.vaccinepass.web.login.LoginThrottle;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates resident accounts. */
@Service
class Registration {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginThrottle loginThrottle;

	Registration(JdbcClient jdbc, Clock clock, LoginThrottle loginThrottle) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.loginThrottle = loginThrottle;
	}

	/**
	 * Create the account; terms and privacy notice are accepted now.
	 * @param resident the checked sign-up
	 * @return the account id
	 * @throws DuplicateKeyException when the e-mail address or passport is taken
	 */
	@Transactional
	long register(NewResident resident) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.jdbc.sql("""
				insert into resident_account (identity_kind, email, passport_country, passport_number, password_hash,
				    full_name, name_kana, birth_date, municipality_code, visitor, preferred_locale,
				    terms_accepted_at, privacy_accepted_at, created_at)
				values (:kind, :email, :country, :passport, :hash, :name, :kana, :birth, :municipality, :visitor,
				    :locale, :now, :now, :now)
				returning id
				""")
			.param("kind", resident.passport() ? "PASSPORT" : "EMAIL")
			.param("email", resident.email())
			.param("country", resident.passportCountry())
			.param("passport", resident.passportNumber())
			.param("hash", resident.passwordHash())
			.param("name", resident.fullName())
			.param("kana", resident.nameKana())
			.param("birth", resident.birthDate())
			.param("municipality", resident.municipalityCode())
			.param("visitor", resident.municipalityCode() == null)
			.param("locale", resident.language())
			.param("now", now)
			.query(Long.class)
			.single();
	}

	boolean emailTaken(String email) {
		return this.jdbc.sql("select count(*) from resident_account where lower(email) = lower(:email)")
			.param("email", email)
			.query(Long.class)
			.single() > 0;
	}

	boolean passportTaken(String country, String number) {
		return this.jdbc
			.sql("""
					select count(*) from resident_account where passport_country = :country and upper(passport_number) = upper(:number)
					""")
			.param("country", country)
			.param("number", number)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Login names are e-mail or passport number: a passport number may not equal an
	 * e-mail in use.
	 */
	boolean loginNameTaken(String name) {
		return this.jdbc
			.sql("""
					select count(*) from resident_account where lower(email) = lower(:name) or upper(passport_number) = upper(:name)
					""")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	void markEmailVerified(long residentId) {
		this.jdbc
			.sql("update resident_account set email_verified_at = :now where id = :id and email_verified_at is null")
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", residentId)
			.update();
	}

	/**
	 * A new password through a reset link: a lock from failed logins is lifted, on the
	 * account and on the names it signs in with (e-mail, passport number).
	 */
	@Transactional
	void changePassword(long residentId, String passwordHash) {
		this.jdbc.sql("""
				update resident_account set password_hash = :hash, failed_logins = 0, locked_until = null,
				    version = version + 1 where id = :id
				""").param("hash", passwordHash).param("id", residentId).update();
		this.jdbc.sql("select email, passport_number from resident_account where id = :id")
			.param("id", residentId)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional()
			.ifPresent(this.loginThrottle::forget);
	}

	java.util.Optional<Long> residentByEmail(String email) {
		return this.jdbc.sql("select id from resident_account where lower(email) = lower(:email) and enabled")
			.param("email", email)
			.query(Long.class)
			.optional();
	}

}
