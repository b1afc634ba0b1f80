/**
 * Cluster investigation: a store and a time window give the residents who scanned there
 * then; staff state a case number and reason first, every view of the residents is
 * audited, and the notice names no store and carries no link.
 */
package jp.sapporo.vaccinepass.verifier.cluster;
