package jp.sapporo.vaccinepass.db.resident;

/**
 * A review action that cannot be done; nothing was changed.
 */
public class ReviewException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why. */
	public enum Problem {

		/** No record with that id. */
		NOT_FOUND,

		/** The record is not (or no longer) waiting for review. */
		NOT_PENDING,

		/** The resident changed the record after staff opened it. */
		CHANGED,

		/** A rejection needs a reason (1 to 1000 characters). */
		REASON_REQUIRED

	}

	private final Problem problem;

	public ReviewException(Problem problem) {
		super(problem.name());
		this.problem = problem;
	}

	public Problem problem() {
		return this.problem;
	}

}
