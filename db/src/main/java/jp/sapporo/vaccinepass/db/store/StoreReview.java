package jp.sapporo.vaccinepass.db.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jp.sapporo.vaccinepass.db.store.StoreException.Problem;
import jp.sapporo.vaccinepass.db.store.StoreRecords.StoreRow;

import org.springframework.transaction.annotation.Transactional;

/**
 * City staff's review of stores: the queue of submitted revisions (new stores and changes
 * of approved stores, oldest first, each with what changed), and the decision. Approving
 * publishes the revision and issues a poster with a new token when the store has none or
 * the name or perk changed (the old poster then becomes {@code REPLACED}); rejecting
 * keeps the reason for the merchant. Every decision is a {@code store_event} and a notice
 * to the merchant (dashboard and e-mail). Access control (only city staff) is the calling
 * app's job.
 */
public class StoreReview {

	private static final String QUEUE = """
			select r.id as revision_id, s.status as store_status, s.published_revision_id, m.id as merchant_id,
			       m.email, m.contact_name, m.company_name
			from store_revision r
			join store s on s.id = r.store_id
			join merchant_account m on m.id = s.merchant_id
			where r.status = 'SUBMITTED' and s.status <> 'WITHDRAWN'
			""";

	private final StoreRecords records;

	private final StoreNotifications notifications;

	private final String portalUrl;

	StoreReview(StoreRecords records, StoreNotifications notifications, String portalUrl) {
		this.records = records;
		this.notifications = notifications;
		this.portalUrl = portalUrl;
	}

	/**
	 * Revisions waiting for review, the longest waiting first.
	 * @param limit the page size (1 to 200)
	 * @param offset how many to skip
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public List<ReviewItem> pendingQueue(int limit, int offset) {
		if (limit < 1 || limit > 200 || offset < 0) {
			throw new IllegalArgumentException("limit must be 1..200 and offset >= 0");
		}
		return this.records.jdbc()
			.sql(QUEUE + " order by r.submitted_at, r.id limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new QueueRow(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getLong(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list()
			.stream()
			.map(this::item)
			.toList();
	}

	/**
	 * How many revisions wait for review.
	 * @return the count
	 */
	@Transactional(readOnly = true)
	public long pendingCount() {
		return this.records.jdbc().sql("select count(*) from (" + QUEUE + ") q").query(Long.class).single();
	}

