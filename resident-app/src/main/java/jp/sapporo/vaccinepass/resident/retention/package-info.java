/**
 * Deletes scan log entries older than the retention period, once a day, on one instance
 * only (a lease in {@code job_lock}).
 */
package jp.sapporo.vaccinepass.resident.retention;
