/**
 * Uploaded images (face photo, certificate photo): checked by decoding, re-encoded
 * without metadata, stored in the {@code document} table.
 */
package jp.sapporo.vaccinepass.resident.document;
