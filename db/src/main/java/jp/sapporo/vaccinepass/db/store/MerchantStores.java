package jp.sapporo.vaccinepass.db.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jp.sapporo.vaccinepass.db.store.StoreException.Problem;
import jp.sapporo.vaccinepass.db.store.StoreRecords.StoreRow;

import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's side of the store lifecycle: register (draft), edit, submit for review,
 * withdraw, and read their own stores, revisions, history and posters. Every method takes
 * the merchant's id and treats another merchant's store exactly like a missing one
 * ({@code NOT_FOUND}), so ids cannot be probed.
 * <p>
 * States: a new store is a {@code DRAFT}; {@link #submit} makes it {@code SUBMITTED};
 * staff approve ({@code APPROVED}) or reject ({@code REJECTED}) it; an edit of a rejected
 * store starts a new draft revision. An edit of an approved store is a new revision that
 * goes to review while the store stays {@code APPROVED} and its poster keeps working.
 * {@link #withdraw} ends it all ({@code WITHDRAWN}: poster stops, store leaves the
 * directory).
 */
public class MerchantStores {

	private final StoreRecords records;

	MerchantStores(StoreRecords records) {
		this.records = records;
	}

	/**
	 * The merchant's stores, oldest first.
	 * @param merchantId the merchant
	 * @return the stores
	 */
	@Transactional(readOnly = true)
	public List<MerchantStore> stores(long merchantId) {
		return this.records.jdbc()
			.sql("select id from store where merchant_id = :merchant order by id")
			.param("merchant", merchantId)
			.query(Long.class)
			.list()
			.stream()
			.map((id) -> load(merchantId, id).orElseThrow())
			.toList();
	}

	/**
	 * One of the merchant's stores.
	 * @param merchantId the merchant
	 * @param storeId the store
	 * @return the store, or empty when there is none or it is another merchant's
	 */
	@Transactional(readOnly = true)
	public Optional<MerchantStore> store(long merchantId, long storeId) {
		return load(merchantId, storeId);
	}

	/**
	 * Register a new store as a draft (revision 1).
	 * @param merchantId the merchant
	 * @param details the form's content (the merchant agreed to the terms)
	 * @return the new store's id
	 */
	@Transactional
	public long create(long merchantId, StoreDetails details) {
		OffsetDateTime now = this.records.now();
		long storeId = this.records.jdbc()
			.sql("insert into store (merchant_id, status, created_at, updated_at) values (:merchant, 'DRAFT', :now, :now) returning id")
			.param("merchant", merchantId)
			.param("now", now)
			.query(Long.class)
			.single();
		long revisionId = insertRevision(storeId, 1, details, now);
		this.records.jdbc()
			.sql("update store set current_revision_id = :revision where id = :store")
			.param("revision", revisionId)
			.param("store", storeId)
			.update();
		this.records.event(storeId, revisionId, null, "DRAFT", "MERCHANT", merchantId, null, now);
		return storeId;
	}

	/**
	 * Change a store. A draft is changed in place; a rejected or approved revision is
	 * kept as it was and the change becomes a new draft revision (an approved store stays
	 * approved, with its poster working, until the change is approved).
	 * @param merchantId the merchant
	 * @param storeId the store
	 * @param details the new content
	 * @throws StoreException {@code NOT_FOUND}, {@code UNDER_REVIEW} (wait for the
	 * decision) or {@code WITHDRAWN}
	 */
	@Transactional
	public void update(long merchantId, long storeId, StoreDetails details) {
		StoreRow store = lockOwn(merchantId, storeId);
		StoreRevision current = this.records.revision(store.currentRevisionId()).orElseThrow();
		OffsetDateTime now = this.records.now();
		switch (current.status()) {
			case "DRAFT" -> updateRevision(current.id(), details, now);
			case "SUBMITTED" -> throw new StoreException(Problem.UNDER_REVIEW);
			default -> {
				int next = this.records.jdbc()
					.sql("select coalesce(max(revision_no), 0) + 1 from store_revision where store_id = :store")
					.param("store", storeId)
					.query(Integer.class)
					.single();
				long revisionId = insertRevision(storeId, next, details, now);
				String storeStatus = "APPROVED".equals(store.status()) ? "APPROVED" : "DRAFT";
				this.records.jdbc()
					.sql("""
							update store set current_revision_id = :revision, status = :status, updated_at = :now,
							       version = version + 1
							where id = :store
							""")
					.param("revision", revisionId)
					.param("status", storeStatus)
					.param("now", now)
					.param("store", storeId)
					.update();
				this.records.event(storeId, revisionId, store.status(), "DRAFT", "MERCHANT", merchantId, null, now);
			}
		}
	}

	/**
	 * Send the current draft to the city's review.
	 * @param merchantId the merchant
	 * @param storeId the store
	 * @throws StoreException {@code NOT_FOUND}, {@code NOT_DRAFT} or {@code WITHDRAWN}
	 */
	@Transactional
	public void submit(long merchantId, long storeId) {
		StoreRow store = lockOwn(merchantId, storeId);
		StoreRevision current = this.records.revision(store.currentRevisionId()).orElseThrow();
		if (!"DRAFT".equals(current.status())) {
			throw new StoreException(Problem.NOT_DRAFT);
		}
		OffsetDateTime now = this.records.now();
		this.records.jdbc()
			.sql("update store_revision set status = 'SUBMITTED', submitted_at = :now where id = :id")
			.param("now", now)
			.param("id", current.id())
			.update();
		// an approved store stays approved (and listed) while its change is reviewed
		String storeStatus = "APPROVED".equals(store.status()) ? "APPROVED" : "SUBMITTED";
		this.records.jdbc()
			.sql("update store set status = :status, updated_at = :now, version = version + 1 where id = :store")
			.param("status", storeStatus)
			.param("now", now)
			.param("store", storeId)
			.update();
		this.records.event(storeId, current.id(), store.status(), "SUBMITTED", "MERCHANT", merchantId, null, now);
	}

	/**
	 * Leave the programme: the poster stops working and the store leaves the directory. A
	 * change waiting for review leaves the queue.
	 * @param merchantId the merchant
	 * @param storeId the store
	 * @throws StoreException {@code NOT_FOUND} or {@code WITHDRAWN}
	 */
	@Transactional
	public void withdraw(long merchantId, long storeId) {
		StoreRow store = lockOwn(merchantId, storeId);
		OffsetDateTime now = this.records.now();
		this.records.jdbc()
			.sql("update store_revision set status = 'SUPERSEDED' where store_id = :store and status = 'SUBMITTED'")
			.param("store", storeId)
			.update();
		this.records.endActivePoster(storeId, "WITHDRAWN", now);
		this.records.jdbc().sql("""
				update store set status = 'WITHDRAWN', withdrawn_at = :now, updated_at = :now, version = version + 1
				where id = :store
				""").param("now", now).param("store", storeId).update();
		this.records.event(storeId, store.currentRevisionId(), store.status(), "WITHDRAWN", "MERCHANT", merchantId,
				null, now);
	}

	/**
	 * Every revision of one of the merchant's stores, oldest first.
	 * @param merchantId the merchant
	 * @param storeId the store
	 * @return the revisions, empty when the store is not the merchant's
	 */
	@Transactional(readOnly = true)
	public List<StoreRevision> revisions(long merchantId, long storeId) {
		return owns(merchantId, storeId) ? this.records.revisions(storeId) : List.of();
	}

	/**
	 * The history of one of the merchant's stores, oldest first.
	 * @param merchantId the merchant
	 * @param storeId the store
	 * @return the events, empty when the store is not the merchant's
	 */
	@Transactional(readOnly = true)
	public List<StoreEventEntry> history(long merchantId, long storeId) {
		return owns(merchantId, storeId) ? this.records.events(storeId) : List.of();
	}

	/**
	 * Every poster of one of the merchant's stores, newest first.
	 * @param merchantId the merchant
	 * @param storeId the store
	 * @return the posters, empty when the store is not the merchant's
	 */
	@Transactional(readOnly = true)
	public List<PosterRecord> posters(long merchantId, long storeId) {
		return owns(merchantId, storeId) ? this.records.posters(storeId) : List.of();
	}

	/**
	 * One poster of one of the merchant's stores.
	 * @param merchantId the merchant
	 * @param posterId the poster
	 * @return the poster, or empty when there is none or it is another merchant's
	 */
	@Transactional(readOnly = true)
	public Optional<PosterRecord> poster(long merchantId, long posterId) {
		return this.records.jdbc()
			.sql(StoreRecords.POSTER_COLUMNS
					+ " join store s on s.id = p.store_id where p.id = :id and s.merchant_id = :merchant")
			.param("id", posterId)
			.param("merchant", merchantId)
			.query(StoreRecords::posterRow)
			.optional();
	}

	private boolean owns(long merchantId, long storeId) {
		return this.records.jdbc()
			.sql("select count(*) from store where id = :id and merchant_id = :merchant")
			.param("id", storeId)
			.param("merchant", merchantId)
			.query(Integer.class)
			.single() == 1;
	}

	private StoreRow lockOwn(long merchantId, long storeId) {
		StoreRow store = this.records.lockStore(storeId)
			.filter((row) -> row.merchantId() == merchantId)
			.orElseThrow(() -> new StoreException(Problem.NOT_FOUND));
		if ("WITHDRAWN".equals(store.status())) {
			throw new StoreException(Problem.WITHDRAWN);
		}
		return store;
	}

	private Optional<MerchantStore> load(long merchantId, long storeId) {
		return this.records.jdbc()
			.sql("""
					select id, merchant_id, status, current_revision_id, published_revision_id, first_approved_at, withdrawn_at
					from store where id = :id and merchant_id = :merchant
					""")
			.param("id", storeId)
			.param("merchant", merchantId)
			.query((rs, n) -> {
				Long published = (Long) rs.getObject("published_revision_id");
				return new Object[] { rs.getLong("id"), rs.getString("status"), rs.getLong("current_revision_id"),
						published, StoreRecords.instant(rs, "first_approved_at"),
						StoreRecords.instant(rs, "withdrawn_at") };
			})
			.optional()
			.map((row) -> {
				StoreRevision current = this.records.revision((Long) row[2]).orElseThrow();
				StoreRevision published = (row[3] != null) ? this.records.revision((Long) row[3]).orElseThrow() : null;
				PosterRecord poster = this.records.activePoster(storeId).orElse(null);
				return new MerchantStore(storeId, merchantId, (String) row[1], current, published, poster,
						(java.time.Instant) row[4], (java.time.Instant) row[5]);
			});
	}

	private long insertRevision(long storeId, int revisionNo, StoreDetails d, OffsetDateTime now) {
		return this.records.jdbc()
			.sql("""
					insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address,
					    category_code, perk_ja, perk_en, perk_zh, perk_conditions, contact_phone, contact_email,
					    terms_agreed_at, status, created_at)
					values (:store, :no, :nameJa, :nameEn, :municipality, :address, :category, :perkJa, :perkEn, :perkZh,
					    :conditions, :phone, :email, :now, 'DRAFT', :now)
					returning id
					""")
			.param("store", storeId)
			.param("no", revisionNo)
			.param("nameJa", d.nameJa())
			.param("nameEn", d.nameEn(), java.sql.Types.VARCHAR)
			.param("municipality", d.municipalityCode())
			.param("address", d.address())
			.param("category", d.categoryCode())
			.param("perkJa", d.perkJa())
			.param("perkEn", d.perkEn(), java.sql.Types.VARCHAR)
			.param("perkZh", d.perkZh(), java.sql.Types.VARCHAR)
			.param("conditions", d.perkConditions(), java.sql.Types.VARCHAR)
			.param("phone", d.contactPhone())
			.param("email", d.contactEmail())
			.param("now", now)
			.query(Long.class)
			.single();
	}

	private void updateRevision(long revisionId, StoreDetails d, OffsetDateTime now) {
		this.records.jdbc()
			.sql("""
					update store_revision set name_ja = :nameJa, name_en = :nameEn, municipality_code = :municipality,
					    address = :address, category_code = :category, perk_ja = :perkJa, perk_en = :perkEn,
					    perk_zh = :perkZh, perk_conditions = :conditions, contact_phone = :phone, contact_email = :email,
					    terms_agreed_at = :now
					where id = :id and status = 'DRAFT'
					""")
			.param("nameJa", d.nameJa())
			.param("nameEn", d.nameEn(), java.sql.Types.VARCHAR)
			.param("municipality", d.municipalityCode())
			.param("address", d.address())
			.param("category", d.categoryCode())
			.param("perkJa", d.perkJa())
			.param("perkEn", d.perkEn(), java.sql.Types.VARCHAR)
			.param("perkZh", d.perkZh(), java.sql.Types.VARCHAR)
			.param("conditions", d.perkConditions(), java.sql.Types.VARCHAR)
			.param("phone", d.contactPhone())
			.param("email", d.contactEmail())
			.param("now", now)
			.param("id", revisionId)
			.update();
	}

}
