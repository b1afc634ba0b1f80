package jp.sapporo.vaccinepass.resident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * ExifTool (Debian package {@code libimage-exiftool-perl}), the independent reader of
 * image metadata. In CI ({@code CI=true}) a missing exiftool fails the test; elsewhere
 * the test is reported as skipped, like the browser tests.
 */
final class Exiftool {

	private static final Path EXIFTOOL = Path.of(System.getenv().getOrDefault("EXIFTOOL", "/usr/bin/exiftool"));

	private Exiftool() {
	}

	static void requireInstalled() {
		boolean installed = Files.isExecutable(EXIFTOOL);
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(
					"CI needs exiftool at " + EXIFTOOL + " (apt-get install libimage-exiftool-perl)");
		}
		Assumptions.assumeTrue(installed, "exiftool is not installed at " + EXIFTOOL);
	}

	/**
	 * Every EXIF (including GPS), XMP, IPTC, ICC and maker-note tag in an image, one per
	 * line as {@code [group] Name : value}; empty when there is none.
	 */
	static String metadata(byte[] image) {
		try {
			Path file = Files.createTempFile("exiftool", ".img");
			try {
				Files.write(file, image);
				Process process = new ProcessBuilder(EXIFTOOL.toString(), "-s", "-G1", "-a", "-EXIF:all", "-XMP:all",
						"-IPTC:all", "-ICC_Profile:all", "-MakerNotes:all", "-Comment", file.toString())
					.redirectErrorStream(true)
					.start();
				String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				process.waitFor();
				return out.strip();
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
