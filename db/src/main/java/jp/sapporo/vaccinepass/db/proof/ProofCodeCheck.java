package jp.sapporo.vaccinepass.db.proof;

import java.time.Instant;

/**
 * The result of checking a signed proof code.
 *
 * @param result what the check found
 * @param claims what the code says, when its signature is valid (also when expired or
 * already redeemed), else {@code null}
 * @param keyId the key id named in the code, when readable
 * @param firstRedeemedAt for {@link Result#ALREADY_REDEEMED}: when it was first presented
 */
public record ProofCodeCheck(Result result, ProofClaims claims, String keyId, Instant firstRedeemedAt) {

	/** What a check can find. */
	public enum Result {

		/** Signature, key and time are good (and, when redeemed, first presentation). */
		VALID,

		/** Not a proof code of this platform (bad form or encoding). */
		MALFORMED,

		/** Signed with a key id this checker does not know (retired or foreign). */
		UNKNOWN_KEY,

		/** The signature does not match: the code was altered or forged. */
		BAD_SIGNATURE,

		/** Genuine, but its validity ended (or its scan time is in the future). */
		EXPIRED,

		/** Genuine and in time, but already presented once: a replay or a copy. */
		ALREADY_REDEEMED,

		/** Genuine, but the proof no longer exists (the account was deleted). */
		PROOF_NOT_FOUND

	}

	/**
	 * Whether a checker may accept it.
	 * @return true only for {@link Result#VALID}
	 */
	public boolean accepted() {
		return this.result == Result.VALID;
	}

	static ProofCodeCheck of(Result result, ProofClaims claims, String keyId) {
		return new ProofCodeCheck(result, claims, keyId, null);
	}

}
