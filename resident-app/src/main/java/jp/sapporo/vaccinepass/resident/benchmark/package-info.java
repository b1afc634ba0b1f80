/**
 * The load benchmark's ceiling: a minimal page of this app (one row read, one template),
 * served only when {@code vaccinepass.resident.benchmark-page=true} (see {@code load/}).
 */
package jp.sapporo.vaccinepass.resident.benchmark;
