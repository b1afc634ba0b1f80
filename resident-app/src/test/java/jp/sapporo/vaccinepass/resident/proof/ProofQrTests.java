package jp.sapporo.vaccinepass.resident.proof;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The inline SVG QR code reads back as the signed code it was drawn from. */
class ProofQrTests {

	@Test
	void theSvgDecodesToTheSameText() throws Exception {
		String text = "eyJhbGciOiJFZERTQSJ9." + "x".repeat(300) + ".sig";
		String svg = ProofQr.svg(text, "code \"quoted\"");
		assertThat(svg).startsWith("<svg").contains("aria-label=\"code &quot;quoted&quot;\"");
		Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
		assertThat(size.find()).isTrue();
		int modules = Integer.parseInt(size.group(1));
		int scale = 4;
		BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(java.awt.Color.BLACK);
		Matcher rect = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
		while (rect.find()) {
			g.fillRect(Integer.parseInt(rect.group(1)) * scale, Integer.parseInt(rect.group(2)) * scale,
					Integer.parseInt(rect.group(3)) * scale, scale);
		}
		g.dispose();
		String decoded = new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		assertThat(decoded).isEqualTo(text);
	}

}
