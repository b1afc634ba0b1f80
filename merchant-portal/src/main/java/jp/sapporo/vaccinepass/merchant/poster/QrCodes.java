package jp.sapporo.vaccinepass.merchant.poster;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The poster's QR code. Error correction level Q (about 25% of the code may be smudged or
 * covered and it still reads) suits a poster on a shop door.
 */
public final class QrCodes {

	/** Modules of white border around the code (the standard's quiet zone). */
	static final int QUIET_ZONE = 4;

	private QrCodes() {
	}

	/**
	 * The modules of a QR code, without border.
	 * @param text what to encode
	 * @return the matrix (true = dark)
	 */
	public static BitMatrix matrix(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.ERROR_CORRECTION,
					ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 0, EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode as a QR code", ex);
		}
	}

	/**
	 * A PNG of the code with its quiet zone.
	 * @param text what to encode
	 * @param pixelsPerModule pixels per module (1 to 40)
	 * @return the PNG bytes
	 */
	public static byte[] png(String text, int pixelsPerModule) {
		BitMatrix matrix = matrix(text);
		int size = (matrix.getWidth() + 2 * QUIET_ZONE) * pixelsPerModule;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				int mx = x / pixelsPerModule - QUIET_ZONE;
				int my = y / pixelsPerModule - QUIET_ZONE;
				boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight()
						&& matrix.get(mx, my);
				image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * An SVG of the code with its quiet zone: one path, scalable to any print size.
	 * @param text what to encode
	 * @return the SVG document
	 */
	public static String svg(String text) {
		BitMatrix matrix = matrix(text);
		int size = matrix.getWidth() + 2 * QUIET_ZONE;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			int x = 0;
			while (x < matrix.getWidth()) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < matrix.getWidth() && matrix.get(x, y)) {
					x++;
				}
				path.append('M')
					.append(start + QUIET_ZONE)
					.append(' ')
					.append(y + QUIET_ZONE)
					.append('h')
					.append(x - start)
					.append("v1h-")
					.append(x - start)
					.append('z');
			}
		}
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\""
				+ size * 10 + "\" height=\"" + size * 10 + "\" shape-rendering=\"crispEdges\">" + "<rect width=\""
				+ size + "\" height=\"" + size + "\" fill=\"#fff\"/>" + "<path fill=\"#000\" d=\"" + path
				+ "\"/></svg>\n";
	}

}
