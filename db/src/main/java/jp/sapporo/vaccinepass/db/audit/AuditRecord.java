package jp.sapporo.vaccinepass.db.audit;

import java.time.Instant;

/**
 * A row of the audit log as read back.
 *
 * @param id the row id
 * @param occurredAt when
 * @param app which app wrote it
 * @param actorKind the kind of actor
 * @param actorId the actor's id
 * @param actorName the actor's user name
 * @param action the action code
 * @param targetKind the kind of object
 * @param targetId its id
 * @param caseNumber the case number
 * @param reason the reason
 * @param details the details as JSON text
 */
public record AuditRecord(long id, Instant occurredAt, String app, String actorKind, Long actorId, String actorName,
		String action, String targetKind, String targetId, String caseNumber, String reason, String details) {
}
