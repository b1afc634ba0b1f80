package jp.sapporo.vaccinepass.resident.document;

import java.nio.charset.StandardCharsets;

/**
 * The container structure of an upload, walked without decoding pixels: where the image
 * ends (so a truncated file, or one with another file appended — a polyglot such as a
 * JPEG followed by a ZIP or HTML — is found; what phone cameras append is allowed), and
 * the EXIF block of a PNG ({@code eXIf} chunk) or WebP ({@code EXIF} chunk) for its
 * orientation.
 */
final class ImageFile {

	/** What the walk found. */
	enum Structure {

		/** One whole image, nothing after it. */
		WHOLE,

		/** The file ends before the image does. */
		TRUNCATED,

		/** Something follows the image. */
		TRAILING_DATA

	}

	private ImageFile() {
	}

	/**
	 * @param bytes the upload
	 * @param format {@code jpeg}, {@code png} or {@code webp} (as the decoder recognised
	 * it)
	 * @return the structure
	 */
	static Structure structure(byte[] bytes, String format) {
		int end = switch (format) {
			case "jpeg" -> jpegEnd(bytes, 0);
			case "png" -> pngEnd(bytes);
			case "webp" -> webpEnd(bytes);
			default -> -1;
		};
		if (end < 0) {
			return Structure.TRUNCATED;
		}
		// phones append further JPEGs to a JPEG (Multi-Picture Format: depth maps, HDR
		// gain maps); those are images too
		while ("jpeg".equals(format) && end + 1 < bytes.length && (bytes[end] & 0xFF) == 0xFF
				&& (bytes[end + 1] & 0xFF) == 0xD8) {
			end = jpegEnd(bytes, end);
			if (end < 0) {
				return Structure.TRAILING_DATA;
			}
		}
		byte[] trailer = java.util.Arrays.copyOfRange(bytes, end, bytes.length);
		if (padding(trailer) || ("jpeg".equals(format) && cameraTrailer(trailer) && !activeContent(trailer))) {
			return Structure.WHOLE;
		}
		return Structure.TRAILING_DATA;
	}

	/** Zero or 0xFF bytes some encoders add: harmless. */
	private static boolean padding(byte[] trailer) {
		for (byte b : trailer) {
			if (b != 0 && b != (byte) 0xFF) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What phone cameras append to ordinary JPEGs: the video of a motion photo (an MP4,
	 * {@code ftyp} box first) or Samsung's metadata trailer (ending in {@code SEFT}).
	 */
	private static boolean cameraTrailer(byte[] trailer) {
		return (trailer.length > 8 && type(trailer, 4).equals("ftyp"))
				|| (trailer.length > 8 && type(trailer, trailer.length - 4).equals("SEFT"));
	}

	/** An archive, markup or PDF inside a trailer that claims to be a camera's. */
	private static boolean activeContent(byte[] trailer) {
		String text = new String(trailer, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
		return text.contains("pk\u0003\u0004") || text.contains("pk\u0005\u0006") || text.contains("<script")
				|| text.contains("<html") || text.contains("<svg") || text.contains("<?php") || text.contains("%pdf");
	}

	/**
	 * The TIFF structure of a PNG's {@code eXIf} chunk or a WebP's {@code EXIF} chunk.
	 * @param bytes the upload (its structure already checked)
	 * @param format {@code png} or {@code webp}
	 * @return the TIFF bytes, or {@code null} when there are none
	 */
	static byte[] exif(byte[] bytes, String format) {
		byte[] exif = switch (format) {
			case "png" -> pngChunk(bytes, "eXIf");
			case "webp" -> webpChunk(bytes, "EXIF");
			default -> null;
		};
		// some writers keep JPEG's "Exif\0\0" prefix in the chunk
		if (exif != null && exif.length > 6 && new String(exif, 0, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
			return java.util.Arrays.copyOfRange(exif, 6, exif.length);
		}
		return exif;
	}

	/** The offset after the EOI marker of the JPEG starting at {@code start}, or -1. */
	private static int jpegEnd(byte[] b, int start) {
		if (start + 2 > b.length || (b[start] & 0xFF) != 0xFF || (b[start + 1] & 0xFF) != 0xD8) {
			return -1;
		}
		int pos = start + 2;
		while (pos < b.length) {
			if ((b[pos] & 0xFF) != 0xFF) {
				return -1;
			}
			while (pos < b.length && (b[pos] & 0xFF) == 0xFF) {
				pos++;
			}
			if (pos >= b.length) {
				return -1;
			}
			int marker = b[pos++] & 0xFF;
			if (marker == 0xD9) {
				return pos;
			}
			if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
				continue;
			}
			if (pos + 2 > b.length) {
				return -1;
			}
			int length = ((b[pos] & 0xFF) << 8) | (b[pos + 1] & 0xFF);
			if (length < 2) {
				return -1;
			}
			pos += length;
			if (marker == 0xDA) {
				pos = afterEntropyCodedData(b, pos);
			}
		}
		return -1;
	}

	/** The offset of the next marker after a scan's entropy-coded data. */
	private static int afterEntropyCodedData(byte[] b, int pos) {
		while (pos + 1 < b.length) {
			if ((b[pos] & 0xFF) == 0xFF) {
				int next = b[pos + 1] & 0xFF;
				// stuffed zero byte and restart markers belong to the data
				if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
					return pos;
				}
			}
			pos++;
		}
		return b.length;
	}

	/** The offset after the IEND chunk, or -1. */
	private static int pngEnd(byte[] b) {
		int pos = 8;
		while (pos + 12 <= b.length) {
			long length = int32(b, pos) & 0xFFFFFFFFL;
			long next = pos + 12 + length;
			if (next > b.length) {
				return -1;
			}
			if (type(b, pos + 4).equals("IEND")) {
				return (int) next;
			}
			pos = (int) next;
		}
		return -1;
	}

	private static byte[] pngChunk(byte[] b, String wanted) {
		int pos = 8;
		while (pos + 12 <= b.length) {
			int length = int32(b, pos);
			if (length < 0 || pos + 12L + length > b.length) {
				return null;
			}
			if (type(b, pos + 4).equals(wanted)) {
				return java.util.Arrays.copyOfRange(b, pos + 8, pos + 8 + length);
			}
			pos += 12 + length;
		}
		return null;
	}

	/** The offset after the RIFF container, or -1. */
	private static int webpEnd(byte[] b) {
		if (b.length < 12 || !type(b, 0).equals("RIFF") || !type(b, 8).equals("WEBP")) {
			return -1;
		}
		long end = 8 + (littleInt32(b, 4) & 0xFFFFFFFFL);
		return (end > b.length) ? -1 : (int) end;
	}

	private static byte[] webpChunk(byte[] b, String wanted) {
		int end = webpEnd(b);
		int pos = 12;
		while (end > 0 && pos + 8 <= end) {
			long size = littleInt32(b, pos + 4) & 0xFFFFFFFFL;
			if (pos + 8 + size > end) {
				return null;
			}
			if (type(b, pos).equals(wanted)) {
				return java.util.Arrays.copyOfRange(b, pos + 8, pos + 8 + (int) size);
			}
			// chunks are padded to an even size
			pos += 8 + (int) size + (int) (size & 1);
		}
		return null;
	}

	private static String type(byte[] b, int at) {
		return new String(b, at, 4, StandardCharsets.ISO_8859_1);
	}

	private static int int32(byte[] b, int at) {
		return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
	}

	private static int littleInt32(byte[] b, int at) {
		return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((b[at + 2] & 0xFF) << 16) | ((b[at + 3] & 0xFF) << 24);
	}

}
