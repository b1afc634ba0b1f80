package jp.sapporo.vaccinepass.db.store;

/**
 * A store action that cannot be done; nothing was changed.
 */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why. */
	public enum Problem {

		/** No such store or revision (or it belongs to another merchant). */
		NOT_FOUND,

		/** The revision is not (or no longer) waiting for review. */
		NOT_PENDING,

		/** A rejection needs a reason (1 to 1000 characters). */
		REASON_REQUIRED,

		/** The store's current revision is under review and cannot be edited now. */
		UNDER_REVIEW,

		/** Only a draft can be submitted. */
		NOT_DRAFT,

		/** The store was withdrawn; nothing more can change. */
		WITHDRAWN

	}

	private final Problem problem;

	public StoreException(Problem problem) {
		super(problem.name());
		this.problem = problem;
	}

	public Problem problem() {
		return this.problem;
	}

}
