/**
 * The signed proof code: a compact JWS (Ed25519) on the proof page that any checker can
 * verify without trusting the phone, with a key id for rotation and replay detection.
 * Format: {@code docs/proof-code.md}. An app switches it on with
 * {@code @Import(ProofCodeConfiguration.class)}.
 */
package jp.sapporo.vaccinepass.db.proof;
