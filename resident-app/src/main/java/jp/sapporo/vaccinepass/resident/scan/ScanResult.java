package jp.sapporo.vaccinepass.resident.scan;

import java.time.LocalDate;
import java.util.List;

import jp.sapporo.vaccinepass.resident.proof.ProofView;
import jp.sapporo.vaccinepass.rules.Reason;

/**
 * What a scan produced.
 *
 * @param outcome the logged outcome ({@code null}: unknown poster, nothing logged)
 * @param proofToken the one-time proof's URL token when a proof was issued
 * @param storeNameJa the store name
 * @param storeNameEn the English store name, or {@code null}
 * @param recordStatus the resident's record status ({@code NONE} when none)
 * @param eligibleFrom the first eligible day, when known
 * @param reasons the engine's reasons when not eligible
 * @param proof the new proof as its page shows it; {@code null} when no proof was issued,
 * or for a double tap (the earlier proof is read by its token)
 */
record ScanResult(ScanOutcome outcome, String proofToken, String storeNameJa, String storeNameEn, String recordStatus,
		LocalDate eligibleFrom, List<Reason> reasons, ProofView proof) {

	static ScanResult unknownPoster() {
		return new ScanResult(null, null, null, null, null, null, List.of(), null);
	}

}
