/**
 * Checking a resident's signed proof code (scanned with the camera or pasted): signature,
 * key id, expiry and replay; for a valid code the store, scan time and the resident's
 * face photo from the server.
 */
package jp.sapporo.vaccinepass.verifier.proof;
