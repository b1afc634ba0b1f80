package jp.sapporo.vaccinepass.db.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts a decision notice in a merchant's inbox (the {@code notification} table, shown on
 * the dashboard) in their language, and e-mails it after commit when a
 * {@link StoreMailer} exists.
 */
class StoreNotifications {

	private static final Log logger = LogFactory.getLog(StoreNotifications.class);

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
			Runnable send = () -> send(sender, id, email, subject, body);
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
		return Optional.of(id);
	}

	private void send(StoreMailer sender, long notificationId, String email, String subject, String body) {
		try {
			sender.send(email, subject, body);
			this.jdbc.sql("update notification set emailed_at = :now where id = :id")
				.param("now", OffsetDateTime.now(this.clock))
				.param("id", notificationId)
				.update();
		}
		catch (RuntimeException ex) {
			// the notice stays on the dashboard; no address or content in the log
			logger.warn("Could not e-mail notification " + notificationId + ": " + ex.getClass().getSimpleName());
		}
	}

}
