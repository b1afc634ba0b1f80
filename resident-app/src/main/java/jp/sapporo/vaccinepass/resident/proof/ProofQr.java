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
			// one rectangle per horizontal run of dark modules keeps the page small
			for (int y = 0; y < h; y++) {
				int x = 0;
				while (x < w) {
					if (!matrix.get(x, y)) {
						x++;
						continue;
					}
					int start = x;
					while (x < w && matrix.get(x, y)) {
						x++;
					}
					int run = x - start;
					path.append('M')
						.append(start)
						.append(' ')
						.append(y)
						.append('h')
						.append(run)
						.append("v1h-")
						.append(run)
						.append('z');
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
