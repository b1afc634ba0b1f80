package jp.sapporo.vaccinepass.verifier.check;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jp.sapporo.vaccinepass.rules.Decision;
import jp.sapporo.vaccinepass.rules.EligibilityRequest;
import jp.sapporo.vaccinepass.web.PlatformWebAutoConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved eligibility checks ({@code eligibility_check}). Every read takes the agency, so
 * an agent can never reach another agency's check.
 */
@Service
public class EligibilityChecks {

	private final JdbcClient jdbc;

	private final Clock clock;

	EligibilityChecks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether documents may still be shown for a trip: not after its start date (Shinshu:
	 * documents can't be submitted later; a check not passed by the start date stays
	 * failed).
	 * @param tripStart the trip start date
	 * @return true on or before the start date
	 */
	public boolean acceptsEvidence(LocalDate tripStart) {
		return !LocalDate.now(this.clock.withZone(PlatformWebAutoConfiguration.JAPAN)).isAfter(tripStart);
	}

	/**
	 * Save a check made in the console.
	 * @return the new check's id
	 */
	@Transactional
	long saveWeb(long agencyId, long agentId, String bookingReference, EligibilityRequest request, LocalDate tripEnd,
			String requestJson, Decision decision, String decisionJson) {
		return insert(agencyId, agentId, null, "WEB", bookingReference, request, tripEnd, requestJson, decision,
				decisionJson);
	}

	/**
	 * Save a check asked through the API.
	 * @return the new check's id
	 */
	@Transactional
	public long saveApi(long agencyId, long apiKeyId, String bookingReference, EligibilityRequest request,
			String requestJson, Decision decision, String decisionJson) {
		return insert(agencyId, null, apiKeyId, "API", bookingReference, request, null, requestJson, decision,
				decisionJson);
	}

	private long insert(long agencyId, Long agentId, Long apiKeyId, String channel, String bookingReference,
			EligibilityRequest request, LocalDate tripEnd, String requestJson, Decision decision, String decisionJson) {
		return this.jdbc
			.sql("""
					insert into eligibility_check (agency_id, checked_by, api_key_id, channel, booking_reference,
					  programme_id, reference_date, trip_end_date, people_count, eligible_count, request, decision, checked_at)
					values (:agency, :agent, :key, :channel, :booking, :programme, :reference, :tripEnd, :people, :eligible,
					  cast(:request as jsonb), cast(:decision as jsonb), :now)
					returning id
					""")
			.param("agency", agencyId)
			.param("agent", agentId, java.sql.Types.BIGINT)
			.param("key", apiKeyId, java.sql.Types.BIGINT)
			.param("channel", channel)
			.param("booking",
					(bookingReference == null || bookingReference.isBlank()) ? null : bookingReference.strip())
			.param("programme", request.programme())
			.param("reference", request.referenceDate())
			.param("tripEnd", tripEnd, java.sql.Types.DATE)
			.param("people", request.people().size())
			.param("eligible", decision.eligibleCount())
			.param("request", requestJson)
			.param("decision", decisionJson)
			.param("now", OffsetDateTime.now(this.clock))
			.query(Long.class)
			.single();
	}

	/**
	 * One check of an agency.
	 * @param agencyId the agency of the person asking
	 * @param checkId the check
	 * @return the check, or empty when there is none of that agency
	 */
	@Transactional(readOnly = true)
	public Optional<StoredCheck> find(long agencyId, long checkId) {
		return this.jdbc.sql("""
				select c.id, c.booking_reference, c.programme_id, c.reference_date, c.trip_end_date, c.people_count,
				       c.eligible_count, c.channel, c.checked_at, coalesce(s.display_name, k.label) as checked_by,
				       a.name as agency_name, c.request::text as request, c.decision::text as decision
				from eligibility_check c
				join travel_agency a on a.id = c.agency_id
				left join staff_account s on s.id = c.checked_by
				left join api_key k on k.id = c.api_key_id
				where c.id = :id and c.agency_id = :agency
				""")
			.param("id", checkId)
			.param("agency", agencyId)
			.query((rs, n) -> new StoredCheck(rs.getLong("id"), rs.getString("booking_reference"),
					rs.getString("programme_id"), rs.getObject("reference_date", LocalDate.class),
					rs.getObject("trip_end_date", LocalDate.class), rs.getInt("people_count"),
					rs.getInt("eligible_count"), rs.getString("channel"),
					rs.getObject("checked_at", OffsetDateTime.class).toInstant(), rs.getString("checked_by"),
					rs.getString("agency_name"), rs.getString("request"), rs.getString("decision")))
			.optional();
	}

