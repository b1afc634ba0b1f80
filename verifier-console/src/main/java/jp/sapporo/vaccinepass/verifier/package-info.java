/**
 * Verifier console (travel agents and city staff).
 */
package jp.sapporo.vaccinepass.verifier;
