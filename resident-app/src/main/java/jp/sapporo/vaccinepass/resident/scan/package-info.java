/**
 * A poster scan ({@code GET /s/{token}}): the rules engine decides on the scan day, the
 * scan is logged whatever the outcome, and an eligible resident gets a one-time proof.
 */
package jp.sapporo.vaccinepass.resident.scan;
