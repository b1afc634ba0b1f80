package jp.sapporo.vaccinepass.db.store;

import java.time.Instant;
import java.util.List;

/**
 * A revision waiting for city staff's decision, with what changed against the version the
 * public sees now.
 *
 * @param revision the submitted revision
 * @param merchantId the merchant who owns the store
 * @param merchantEmail the merchant's login e-mail
 * @param merchantContactName the merchant's contact person
 * @param merchantCompanyName the merchant's company, or {@code null}
 * @param storeStatus the store's state ({@code SUBMITTED} for a new store,
 * {@code APPROVED} for a change of an approved store)
 * @param published the approved revision the public and the poster show now, or
 * {@code null} for a store never approved
 * @param changedFields the fields that differ from {@code published} (every filled field
 * for a new store), names as in {@link StoreDetails#FIELDS}
 * @param replacesPoster whether approving issues a new poster and stops the current one
 * (the name or the perk changed)
 * @param submittedAt when the merchant submitted it
 */
public record ReviewItem(StoreRevision revision, long merchantId, String merchantEmail, String merchantContactName,
		String merchantCompanyName, String storeStatus, StoreRevision published, List<String> changedFields,
		boolean replacesPoster, Instant submittedAt) {

	/**
	 * Whether this is a new store (never approved) rather than a change.
	 * @return whether the store was never approved
	 */
	public boolean newStore() {
		return this.published == null;
	}

	/**
	 * The revision id to pass to {@link StoreReview#approve(long, long)}.
	 * @return the revision id
	 */
	public long revisionId() {
		return this.revision.id();
	}

	/**
	 * The store id.
	 * @return the store id
	 */
	public long storeId() {
		return this.revision.storeId();
	}

}
