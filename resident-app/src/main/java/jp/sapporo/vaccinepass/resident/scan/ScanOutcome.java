package jp.sapporo.vaccinepass.resident.scan;

/** The outcomes written to {@code scan_log.outcome}. */
enum ScanOutcome {

	PROOF_ISSUED, NOT_ELIGIBLE, RECORD_NOT_VERIFIED, POSTER_REPLACED, POSTER_WITHDRAWN, NOT_IN_FORCE

}
