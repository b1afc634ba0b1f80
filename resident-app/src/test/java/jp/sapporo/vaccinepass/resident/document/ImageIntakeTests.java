package jp.sapporo.vaccinepass.resident.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import jp.sapporo.vaccinepass.resident.TestImages;
import jp.sapporo.vaccinepass.resident.document.ImageRejectedException.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Upload checks and re-encoding, on images made here. */
class ImageIntakeTests {

	private final ImageIntake intake = new ImageIntake();

	private static BufferedImage read(byte[] jpeg) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(jpeg));
	}

	private static boolean contains(byte[] haystack, String needle) {
		byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i <= haystack.length - n.length; i++) {
			if (Arrays.equals(haystack, i, i + n.length, n, 0, n.length)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void aPngFaceBecomesAPortraitJpegOfAtMost600By800() throws Exception {
		ProcessedImage image = this.intake.facePhoto(TestImages.png(1200, 900));
		assertThat(image.jpeg()[0] & 0xFF).isEqualTo(0xFF);
		assertThat(image.jpeg()[1] & 0xFF).isEqualTo(0xD8);
		assertThat(image.width() * 4).isEqualTo(image.height() * 3);
		assertThat(image.height()).isLessThanOrEqualTo(800);
		BufferedImage decoded = read(image.jpeg());
		assertThat(decoded.getWidth()).isEqualTo(image.width());
	}

	@Test
	void aPhoneJpegIsTurnedByItsExifOrientationAndLosesAllMetadata() throws Exception {
		byte[] phone = TestImages.phoneJpegWithExif(800, 600);
		assertThat(ExifOrientation.read(phone)).isEqualTo(6);
		assertThat(contains(phone, "Exif")).isTrue();
		ProcessedImage image = this.intake.certificate(phone);
		// stored 800 wide, 600 high, "turn 90° clockwise": upright it is 600 wide, 800
		// high
		assertThat(image.width()).isEqualTo(600);
		assertThat(image.height()).isEqualTo(800);
		// the red mark of the stored top-left corner is now at the top right
		BufferedImage upright = read(image.jpeg());
		int topRight = upright.getRGB(upright.getWidth() - 10, 10);
		assertThat((topRight >> 16) & 0xFF).isGreaterThan(200);
		assertThat(topRight & 0xFF).isLessThan(80);
		assertThat(contains(image.jpeg(), "Exif")).isFalse();
		assertThat(contains(image.jpeg(), "ACME")).isFalse();
		assertThat(ExifOrientation.read(image.jpeg())).isEqualTo(1);
	}

	@Test
	void aWebpPhotoIsAccepted() throws Exception {
		ProcessedImage image = this.intake.facePhoto(TestImages.webp());
		assertThat(read(image.jpeg())).isNotNull();
		assertThat(image.width() * 4).isEqualTo(image.height() * 3);
	}

	@Test
	void aFileThatIsNotAnImageIsRefusedWhateverItsName() {
		assertThatThrownBy(() -> this.intake.facePhoto("GIF89a not really".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(ImageRejectedException.class)
			.extracting((ex) -> ((ImageRejectedException) ex).reason())
			.isEqualTo(Reason.NOT_AN_IMAGE);
		assertThatThrownBy(() -> this.intake.facePhoto(TestImages.gif()))
			.extracting((ex) -> ((ImageRejectedException) ex).reason())
			.isEqualTo(Reason.NOT_AN_IMAGE);
		assertThatThrownBy(() -> this.intake.facePhoto(new byte[0]))
			.extracting((ex) -> ((ImageRejectedException) ex).reason())
			.isEqualTo(Reason.EMPTY);
	}

	@Test
	void tinyImagesAreRefused() {
		assertThatThrownBy(() -> this.intake.facePhoto(TestImages.png(200, 260)))
			.extracting((ex) -> ((ImageRejectedException) ex).reason())
			.isEqualTo(Reason.TOO_SMALL);
		assertThatThrownBy(() -> this.intake.certificate(TestImages.png(300, 300)))
			.extracting((ex) -> ((ImageRejectedException) ex).reason())
			.isEqualTo(Reason.TOO_SMALL);
	}

	@Test
	void aPixelFloodIsRefusedFromTheHeaderBeforeDecoding() {
		// 100000 × 100000 would need 40 GB to decode; the check reads only the header
		assertThatThrownBy(() -> this.intake.facePhoto(TestImages.pixelFloodPng()))
			.extracting((ex) -> ((ImageRejectedException) ex).reason())
			.isEqualTo(Reason.TOO_MANY_PIXELS);
	}

	@Test
	void filesOver10MegabytesAreRefused() {
		byte[] big = Arrays.copyOf(TestImages.png(480, 640), (int) ImageIntake.MAX_BYTES + 1);
		assertThatThrownBy(() -> this.intake.facePhoto(big)).extracting((ex) -> ((ImageRejectedException) ex).reason())
			.isEqualTo(Reason.TOO_LARGE);
	}

	@Test
	void aTruncatedJpegIsReportedAsDamaged() {
		byte[] jpeg = TestImages.phoneJpegWithExif(800, 600);
		byte[] truncated = Arrays.copyOf(jpeg, 400);
		assertThatThrownBy(() -> this.intake.certificate(truncated))
			.extracting((ex) -> ((ImageRejectedException) ex).reason())
			.isIn(Reason.DAMAGED);
	}

	@Test
	void aPngOrWebpIsTurnedByTheOrientationInItsExifChunk() throws Exception {
		// stored 800 × 600 with orientation 6: upright it is 600 × 800 with the red mark
		// of the stored top-left corner at the top right
		assertUprightWithMarkTopRight(this.intake.certificate(TestImages.pngWithExif(800, 600)), 600, 800);
		// the WebP is 480 × 640 as stored: turned, 640 × 480
		byte[] webp = TestImages.webpWithExif();
		assertThat(ImageFile.exif(webp, "webp")).isEqualTo(TestImages.exifTiff());
		ProcessedImage turned = this.intake.certificate(webp);
		assertThat(turned.width()).isEqualTo(640);
		assertThat(turned.height()).isEqualTo(480);
		// without the chunk nothing is turned
		ProcessedImage plain = this.intake.certificate(TestImages.webp());
		assertThat(plain.width()).isEqualTo(480);
		assertThat(ExifOrientation.read(turned.jpeg())).isEqualTo(1);
	}

	private static void assertUprightWithMarkTopRight(ProcessedImage image, int width, int height) throws IOException {
		assertThat(image.width()).isEqualTo(width);
		assertThat(image.height()).isEqualTo(height);
		BufferedImage upright = read(image.jpeg());
		int topRight = upright.getRGB(upright.getWidth() - 10, 10);
		assertThat((topRight >> 16) & 0xFF).isGreaterThan(200);
		assertThat(topRight & 0xFF).isLessThan(80);
	}

	@Test
	void aJpegFollowedByFurtherJpegsAsPhonesWriteThemIsAccepted() throws Exception {
		// Multi-Picture Format: a depth map or HDR gain map appended as a second JPEG
		byte[] jpeg = TestImages.encode(TestImages.drawing(480, 640), "jpeg");
		byte[] second = TestImages.encode(TestImages.drawing(120, 160), "jpeg");
		assertThat(ImageFile.structure(TestImages.concat(jpeg, second), "jpeg")).isEqualTo(ImageFile.Structure.WHOLE);
		assertThat(read(this.intake.facePhoto(TestImages.concat(jpeg, second)).jpeg())).isNotNull();
		// a cut second image, or anything else after the first, is not
		assertThat(ImageFile.structure(TestImages.concat(jpeg, Arrays.copyOf(second, 100)), "jpeg"))
			.isEqualTo(ImageFile.Structure.TRAILING_DATA);
		assertThat(ImageFile.structure(Arrays.copyOf(jpeg, jpeg.length - 1), "jpeg"))
			.isEqualTo(ImageFile.Structure.TRUNCATED);
	}

	@Test
	void whatPhoneCamerasAppendIsAcceptedButNotAnArchiveDressedUpAsIt() throws Exception {
		byte[] jpeg = TestImages.encode(TestImages.drawing(480, 640), "jpeg");
		byte[] motionPhoto = TestImages.concat(jpeg,
				"\0\0\0\u0018ftypmp42\0\0\0\0isommp42 video".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(read(this.intake.facePhoto(motionPhoto).jpeg())).isNotNull();
		byte[] samsung = TestImages.concat(jpeg,
				"Image_UTC_Data1700000000000SEFH....SEFT".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(read(this.intake.facePhoto(samsung).jpeg())).isNotNull();
		byte[] disguised = TestImages.concat(TestImages.concat(jpeg, TestImages.zip()),
				"SEFT".getBytes(StandardCharsets.ISO_8859_1));
		assertThatThrownBy(() -> this.intake.facePhoto(disguised))
			.extracting((ex) -> ((ImageRejectedException) ex).reason())
			.isEqualTo(Reason.HIDDEN_DATA);
	}

}
