/**
 * The audit log, readable by city staff leads only; nobody can change it.
 */
package jp.sapporo.vaccinepass.verifier.audit;
