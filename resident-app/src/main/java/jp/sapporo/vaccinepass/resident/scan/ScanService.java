package jp.sapporo.vaccinepass.resident.scan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.sapporo.vaccinepass.resident.ResidentAppProperties;
import jp.sapporo.vaccinepass.resident.proof.ProofView;
import jp.sapporo.vaccinepass.rules.Decision;
import jp.sapporo.vaccinepass.rules.EligibilityEngine;
import jp.sapporo.vaccinepass.rules.EligibilityRequest;
import jp.sapporo.vaccinepass.rules.Person;
import jp.sapporo.vaccinepass.rules.PersonDecision;
import jp.sapporo.vaccinepass.rules.ProgrammeOverride;
import jp.sapporo.vaccinepass.rules.ProgrammeStatus;
import jp.sapporo.vaccinepass.rules.Vaccination;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A poster scan in two statements: one read (poster, store, programme period, the
 * resident's name, record and doses) and one write (the scan log row and, when eligible,
 * the proof, in one statement, shared with the scans of the same moment:
 * {@link ProofWriter}). The new proof's page is made from what these two statements read
 * and wrote, without reading the proof back.
 * <p>
 * A double tap (the same session scans the same store again within
 * {@code vaccinepass.resident.tap-window}, 30 s) is one visit: no second scan log row and
 * no second proof; the resident is sent to the proof already made, under a URL token of
 * its own ({@code proof_alias}). Scans that open no proof are logged every time.
 */
@Service
class ScanService {

