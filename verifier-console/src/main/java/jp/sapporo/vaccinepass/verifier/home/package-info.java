/**
 * The console's first page for agents and city staff.
 */
package jp.sapporo.vaccinepass.verifier.home;
