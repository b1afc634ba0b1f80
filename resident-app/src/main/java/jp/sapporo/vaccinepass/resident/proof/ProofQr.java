package jp.sapporo.vaccinepass.resident.proof;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The signed proof code as an inline SVG QR code (no script, no image request). */
final class ProofQr {

	private ProofQr() {
	}

	static String svg(String text, String label) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			int w = matrix.getWidth();
			int h = matrix.getHeight();
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < h; y++) {
				for (int x = 0; x < w; x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"proof-code\" role=\"img\" viewBox=\"0 0 " + w
					+ " " + h + "\" shape-rendering=\"crispEdges\" aria-label=\"" + escape(label) + "\"><rect width=\""
					+ w + "\" height=\"" + h + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
		}
		catch (WriterException ex) {
			throw new IllegalStateException("Could not draw the proof code", ex);
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
