package jp.sapporo.vaccinepass.db.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import jp.sapporo.vaccinepass.db.notification.NotificationEmail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts a decision notice in a merchant's inbox (the {@code notification} table, shown on
 * the dashboard) in their language, and e-mails it after commit when a
 * {@link StoreMailer} exists.
 */
class StoreNotifications {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ObjectProvider<StoreMailer> mailer;

	StoreNotifications(JdbcClient jdbc, Clock clock, ObjectProvider<StoreMailer> mailer) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.mailer = mailer;
	}

	Optional<Long> notify(long merchantId, StoreNotice notice) {
		Optional<String[]> recipient = this.jdbc
			.sql("select preferred_locale, email from merchant_account where id = :id")
			.param("id", merchantId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
		if (recipient.isEmpty()) {
			return Optional.empty();
		}
		String language = recipient.get()[0];
		String subject = notice.subject(language);
		String body = notice.body(language);
		long id = this.jdbc.sql("""
				insert into notification (merchant_id, kind, subject, body, created_at)
				values (:merchant, :kind, :subject, :body, :now) returning id
				""")
			.param("merchant", merchantId)
			.param("kind", notice.kind())
			.param("subject", subject)
			.param("body", body)
			.param("now", OffsetDateTime.now(this.clock))
			.query(Long.class)
			.single();
		String email = recipient.get()[1];
		StoreMailer sender = this.mailer.getIfAvailable();
		if (sender != null && email != null) {
			NotificationEmail.deliverAfterCommit(this.jdbc, this.clock, id, () -> sender.send(email, subject, body));
		}
		return Optional.of(id);
	}

}
