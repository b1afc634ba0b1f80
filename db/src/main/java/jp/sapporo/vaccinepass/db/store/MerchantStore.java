package jp.sapporo.vaccinepass.db.store;

import java.time.Instant;

/**
 * A store as its merchant sees it.
 *
 * @param id the store id
 * @param merchantId the owner
 * @param status {@code DRAFT}, {@code SUBMITTED}, {@code APPROVED}, {@code REJECTED} or
 * {@code WITHDRAWN}
 * @param current the revision being edited or reviewed (the latest)
 * @param published the approved revision the public sees, or {@code null}
 * @param activePoster the working poster, or {@code null}
 * @param firstApprovedAt when it was first approved, or {@code null}
 * @param withdrawnAt when it was withdrawn, or {@code null}
 */
public record MerchantStore(long id, long merchantId, String status, StoreRevision current, StoreRevision published,
		PosterRecord activePoster, Instant firstApprovedAt, Instant withdrawnAt) {

	/** What the merchant should do next. */
	public enum NextStep {

		/** Finish the form and submit it for review. */
		SUBMIT,

		/** Wait for the city's review (can take a few days). */
		WAIT_FOR_REVIEW,

		/** Read the reason, fix and submit again. */
		FIX_AND_RESUBMIT,

		/** Print the poster and put it at the entrance. */
		PRINT_POSTER,

		/** Nothing: the store left the programme. */
		NONE

	}

	/**
	 * Whether an approved store has a change waiting for review (the old poster works
	 * meanwhile).
	 * @return whether a change is under review
	 */
	public boolean changeUnderReview() {
		return "APPROVED".equals(this.status) && this.published != null && this.current.id() != this.published.id()
				&& "SUBMITTED".equals(this.current.status());
	}

	/**
	 * Whether the current revision can be edited now.
	 * @return whether an edit is allowed
	 */
	public boolean editable() {
		return !"WITHDRAWN".equals(this.status) && !"SUBMITTED".equals(this.current.status());
	}

	/**
	 * Whether the current revision is a draft that may be submitted.
	 * @return whether a submit is allowed
	 */
	public boolean submittable() {
		return !"WITHDRAWN".equals(this.status) && "DRAFT".equals(this.current.status());
	}

	/**
	 * The merchant's next step.
	 * @return the step
	 */
	public NextStep nextStep() {
		if ("WITHDRAWN".equals(this.status)) {
			return NextStep.NONE;
		}
		return switch (this.current.status()) {
			case "DRAFT" -> NextStep.SUBMIT;
			case "SUBMITTED" -> NextStep.WAIT_FOR_REVIEW;
			case "REJECTED" -> NextStep.FIX_AND_RESUBMIT;
			default -> NextStep.PRINT_POSTER;
		};
	}

}
