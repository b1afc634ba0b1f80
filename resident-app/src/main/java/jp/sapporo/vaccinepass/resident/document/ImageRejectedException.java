package jp.sapporo.vaccinepass.resident.document;

/** An upload that is refused, with the reason the resident is told. */
public class ImageRejectedException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why an image is refused; each has a message {@code image.rejected.<NAME>}. */
	public enum Reason {

		/** No file chosen. */
		EMPTY,

		/** Over 10 MB. */
		TOO_LARGE,

		/** Not a JPEG, PNG or WebP image (whatever its name says). */
		NOT_AN_IMAGE,

		/** Too few pixels to recognise a face or read a certificate. */
		TOO_SMALL,

		/** Absurd dimensions (a pixel flood), refused before decoding. */
		TOO_MANY_PIXELS,

		/**
		 * Far more pixels than the file's size allows for a photo (a decompression bomb).
		 */
		TOO_COMPRESSED,

		/** Another file or data after the image (a polyglot). */
		HIDDEN_DATA,

		/** A supported format that could not be decoded (damaged file). */
		DAMAGED

	}

	private final Reason reason;

	public ImageRejectedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
