/**
 * Deletes scan log entries older than the retention period, once a day, on one instance
 * only (a lease in {@code job_lock}): month partitions wholly past the cutoff are
 * dropped, the rest of the expired rows deleted.
 */
package jp.sapporo.vaccinepass.resident.retention;
