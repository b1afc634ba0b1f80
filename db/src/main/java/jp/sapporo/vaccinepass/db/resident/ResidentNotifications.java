package jp.sapporo.vaccinepass.db.resident;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import jp.sapporo.vaccinepass.db.notification.NotificationEmail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a notice in a resident's inbox (the {@code notification} table) in their language,
 * and e-mails it after commit when a {@link ResidentMailer} exists and the resident has
 * an e-mail address.
 */
public class ResidentNotifications {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ObjectProvider<ResidentMailer> mailer;

	ResidentNotifications(JdbcClient jdbc, Clock clock, ObjectProvider<ResidentMailer> mailer) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.mailer = mailer;
	}

	/**
	 * Notify a resident.
	 * @param residentId the resident
	 * @param notice the notice
	 * @return the notification id, or empty when there is no such resident
	 */
	@Transactional
	public Optional<Long> notify(long residentId, ResidentNotice notice) {
		return notify(residentId, notice, null);
	}

	/**
	 * Notify a resident about a cluster case (the city's contact tracing).
	 * @param residentId the resident
	 * @param notice the notice
	 * @param clusterCaseId the case, or {@code null}
	 * @return the notification id, or empty when there is no such resident
	 */
	@Transactional
	public Optional<Long> notify(long residentId, ResidentNotice notice, Long clusterCaseId) {
		Optional<Recipient> recipient = this.jdbc
			.sql("select preferred_locale, email from resident_account where id = :id")
			.param("id", residentId)
			.query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2)))
			.optional();
		if (recipient.isEmpty()) {
			return Optional.empty();
		}
		String language = recipient.get().language();
		String subject = notice.subject(language);
		String body = notice.body(language);
		long id = this.jdbc.sql("""
				insert into notification (resident_id, kind, subject, body, cluster_case_id, created_at)
				values (:resident, :kind, :subject, :body, :clusterCase, :now) returning id
				""")
			.param("resident", residentId)
			.param("kind", notice.kind())
			.param("subject", subject)
			.param("body", body)
			.param("clusterCase", clusterCaseId, java.sql.Types.BIGINT)
			.param("now", OffsetDateTime.now(this.clock))
			.query(Long.class)
			.single();
		String email = recipient.get().email();
		ResidentMailer sender = this.mailer.getIfAvailable();
		if (sender != null && email != null) {
			NotificationEmail.deliverAfterCommit(this.jdbc, this.clock, id, () -> sender.send(email, subject, body));
		}
		return Optional.of(id);
	}

	private record Recipient(String language, String email) {
	}

}
