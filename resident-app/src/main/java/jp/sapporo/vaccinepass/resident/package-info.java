/**
 * Sapporo Vaccine Pass.
 */
package jp.sapporo.vaccinepass.resident;
