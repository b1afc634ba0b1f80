package jp.sapporo.vaccinepass.resident.document;

/**
 * Reads the EXIF orientation (tag 0x0112) of a JPEG, or of the EXIF block a PNG or WebP
 * carries: phones store portrait photos turned and say so here. Anything unreadable
 * counts as "as stored" (1).
 */
final class ExifOrientation {

	private ExifOrientation() {
	}

	static int read(byte[] jpeg) {
		try {
			if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
				return 1;
			}
			int pos = 2;
			while (pos + 4 <= jpeg.length) {
				if ((jpeg[pos] & 0xFF) != 0xFF) {
					return 1;
				}
				int marker = jpeg[pos + 1] & 0xFF;
				if (marker == 0xD9 || marker == 0xDA) {
					return 1;
				}
				int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
				int start = pos + 4;
				if (marker == 0xE1 && length >= 8 && start + 6 <= jpeg.length && jpeg[start] == 'E'
						&& jpeg[start + 1] == 'x' && jpeg[start + 2] == 'i' && jpeg[start + 3] == 'f') {
					return fromTiff(jpeg, start + 6, Math.min(jpeg.length, pos + 2 + length));
				}
				pos += 2 + length;
			}
			return 1;
		}
		catch (RuntimeException ex) {
			return 1;
		}
	}

	/**
	 * @param tiff an EXIF block without the JPEG {@code Exif\0\0} prefix, or {@code null}
	 * @return the orientation, 1 to 8
	 */
	static int readTiff(byte[] tiff) {
		if (tiff == null || tiff.length < 8) {
			return 1;
		}
		try {
			return fromTiff(tiff, 0, tiff.length);
		}
		catch (RuntimeException ex) {
			return 1;
		}
	}

	private static int fromTiff(byte[] b, int tiff, int end) {
		boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
		int ifd = tiff + int32(b, tiff + 4, little);
		if (ifd + 2 > end) {
			return 1;
		}
		int entries = int16(b, ifd, little);
		for (int i = 0; i < entries; i++) {
			int entry = ifd + 2 + i * 12;
			if (entry + 12 > end) {
				return 1;
			}
			if (int16(b, entry, little) == 0x0112) {
				int value = int16(b, entry + 8, little);
				return (value >= 1 && value <= 8) ? value : 1;
			}
		}
		return 1;
	}

	private static int int16(byte[] b, int at, boolean little) {
		return little ? ((b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8)) : (((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF));
	}

	private static int int32(byte[] b, int at, boolean little) {
		return little
				? ((b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((b[at + 2] & 0xFF) << 16) | ((b[at + 3] & 0xFF) << 24))
				: (((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8)
						| (b[at + 3] & 0xFF));
	}

}
