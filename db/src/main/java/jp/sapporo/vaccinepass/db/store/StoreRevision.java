package jp.sapporo.vaccinepass.db.store;

import java.time.Instant;

/**
 * One revision of a store: its content and where it stands in review.
 *
 * @param id the revision id
 * @param storeId the store
 * @param revisionNo 1, 2, ... per store
 * @param status {@code DRAFT}, {@code SUBMITTED}, {@code APPROVED}, {@code REJECTED} or
 * {@code SUPERSEDED}
 * @param details the content
 * @param termsAgreedAt when the merchant agreed to the terms of service
 * @param submittedAt when it was sent to review, or {@code null}
 * @param decidedAt when staff decided, or {@code null}
 * @param decidedBy the staff member who decided, or {@code null}
 * @param decisionReason the reason of a rejection, or {@code null}
 */
public record StoreRevision(long id, long storeId, int revisionNo, String status, StoreDetails details,
		Instant termsAgreedAt, Instant submittedAt, Instant decidedAt, Long decidedBy, String decisionReason) {
}
