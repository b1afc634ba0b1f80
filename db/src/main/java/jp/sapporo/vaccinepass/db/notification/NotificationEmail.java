package jp.sapporo.vaccinepass.db.notification;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails a notification once the transaction that wrote it has committed (so no mail
 * goes out for a decision that was rolled back) and marks it e-mailed. A failed send
 * leaves the notice in the inbox; nothing personal is logged.
 */
public final class NotificationEmail {

	private static final Log logger = LogFactory.getLog(NotificationEmail.class);

	private NotificationEmail() {
	}

	/**
	 * @param jdbc the database
	 * @param clock the platform clock
	 * @param notificationId the notification row
	 * @param send sends the mail
	 */
	public static void deliverAfterCommit(JdbcClient jdbc, Clock clock, long notificationId, Runnable send) {
		Runnable deliver = () -> deliver(jdbc, clock, notificationId, send);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliver.run();
				}
			});
		}
		else {
			deliver.run();
		}
	}

	private static void deliver(JdbcClient jdbc, Clock clock, long notificationId, Runnable send) {
		try {
			send.run();
			jdbc.sql("update notification set emailed_at = :now where id = :id")
				.param("now", OffsetDateTime.now(clock))
				.param("id", notificationId)
				.update();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not e-mail notification " + notificationId + ": " + ex.getClass().getSimpleName());
		}
	}

}
