/**
 * Eligibility rules of the vaccination and test programmes: pure functions over values,
 * no Spring, no persistence, no I/O (guarded by an ArchUnit test).
 */
package jp.sapporo.vaccinepass.rules;
