/**
 * The one-time proof page a shop's staff look at: store name, scan time, face photo, a
 * live clock driven by the server, and the signed proof code.
 */
package jp.sapporo.vaccinepass.resident.proof;
