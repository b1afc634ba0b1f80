package jp.sapporo.vaccinepass.db.store;

import java.time.Instant;

/**
 * One change of a store's state: who, when, why.
 *
 * @param id the event id
 * @param storeId the store
 * @param revisionId the revision concerned, or {@code null}
 * @param revisionNo that revision's number, or {@code null}
 * @param fromStatus the state before ({@code null} at creation)
 * @param toStatus the state after
 * @param actorKind {@code MERCHANT}, {@code STAFF} or {@code SYSTEM}
 * @param actorId the merchant or staff id
 * @param reason the reason given (a rejection), or {@code null}
 * @param occurredAt when
 */
public record StoreEventEntry(long id, long storeId, Long revisionId, Integer revisionNo, String fromStatus,
		String toStatus, String actorKind, Long actorId, String reason, Instant occurredAt) {
}
