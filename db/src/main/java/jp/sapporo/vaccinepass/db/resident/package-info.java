/**
 * Residents' vaccination records as the city sees them: the review queue, verify and
 * reject with a notice to the resident, and the stored images (face photo, certificate)
 * staff need. Shared by the resident app and the verifier console; an app switches it on
 * with {@code @Import(ResidentRecordsConfiguration.class)}.
 */
package jp.sapporo.vaccinepass.db.resident;
