package jp.sapporo.vaccinepass.db.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL the store services share: reading stores, revisions and posters, writing events
 * and issuing posters.
 */
class StoreRecords {

	static final String REVISION_COLUMNS = """
			select r.id, r.store_id, r.revision_no, r.status, r.name_ja, r.name_en, r.municipality_code, r.address,
			       r.category_code, r.perk_ja, r.perk_en, r.perk_zh, r.perk_conditions, r.contact_phone, r.contact_email,
			       r.terms_agreed_at, r.submitted_at, r.decided_at, r.decided_by, r.decision_reason
			from store_revision r
			""";

	static final String POSTER_COLUMNS = """
			select p.id, p.store_id, p.revision_id, p.serial, p.token, p.status, p.issued_at, p.ended_at from poster p
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PosterTokens tokens;

	StoreRecords(JdbcClient jdbc, Clock clock, PosterTokens tokens) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.tokens = tokens;
	}

	JdbcClient jdbc() {
		return this.jdbc;
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	Optional<StoreRevision> revision(long revisionId) {
		return this.jdbc.sql(REVISION_COLUMNS + " where r.id = :id")
			.param("id", revisionId)
			.query(StoreRecords::revisionRow)
			.optional();
	}

	List<StoreRevision> revisions(long storeId) {
		return this.jdbc.sql(REVISION_COLUMNS + " where r.store_id = :store order by r.revision_no")
			.param("store", storeId)
			.query(StoreRecords::revisionRow)
			.list();
	}

	/** The store row, locked for the rest of the transaction. */
	Optional<StoreRow> lockStore(long storeId) {
		return this.jdbc.sql("""
				select id, merchant_id, status, current_revision_id, published_revision_id from store
				where id = :id for update
				""")
			.param("id", storeId)
			.query((rs, n) -> new StoreRow(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4),
					(Long) rs.getObject(5)))
			.optional();
	}

	Optional<PosterRecord> activePoster(long storeId) {
		return this.jdbc.sql(POSTER_COLUMNS + " where p.store_id = :store and p.status = 'ACTIVE'")
			.param("store", storeId)
			.query(StoreRecords::posterRow)
			.optional();
	}

	List<PosterRecord> posters(long storeId) {
		return this.jdbc.sql(POSTER_COLUMNS + " where p.store_id = :store order by p.issued_at desc, p.id desc")
			.param("store", storeId)
			.query(StoreRecords::posterRow)
			.list();
	}

	Optional<PosterRecord> posterByToken(String token) {
		return this.jdbc.sql(POSTER_COLUMNS + " where p.token = :token")
			.param("token", token)
			.query(StoreRecords::posterRow)
			.optional();
	}

	List<StoreEventEntry> events(long storeId) {
		return this.jdbc.sql("""
				select e.id, e.store_id, e.revision_id, r.revision_no, e.from_status, e.to_status, e.actor_kind,
				       e.actor_id, e.reason, e.occurred_at
				from store_event e left join store_revision r on r.id = e.revision_id
				where e.store_id = :store order by e.occurred_at, e.id
				""")
			.param("store", storeId)
			.query((rs, n) -> new StoreEventEntry(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
					(Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7),
					(Long) rs.getObject(8), rs.getString(9), instant(rs, "occurred_at")))
			.list();
	}

	void event(long storeId, Long revisionId, String from, String to, String actorKind, Long actorId, String reason,
			OffsetDateTime at) {
		this.jdbc.sql("""
				insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason,
				                         occurred_at)
				values (:store, :revision, :from, :to, :kind, :actor, :reason, :at)
				""")
			.param("store", storeId)
			.param("revision", revisionId, java.sql.Types.BIGINT)
			.param("from", from, java.sql.Types.VARCHAR)
			.param("to", to)
			.param("kind", actorKind)
			.param("actor", actorId, java.sql.Types.BIGINT)
			.param("reason", reason, java.sql.Types.VARCHAR)
			.param("at", at)
			.update();
	}

	/**
	 * End the store's working poster (if any) with the given status and issue a new one
	 * for the revision.
	 */
	PosterRecord issuePoster(long storeId, long revisionId, OffsetDateTime now) {
		endActivePoster(storeId, "REPLACED", now);
		int count = this.jdbc.sql("select count(*) from poster where store_id = :store")
			.param("store", storeId)
			.query(Integer.class)
			.single();
		String serial = String.format("P-%06d-%02d", storeId, count + 1);
		String token = this.tokens.next();
		long id = this.jdbc.sql("""
				insert into poster (store_id, revision_id, serial, token, status, issued_at)
				values (:store, :revision, :serial, :token, 'ACTIVE', :now) returning id
				""")
			.param("store", storeId)
			.param("revision", revisionId)
			.param("serial", serial)
			.param("token", token)
			.param("now", now)
			.query(Long.class)
			.single();
		return new PosterRecord(id, storeId, revisionId, serial, token, "ACTIVE", now.toInstant(), null);
	}

	int endActivePoster(long storeId, String status, OffsetDateTime now) {
		return this.jdbc
			.sql("update poster set status = :status, ended_at = :now where store_id = :store and status = 'ACTIVE'")
			.param("status", status)
			.param("now", now)
			.param("store", storeId)
			.update();
	}

	static StoreRevision revisionRow(ResultSet rs, int rowNum) throws SQLException {
		StoreDetails details = new StoreDetails(rs.getString("name_ja"), rs.getString("name_en"),
				rs.getString("municipality_code"), rs.getString("address"), rs.getString("category_code"),
				rs.getString("perk_ja"), rs.getString("perk_en"), rs.getString("perk_zh"),
				rs.getString("perk_conditions"), rs.getString("contact_phone"), rs.getString("contact_email"));
		return new StoreRevision(rs.getLong("id"), rs.getLong("store_id"), rs.getInt("revision_no"),
				rs.getString("status"), details, instant(rs, "terms_agreed_at"), instant(rs, "submitted_at"),
				instant(rs, "decided_at"), (Long) rs.getObject("decided_by"), rs.getString("decision_reason"));
	}

	static PosterRecord posterRow(ResultSet rs, int rowNum) throws SQLException {
		return new PosterRecord(rs.getLong("id"), rs.getLong("store_id"), rs.getLong("revision_id"),
				rs.getString("serial"), rs.getString("token"), rs.getString("status"), instant(rs, "issued_at"),
				instant(rs, "ended_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	record StoreRow(long id, long merchantId, String status, Long currentRevisionId, Long publishedRevisionId) {
	}

}
