package jp.sapporo.vaccinepass.db.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the append-only audit log. Writing joins the caller's transaction, so
 * an action and its audit row are committed (or rolled back) together. Only adding and
 * reading exist here; the database refuses updates and deletes.
 */
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String app;

	/**
	 * @param jdbc the database
	 * @param clock the clock
	 * @param app the writing app's short id (e.g. {@code verifier})
	 */
	public AuditLog(JdbcClient jdbc, Clock clock, String app) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.app = app;
	}

	/**
	 * Append an entry.
	 * @param entry the entry
	 * @return the new row's id
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public long record(AuditEntry entry) {
		return this.jdbc.sql("""
				insert into audit_log (occurred_at, app, actor_kind, actor_id, actor_name, action, target_kind,
				                       target_id, case_number, reason, details)
				values (:now, :app, :actorKind, :actorId, :actorName, :action, :targetKind, :targetId, :caseNumber,
				        :reason, cast(:details as jsonb))
				returning id
				""")
			.param("now", OffsetDateTime.now(this.clock))
			.param("app", this.app)
			.param("actorKind", entry.actorKind())
			.param("actorId", entry.actorId(), java.sql.Types.BIGINT)
			.param("actorName", entry.actorName())
			.param("action", entry.action())
			.param("targetKind", entry.targetKind())
			.param("targetId", entry.targetId())
			.param("caseNumber", entry.caseNumber())
			.param("reason", entry.reason())
			.param("details", entry.details().isEmpty() ? null : json(entry.details()))
			.query(Long.class)
			.single();
	}

	/**
	 * The newest entries first, optionally only those of one action or case.
	 * @param action an action code, or {@code null} for all
	 * @param caseNumber a case number, or {@code null} for all
	 * @param limit how many (1 to 500)
	 * @param offset how many to skip
	 * @return the entries
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> newest(String action, String caseNumber, int limit, int offset) {
		if (limit < 1 || limit > 500 || offset < 0) {
			throw new IllegalArgumentException("limit must be 1..500 and offset >= 0");
		}
		return this.jdbc.sql("""
				select id, occurred_at, app, actor_kind, actor_id, actor_name, action, target_kind, target_id,
				       case_number, reason, details::text as details
				from audit_log
				where (cast(:action as varchar) is null or action = :action)
				  and (cast(:caseNumber as varchar) is null or case_number = :caseNumber)
				order by occurred_at desc, id desc
				limit :limit offset :offset
				""")
			.param("action", action, java.sql.Types.VARCHAR)
			.param("caseNumber", caseNumber, java.sql.Types.VARCHAR)
			.param("limit", limit)
			.param("offset", offset)
			.query(AuditLog::row)
			.list();
	}

	private static AuditRecord row(ResultSet rs, int rowNum) throws SQLException {
		Instant at = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
		return new AuditRecord(rs.getLong("id"), at, rs.getString("app"), rs.getString("actor_kind"),
				(Long) rs.getObject("actor_id"), rs.getString("actor_name"), rs.getString("action"),
				rs.getString("target_kind"), rs.getString("target_id"), rs.getString("case_number"),
				rs.getString("reason"), rs.getString("details"));
	}

	/**
	 * Details as a JSON object: numbers and booleans as such, anything else as a string
	 * (the database module has no JSON library; the values are simple).
	 */
	static String json(Map<String, Object> details) {
		StringBuilder json = new StringBuilder("{");
		details.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((entry) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			quote(json, entry.getKey()).append(':');
			Object value = entry.getValue();
			if (value == null) {
				json.append("null");
			}
			else if (value instanceof Number || value instanceof Boolean) {
				json.append(value);
			}
			else {
				quote(json, String.valueOf(value));
			}
		});
		return json.append('}').toString();
	}

	private static StringBuilder quote(StringBuilder json, String text) {
		json.append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"');
	}

}