	/**
	 * An agency's checks, newest first.
	 * @param agencyId the agency
	 * @param query part of a booking reference, or {@code null}
	 * @param from first day checked (Japan time), or {@code null}
	 * @param to last day checked, or {@code null}
	 * @param limit page size
	 * @param offset rows to skip
	 * @return the checks
	 */
	@Transactional(readOnly = true)
	public List<CheckSummary> search(long agencyId, String query, LocalDate from, LocalDate to, int limit, int offset) {
		String like = (query == null || query.isBlank()) ? null
				: "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.sql("""
				select c.id, c.booking_reference, c.programme_id, c.reference_date, c.people_count, c.eligible_count,
				       c.channel, c.checked_at, coalesce(s.display_name, k.label) as checked_by
				from eligibility_check c
				left join staff_account s on s.id = c.checked_by
				left join api_key k on k.id = c.api_key_id
				where c.agency_id = :agency
				  and (cast(:like as varchar) is null or c.booking_reference ilike :like)
				  and (cast(:from as date) is null or c.checked_at >= cast(:from as date))
				  and (cast(:to as date) is null or c.checked_at < cast(:to as date) + 1)
				order by c.checked_at desc, c.id desc
				limit :limit offset :offset
				""")
			.param("agency", agencyId)
			.param("like", like, java.sql.Types.VARCHAR)
			.param("from", from, java.sql.Types.DATE)
			.param("to", to, java.sql.Types.DATE)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new CheckSummary(rs.getLong("id"), rs.getString("booking_reference"),
					rs.getString("programme_id"), rs.getObject("reference_date", LocalDate.class),
					rs.getInt("people_count"), rs.getInt("eligible_count"), rs.getString("channel"),
					rs.getObject("checked_at", OffsetDateTime.class).toInstant(), rs.getString("checked_by")))
			.list();
	}

	/**
	 * A saved check.
	 *
	 * @param id the id
	 * @param bookingReference the booking reference, or {@code null}
	 * @param programmeId the programme
	 * @param referenceDate the trip start date
	 * @param tripEndDate the trip end date, or {@code null}
	 * @param peopleCount travellers
	 * @param eligibleCount travellers who get the discount
	 * @param channel {@code WEB} or {@code API}
	 * @param checkedAt when
	 * @param checkedBy the agent's name or the API key's label
	 * @param agencyName the agency
	 * @param requestJson the request as stored
	 * @param decisionJson the decision as stored
	 */
	public record StoredCheck(long id, String bookingReference, String programmeId, LocalDate referenceDate,
			LocalDate tripEndDate, int peopleCount, int eligibleCount, String channel, Instant checkedAt,
			String checkedBy, String agencyName, String requestJson, String decisionJson) {
	}

	/**
	 * A line of the list of checks.
	 *
	 * @param id the id
	 * @param bookingReference the booking reference
	 * @param programmeId the programme
	 * @param referenceDate the trip start date
	 * @param peopleCount travellers
	 * @param eligibleCount travellers who get the discount
	 * @param channel {@code WEB} or {@code API}
	 * @param checkedAt when
	 * @param checkedBy who
	 */
	public record CheckSummary(long id, String bookingReference, String programmeId, LocalDate referenceDate,
			int peopleCount, int eligibleCount, String channel, Instant checkedAt, String checkedBy) {
	}

}
