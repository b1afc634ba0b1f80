package jp.sapporo.vaccinepass.merchant.poster;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads posters as a person's tools would: poppler renders and extracts, ZXing decodes.
 */
public final class PosterFiles {

	private PosterFiles() {
	}

	/** Render page 1 of a PDF at a resolution with pdftoppm and decode its QR code. */
	public static String decodeQr(byte[] pdf, int dpi) throws Exception {
		Path dir = Files.createTempDirectory("poster-test");
		Path file = dir.resolve("poster.pdf");
		Files.write(file, pdf);
		run(dir, "pdftoppm", "-r", String.valueOf(dpi), "-png", "-gray", "-singlefile", file.toString(),
				dir.resolve("page").toString());
		BufferedImage image = ImageIO.read(dir.resolve("page.png").toFile());
		return decode(image);
	}

	static String decode(BufferedImage image) throws NotFoundException, Exception {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
	}

	/** The text of a PDF as pdftotext extracts it. */
	public static String text(byte[] pdf) throws Exception {
		Path dir = Files.createTempDirectory("poster-text");
		Path file = dir.resolve("poster.pdf");
		Files.write(file, pdf);
		run(dir, "pdftotext", "-enc", "UTF-8", file.toString(), dir.resolve("poster.txt").toString());
		return Files.readString(dir.resolve("poster.txt"), StandardCharsets.UTF_8);
	}

	/** The fonts of a PDF as pdffonts lists them. */
	static String fonts(byte[] pdf) throws Exception {
		Path dir = Files.createTempDirectory("poster-fonts");
		Path file = dir.resolve("poster.pdf");
		Files.write(file, pdf);
		return run(dir, "pdffonts", file.toString());
	}

	private static String run(Path dir, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(command[0] + " failed: " + output);
		}
		return output;
	}

}