	/**
	 * One revision waiting for review.
	 * @param revisionId the revision
	 * @return the item, or empty when that revision is not waiting for review
	 */
	@Transactional(readOnly = true)
	public Optional<ReviewItem> pending(long revisionId) {
		return this.records.jdbc()
			.sql(QUEUE + " and r.id = :id")
			.param("id", revisionId)
			.query((rs, n) -> new QueueRow(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getLong(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.optional()
			.map(this::item);
	}

	/**
	 * Any revision, in any state.
	 * @param revisionId the revision
	 * @return the revision, or empty
	 */
	@Transactional(readOnly = true)
	public Optional<StoreRevision> revision(long revisionId) {
		return this.records.revision(revisionId);
	}

	/**
	 * Every revision of a store, oldest first.
	 * @param storeId the store
	 * @return the revisions
	 */
	@Transactional(readOnly = true)
	public List<StoreRevision> revisions(long storeId) {
		return this.records.revisions(storeId);
	}

	/**
	 * A store's history: every change of state with who, when and why.
	 * @param storeId the store
	 * @return the events, oldest first
	 */
	@Transactional(readOnly = true)
	public List<StoreEventEntry> history(long storeId) {
		return this.records.events(storeId);
	}

	/**
	 * Every poster a store had, newest first.
	 * @param storeId the store
	 * @return the posters
	 */
	@Transactional(readOnly = true)
	public List<PosterRecord> posters(long storeId) {
		return this.records.posters(storeId);
	}

	/**
	 * Approve a submitted revision: it becomes what the public and the poster show.
	 * @param revisionId the revision
	 * @param staffId the staff member deciding
	 * @return the store's working poster after the decision (new when one was issued)
	 * @throws StoreException {@code NOT_FOUND} when there is no such revision,
	 * {@code NOT_PENDING} when it is not waiting for review (already decided, or the
	 * store was withdrawn)
	 */
	@Transactional
	public PosterRecord approve(long revisionId, long staffId) {
		Decision decision = lockPending(revisionId);
		OffsetDateTime now = this.records.now();
		StoreRevision revision = decision.revision();
		StoreRow store = decision.store();
		StoreRevision published = (store.publishedRevisionId() != null)
				? this.records.revision(store.publishedRevisionId()).orElse(null) : null;
		this.records.jdbc().sql("""
				update store_revision set status = 'APPROVED', decided_at = :now, decided_by = :staff,
				       decision_reason = null
				where id = :id
				""").param("now", now).param("staff", staffId).param("id", revisionId).update();
		if (published != null) {
			this.records.jdbc()
				.sql("update store_revision set status = 'SUPERSEDED' where id = :id")
				.param("id", published.id())
				.update();
		}
		this.records.jdbc()
			.sql("""
					update store set status = 'APPROVED', current_revision_id = :revision, published_revision_id = :revision,
					       first_approved_at = coalesce(first_approved_at, :now), updated_at = :now, version = version + 1
					where id = :store
					""")
			.param("revision", revisionId)
			.param("now", now)
			.param("store", store.id())
			.update();
		this.records.event(store.id(), revisionId, store.status(), "APPROVED", "STAFF", staffId, null, now);
		Optional<PosterRecord> active = this.records.activePoster(store.id());
		// the poster shows the name and the perk: a change of either needs a new poster,
		// and the old QR must stop working so customers never see an outdated perk
		boolean newPoster = active.isEmpty() || revision.details().posterDiffers(published.details());
		PosterRecord poster = newPoster ? this.records.issuePoster(store.id(), revisionId, now) : active.get();
		this.notifications.notify(store.merchantId(), StoreNotice.approved(revision.details().nameJa(),
				published != null, newPoster && published != null, this.portalUrl + "/stores/" + store.id()));
		return poster;
	}

	/**
	 * Return a submitted revision to the merchant with a reason they will read. A
	 * rejected change of an approved store leaves the published revision and its poster
	 * working.
	 * @param revisionId the revision
	 * @param staffId the staff member deciding
	 * @param reason what to fix, in plain words (1 to 1000 characters)
	 * @throws StoreException {@code REASON_REQUIRED}, {@code NOT_FOUND} or
	 * {@code NOT_PENDING}
	 */
	@Transactional
	public void reject(long revisionId, long staffId, String reason) {
		String trimmed = (reason != null) ? reason.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > 1000) {
			throw new StoreException(Problem.REASON_REQUIRED);
		}
		Decision decision = lockPending(revisionId);
		OffsetDateTime now = this.records.now();
		StoreRow store = decision.store();
		this.records.jdbc()
			.sql("""
					update store_revision set status = 'REJECTED', decided_at = :now, decided_by = :staff,
					       decision_reason = :reason
					where id = :id
					""")
			.param("now", now)
			.param("staff", staffId)
			.param("reason", trimmed)
			.param("id", revisionId)
			.update();
		boolean change = store.publishedRevisionId() != null;
		String storeStatus = change ? store.status() : "REJECTED";
		this.records.jdbc()
			.sql("update store set status = :status, updated_at = :now, version = version + 1 where id = :store")
			.param("status", storeStatus)
			.param("now", now)
			.param("store", store.id())
			.update();
		this.records.event(store.id(), revisionId, "SUBMITTED", "REJECTED", "STAFF", staffId, trimmed, now);
		this.notifications.notify(store.merchantId(), StoreNotice.rejected(decision.revision().details().nameJa(),
				change, trimmed, this.portalUrl + "/stores/" + store.id()));
	}

	private Decision lockPending(long revisionId) {
		StoreRevision revision = this.records.revision(revisionId)
			.orElseThrow(() -> new StoreException(Problem.NOT_FOUND));
		// the store row lock serialises two staff deciding at once and a merchant
		// withdrawing
		StoreRow store = this.records.lockStore(revision.storeId())
			.orElseThrow(() -> new StoreException(Problem.NOT_FOUND));
		StoreRevision fresh = this.records.revision(revisionId).orElseThrow();
		if (!"SUBMITTED".equals(fresh.status()) || "WITHDRAWN".equals(store.status())
				|| store.currentRevisionId() == null || store.currentRevisionId() != revisionId) {
			throw new StoreException(Problem.NOT_PENDING);
		}
		return new Decision(fresh, store);
	}

	private ReviewItem item(QueueRow row) {
		StoreRevision revision = this.records.revision(row.revisionId()).orElseThrow();
		StoreRevision published = (row.publishedRevisionId() != null)
				? this.records.revision(row.publishedRevisionId()).orElse(null) : null;
		StoreDetails before = (published != null) ? published.details() : null;
		return new ReviewItem(revision, row.merchantId(), row.email(), row.contactName(), row.companyName(),
				row.storeStatus(), published, revision.details().changedFrom(before),
				published != null && revision.details().posterDiffers(before), revision.submittedAt());
	}

	private record QueueRow(long revisionId, String storeStatus, Long publishedRevisionId, long merchantId,
			String email, String contactName, String companyName) {
	}

	private record Decision(StoreRevision revision, StoreRow store) {
	}

}
