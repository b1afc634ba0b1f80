package jp.sapporo.vaccinepass.verifier.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jp.sapporo.vaccinepass.db.audit.AuditEntry;
import jp.sapporo.vaccinepass.db.audit.AuditLog;
import jp.sapporo.vaccinepass.rules.Decision;
import jp.sapporo.vaccinepass.rules.EligibilityEngine;
import jp.sapporo.vaccinepass.rules.EligibilityRequest;
import jp.sapporo.vaccinepass.rules.ProgrammeOverride;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes as the city runs them, and the engine applied with those settings.
 */
@Service
public class ProgrammeSettings {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog audit;

	private final EligibilityEngine engine = EligibilityEngine.withBuiltInProgrammes();

	ProgrammeSettings(JdbcClient jdbc, Clock clock, AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	public EligibilityEngine engine() {
		return this.engine;
	}

	/**
	 * A programme's name for people ({@code ${@programmeSettings.name(id, #locale)}} in
	 * templates).
	 * @param programmeId the id
	 * @param locale the reader's language
	 * @return the name, or the id when the engine does not know it
	 */
	public String name(String programmeId, java.util.Locale locale) {
		return this.engine.programme(programmeId).map((p) -> p.name().in(locale)).orElse(programmeId);
	}

	/**
	 * The settings of every programme the engine knows, in the engine's order.
	 * @return the settings
	 */
	@Transactional(readOnly = true)
	public List<ProgrammeSetting> all() {
		return this.jdbc.sql("select * from programme_setting order by programme_id")
			.query(ProgrammeSettings::row)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<ProgrammeSetting> setting(String programmeId) {
		return this.jdbc.sql("select * from programme_setting where programme_id = :id")
			.param("id", programmeId)
			.query(ProgrammeSettings::row)
			.optional();
	}

	/**
	 * Judge a request by the programme's rules as the city runs them (local period,
	 * suspension).
	 * @param request the request
	 * @return the decision
	 * @throws jp.sapporo.vaccinepass.rules.InvalidRequestException when the request
	 * cannot be judged
	 */
	@Transactional(readOnly = true)
	public Decision evaluate(EligibilityRequest request) {
		ProgrammeOverride override = this.engine.programme(request.programme())
			.flatMap((programme) -> setting(programme.id()).map((setting) -> setting.override(programme)))
			.orElse(null);
		// an unknown programme gets the engine's own error
		return this.engine.evaluate(request, override);
	}

	/**
	 * Change how a programme runs, recording the change and who made it.
	 * @param change the new settings
	 * @param staffId the staff member
	 * @param username the staff member's user name (for the audit log)
	 * @return false when the settings changed since they were shown (nothing changed)
	 */
	@Transactional
	public boolean change(SettingChange change, long staffId, String username) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int updated = this.jdbc.sql("""
				update programme_setting
				set local_period_start = :start, local_period_end = :end, alert_level = :level,
				    priority_measures = :priority, suspended = :suspended, updated_by = :staff, updated_at = :now,
				    version = version + 1
				where programme_id = :id and version = :version
				""")
			.param("start", change.localPeriodStart(), java.sql.Types.DATE)
			.param("end", change.localPeriodEnd(), java.sql.Types.DATE)
			.param("level", change.alertLevel())
			.param("priority", change.priorityMeasures())
			.param("suspended", change.suspended())
			.param("staff", staffId)
			.param("now", now)
			.param("id", change.programmeId())
			.param("version", change.version())
			.update();
		if (updated == 0) {
			return false;
		}
		this.jdbc.sql("""
				insert into programme_setting_event (programme_id, local_period_start, local_period_end, alert_level,
				  priority_measures, suspended, changed_by, reason, changed_at)
				values (:id, :start, :end, :level, :priority, :suspended, :staff, :reason, :now)
				""")
			.param("id", change.programmeId())
			.param("start", change.localPeriodStart(), java.sql.Types.DATE)
			.param("end", change.localPeriodEnd(), java.sql.Types.DATE)
			.param("level", change.alertLevel())
			.param("priority", change.priorityMeasures())
			.param("suspended", change.suspended())
			.param("staff", staffId)
			.param("reason", change.reason())
			.param("now", now)
			.update();
		this.audit.record(AuditEntry.staff(staffId, username, "PROGRAMME_SETTING_CHANGED")
			.on("PROGRAMME", change.programmeId())
			.forCase(null, change.reason()));
		return true;
	}

	/**
	 * The changes of one programme, newest first.
	 * @param programmeId the programme
	 * @return the events
	 */
	@Transactional(readOnly = true)
	public List<SettingEvent> history(String programmeId) {
		return this.jdbc.sql("""
				select e.changed_at, e.local_period_start, e.local_period_end, e.alert_level, e.priority_measures,
				       e.suspended, s.display_name, e.reason
				from programme_setting_event e left join staff_account s on s.id = e.changed_by
				where e.programme_id = :id order by e.changed_at desc, e.id desc limit 50
				""")
			.param("id", programmeId)
			.query((rs, n) -> new SettingEvent(rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
					rs.getObject("local_period_start", java.time.LocalDate.class),
					rs.getObject("local_period_end", java.time.LocalDate.class), rs.getInt("alert_level"),
					rs.getBoolean("priority_measures"), rs.getBoolean("suspended"), rs.getString("display_name"),
					rs.getString("reason")))
			.list();
	}

	private static ProgrammeSetting row(ResultSet rs, int rowNum) throws SQLException {
		return new ProgrammeSetting(rs.getString("programme_id"),
				rs.getObject("local_period_start", java.time.LocalDate.class),
				rs.getObject("local_period_end", java.time.LocalDate.class), rs.getInt("alert_level"),
				rs.getBoolean("priority_measures"), rs.getBoolean("suspended"), rs.getLong("version"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * A change staff make.
	 *
	 * @param programmeId the programme
	 * @param version the version staff saw
	 * @param localPeriodStart the local period's first day, or {@code null}
	 * @param localPeriodEnd its last day, or {@code null}
	 * @param alertLevel the alert level (0 to 5)
	 * @param priorityMeasures priority measures in force
	 * @param suspended suspended
	 * @param reason why (required)
	 */
	public record SettingChange(String programmeId, long version, java.time.LocalDate localPeriodStart,
			java.time.LocalDate localPeriodEnd, int alertLevel, boolean priorityMeasures, boolean suspended,
			String reason) {
	}

	/**
	 * One recorded change.
	 *
	 * @param changedAt when
	 * @param localPeriodStart the period start set
	 * @param localPeriodEnd the period end set
	 * @param alertLevel the alert level set
	 * @param priorityMeasures priority measures set
	 * @param suspended suspension set
	 * @param changedBy the staff member's name
	 * @param reason why
	 */
	public record SettingEvent(java.time.Instant changedAt, java.time.LocalDate localPeriodStart,
			java.time.LocalDate localPeriodEnd, int alertLevel, boolean priorityMeasures, boolean suspended,
			String changedBy, String reason) {
	}

}
