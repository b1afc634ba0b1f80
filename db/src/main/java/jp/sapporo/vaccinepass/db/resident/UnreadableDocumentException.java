package jp.sapporo.vaccinepass.db.resident;

/**
 * A stored image that cannot be shown: altered, copied from another row, never encrypted
 * or written with a key that is not configured. The message names only the document id.
 */
public class UnreadableDocumentException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final long documentId;

	UnreadableDocumentException(long documentId, String why) {
		super("Document " + documentId + " cannot be read: " + why);
		this.documentId = documentId;
	}

	/**
	 * @return the document's id
	 */
	public long documentId() {
		return this.documentId;
	}

}
