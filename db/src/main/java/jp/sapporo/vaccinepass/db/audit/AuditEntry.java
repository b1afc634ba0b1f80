package jp.sapporo.vaccinepass.db.audit;

import java.util.Map;
import java.util.Objects;

/**
 * One thing to record: who did what to which object, for which case and why.
 *
 * @param actorKind {@code STAFF}, {@code MERCHANT}, {@code RESIDENT}, {@code API_KEY} or
 * {@code SYSTEM}
 * @param actorId the actor's row id, or {@code null}
 * @param actorName the actor's user name, or {@code null}
 * @param action a stable code such as {@code CLUSTER_RESIDENTS_VIEWED}
 * @param targetKind what was acted on, e.g. {@code STORE}, or {@code null}
 * @param targetId its id, or {@code null}
 * @param caseNumber the case the action belongs to, or {@code null}
 * @param reason why, in the actor's words, or {@code null}
 * @param details anything else worth keeping (kept as JSON; no free text from residents)
 */
public record AuditEntry(String actorKind, Long actorId, String actorName, String action, String targetKind,
		String targetId, String caseNumber, String reason, Map<String, Object> details) {

	public AuditEntry {
		Objects.requireNonNull(actorKind, "actorKind");
		Objects.requireNonNull(action, "action");
		details = (details != null) ? Map.copyOf(details) : Map.of();
	}

	/**
	 * A staff member's action.
	 * @param staffId the staff account
	 * @param username the staff user name
	 * @param action the action code
	 * @return the entry, to be completed with {@code on}, {@code forCase} and
	 * {@code with}
	 */
	public static AuditEntry staff(long staffId, String username, String action) {
		return new AuditEntry("STAFF", staffId, username, action, null, null, null, null, null);
	}

	/**
	 * The same entry about an object.
	 * @param kind the object's kind
	 * @param id its id
	 * @return the entry
	 */
	public AuditEntry on(String kind, Object id) {
		return new AuditEntry(this.actorKind, this.actorId, this.actorName, this.action, kind,
				(id != null) ? String.valueOf(id) : null, this.caseNumber, this.reason, this.details);
	}

	/**
	 * The same entry for a case.
	 * @param caseNumber the case number
	 * @param reason the reason given
	 * @return the entry
	 */
	public AuditEntry forCase(String caseNumber, String reason) {
		return new AuditEntry(this.actorKind, this.actorId, this.actorName, this.action, this.targetKind, this.targetId,
				caseNumber, reason, this.details);
	}

	/**
	 * The same entry with details.
	 * @param details the details
	 * @return the entry
	 */
	public AuditEntry with(Map<String, Object> details) {
		return new AuditEntry(this.actorKind, this.actorId, this.actorName, this.action, this.targetKind, this.targetId,
				this.caseNumber, this.reason, details);
	}

}
