/**
 * The append-only audit log ({@code audit_log}): who looked at or changed what, and why.
 * Every app may write; nothing can update or delete a row (a trigger refuses it).
 */
package jp.sapporo.vaccinepass.db.audit;