	private static final String CONTEXT = """
			select p.id as poster_id, p.status as poster_status, p.store_id, s.status as store_status,
			       sr.name_ja, sr.name_en, ps.local_period_start, ps.local_period_end, coalesce(ps.suspended, false) as suspended,
			       a.birth_date, a.full_name, a.face_photo_id is not null as has_photo, r.status as record_status,
			       array(select d.dose_number from vaccination_dose d where d.record_id = r.id order by d.dose_number) as dose_numbers,
			       array(select d.dose_date from vaccination_dose d where d.record_id = r.id order by d.dose_number) as dose_dates
			from poster p
			join store s on s.id = p.store_id
			join store_revision sr on sr.id = p.revision_id
			join resident_account a on a.id = :resident
			left join vaccination_record r on r.resident_id = a.id
			left join programme_setting ps on ps.programme_id = :programme
			where p.token = :token
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ResidentAppProperties properties;

	private final ProofWriter writer;

	private final EligibilityEngine engine = EligibilityEngine.withBuiltInProgrammes();

	ScanService(JdbcClient jdbc, Clock clock, ResidentAppProperties properties, ProofWriter writer) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.writer = writer;
	}

	/**
	 * Scan a poster.
	 * @param posterToken the token from the poster QR
	 * @param residentId the signed-in resident
	 * @param sessionId the HTTP session that scanned (the proof is bound to it)
	 * @return what happened
	 */
	// no surrounding transaction: the read is one statement and the write is one
	// statement (the double-tap check, the scan row and its proof together, atomically),
	// which saves two round trips; a double tap adds one statement (the proof's new URL)
	ScanResult scan(String posterToken, long residentId, String sessionId) {
		Optional<ScanContext> found = (posterToken.length() <= 64) ? this.jdbc.sql(CONTEXT)
			.param("resident", residentId)
			.param("programme", this.properties.programme())
			.param("token", posterToken)
			.query(ScanService::context)
			.optional() : Optional.empty();
		if (found.isEmpty()) {
			return ScanResult.unknownPoster();
		}
		ScanContext context = found.get();
		// as PostgreSQL stores it, so that the page shows what a reload will show
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		// the scan day in Japan is the reference date (Sapporo: "2 weeks or more after
		// the 2nd dose")
		LocalDate today = LocalDate
			.now(this.clock.withZone(jp.sapporo.vaccinepass.web.PlatformWebAutoConfiguration.JAPAN));
		String recordStatus = (context.recordStatus() != null) ? context.recordStatus() : "NONE";
		if (context.posterEnded()) {
			return logged(context, residentId, now, context.endedOutcome(), recordStatus, null, List.of());
		}
		ProgrammeOverride override = (context.periodStart() != null)
				? new ProgrammeOverride(context.periodStart(), context.periodEnd(), context.suspended()) : null;
		Decision decision = this.engine.evaluate(
				EligibilityRequest.of(this.properties.programme(), today,
						Person.of("resident", context.birthDate(), context.doses().toArray(Vaccination[]::new))),
				override);
		if (decision.status() != ProgrammeStatus.ACTIVE) {
			return logged(context, residentId, now, ScanOutcome.NOT_IN_FORCE, recordStatus, null, List.of());
		}
		PersonDecision person = decision.people().get(0);
		// only a record verified by city staff opens a proof
		if (!"VERIFIED".equals(recordStatus)) {
			return logged(context, residentId, now, ScanOutcome.RECORD_NOT_VERIFIED, recordStatus, null, List.of());
		}
		if (!person.outcome().benefits()) {
			return logged(context, residentId, now, ScanOutcome.NOT_ELIGIBLE, recordStatus, person.eligibleFrom(),
					person.reasons());
		}
		byte[] session = ProofTokens.sessionHash(sessionId);
		String basis = person.basis().name();
		ScanResult issued = issue(context, residentId, session, now, basis, this.properties.tapWindow());
		if (issued == null) {
			// a double tap: the proof of the scan a moment ago, under a URL of its own
			String token = alias(context.storeId(), session, now);
			if (token != null) {
				return new ScanResult(ScanOutcome.PROOF_ISSUED, token, context.storeNameJa(), context.storeNameEn(),
						recordStatus, null, List.of(), null);
			}
			// that proof is gone already (deleted by retention): a scan of its own
			issued = issue(context, residentId, session, now, basis, Duration.ZERO);
		}
		return issued;
	}

	/**
	 * The scan log row and the proof, unless the same session scanned the same store less
	 * than {@code window} ago (a double tap). The upsert on {@code proof_tap} makes two
	 * concurrent scans of the same poster by the same session wait for each other: the
	 * second sees the first's row and counts as a double tap.
	 * @param window the double-tap window: the configured one goes through the writer's
	 * group commit; another (none, after a vanished proof) is written at once
	 * @return the new proof with its page, or {@code null} for a double tap
	 */
	private ScanResult issue(ScanContext context, long residentId, byte[] session, Instant now, String basis,
			Duration window) {
		String token = ProofTokens.newToken();
		byte[] hash = ProofTokens.hash(token);
		Instant expires = now.plus(this.properties.proofLifetime());
		ProofWriter.Row row = new ProofWriter.Row(session, context.storeId(), hash, residentId, context.posterId(),
				basis, now, expires);
		Long proofId = window.equals(this.properties.tapWindow()) ? this.writer.write(row)
				: this.writer.writeNow(row, window);
		if (proofId == null) {
			return null;
		}
		List<ProofView.Dose> doses = context.doses()
			.stream()
			.map((dose) -> new ProofView.Dose(dose.dose(), dose.date()))
			.toList();
		ProofView proof = new ProofView(proofId, residentId, session, context.storeId(), context.storeNameJa(),
				context.storeNameEn(), this.properties.programme(), basis, now, expires, context.fullName(),
				context.hasPhoto(), doses);
		return new ScanResult(ScanOutcome.PROOF_ISSUED, token, context.storeNameJa(), context.storeNameEn(),
				context.recordStatus(), null, List.of(), proof);
	}

	/**
	 * A new URL token for the still valid proof this session got at this store.
	 * @return the token, or {@code null} when there is no such proof
	 */
	private String alias(long storeId, byte[] session, Instant now) {
		String token = ProofTokens.newToken();
		int made = this.jdbc.sql("""
				insert into proof_alias (token_hash, proof_id)
				select :hash, p.id from proof_tap t join proof p on p.token_hash = t.token_hash
				where t.session_hash = :session and t.store_id = :store and p.expires_at > :now
				""")
			.param("hash", ProofTokens.hash(token))
			.param("session", session)
			.param("store", storeId)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		return (made == 1) ? token : null;
	}

	private ScanResult logged(ScanContext context, long residentId, Instant now, ScanOutcome outcome,
			String recordStatus, LocalDate eligibleFrom, List<jp.sapporo.vaccinepass.rules.Reason> reasons) {
		this.jdbc.sql("""
				insert into scan_log (scanned_at, resident_id, store_id, poster_id, programme_id, outcome)
				values (:now, :resident, :store, :poster, :programme, :outcome)
				""")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("resident", residentId)
			.param("store", context.storeId())
			.param("poster", context.posterId())
			.param("programme", this.properties.programme())
			.param("outcome", outcome.name())
			.update();
		return new ScanResult(outcome, null, context.storeNameJa(), context.storeNameEn(), recordStatus, eligibleFrom,
				reasons, null);
	}

	private static ScanContext context(ResultSet rs, int row) throws SQLException {
		List<Vaccination> doses = new ArrayList<>();
		Array numbers = rs.getArray("dose_numbers");
		Array dates = rs.getArray("dose_dates");
		if (numbers != null && dates != null) {
			Object[] n = (Object[]) numbers.getArray();
			Object[] d = (Object[]) dates.getArray();
			for (int i = 0; i < n.length; i++) {
				doses.add(Vaccination.dose(((Number) n[i]).intValue(), toLocalDate(d[i])));
			}
		}
		return new ScanContext(rs.getLong("poster_id"), rs.getString("poster_status"), rs.getLong("store_id"),
				rs.getString("store_status"), rs.getString("name_ja"), rs.getString("name_en"),
				rs.getObject("local_period_start", LocalDate.class), rs.getObject("local_period_end", LocalDate.class),
				rs.getBoolean("suspended"), rs.getObject("birth_date", LocalDate.class), rs.getString("full_name"),
				rs.getBoolean("has_photo"), rs.getString("record_status"), doses);
	}

	static LocalDate toLocalDate(Object value) {
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		return LocalDate.parse(value.toString());
	}

}
