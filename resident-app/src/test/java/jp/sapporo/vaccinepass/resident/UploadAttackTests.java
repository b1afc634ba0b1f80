package jp.sapporo.vaccinepass.resident;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile uploads through the real endpoints: each is refused with a message in the
 * resident's language and nothing is stored; what is stored carries no metadata.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class UploadAttackTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private String email;

	private ResidentHttp phone;

	@BeforeEach
	void signUp() {
		this.email = "attack-" + System.nanoTime() + "@example.jp";
		this.phone = SignUpTests.signUp(this.port, this.email);
		this.phone.get("/?lang=en");
	}

	private long storedDocuments() {
		return this.jdbc.sql("""
				select count(*) from document d join resident_account a on a.id = d.resident_id where a.email = :e
				""").param("e", this.email).query(Long.class).single();
	}

	private void assertRefused(byte[] file, String fileName, String contentType, String message) {
		HttpResponse<String> page = this.phone.multipart("/photo/edit", "/photo/edit", Map.of(), "photo", file,
				fileName, contentType);
		assertThat(page.statusCode()).as(fileName).isEqualTo(200);
		assertThat(page.body()).as(fileName)
			.contains("id=\"photo-error\"")
			.contains(message)
			.contains("aria-invalid=\"true\"")
			.doesNotContain("Exception");
		assertThat(storedDocuments()).as(fileName).isZero();
	}

	@Test
	void filesWhoseContentIsNotTheImageTheyClaimAreRefused() {
		String notAnImage = "This file is not a JPEG, PNG or WebP image.";
		assertRefused("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
				"photo.jpg", "image/jpeg", notAnImage);
		assertRefused("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.US_ASCII), "photo.jpg", "image/jpeg", notAnImage);
		assertRefused("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.US_ASCII), "photo.png", "image/png", notAnImage);
		assertRefused(TestImages.gif(), "photo.webp", "image/webp", notAnImage);
		assertRefused(TestImages.zip(), "photo.jpg", "image/jpeg", notAnImage);
	}

	@Test
	void polyglotsWithAnotherFileAfterTheImageAreRefused() {
		String hidden = "This file contains other data after the image";
		byte[] jpeg = TestImages.encode(TestImages.drawing(480, 640), "jpeg");
		assertRefused(TestImages.concat(jpeg, TestImages.zip()), "photo.jpg", "image/jpeg", hidden);
		assertRefused(
				TestImages.concat(jpeg, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII)),
				"photo.jpg", "image/jpeg", hidden);
		// GIFAR-like: an image that is also a Java archive
		assertRefused(TestImages.concat(TestImages.facePng(), TestImages.zip()), "photo.png", "image/png", hidden);
		assertRefused(TestImages.concat(TestImages.webp(), TestImages.zip()), "photo.webp", "image/webp", hidden);
	}

	@Test
	void pixelAndDecompressionBombsAreRefused() {
		String pixels = "The image is far too large in pixels.";
		assertRefused(TestImages.pngHeader(50_000, 50_000), "photo.png", "image/png", pixels);
		assertRefused(TestImages.webpCanvas(50_000, 50_000), "photo.webp", "image/webp", pixels);
		byte[] bomb = TestImages.deeplyCompressedPng();
		assertThat(bomb.length).isLessThan(200_000);
		assertRefused(bomb, "photo.png", "image/png", "unpacks to far more pixels than its file size suggests");
	}

	@Test
	void truncatedImagesAreRefused() {
		String damaged = "The photo could not be read (the file may be damaged).";
		byte[] jpeg = TestImages.encode(TestImages.drawing(480, 640), "jpeg");
		assertRefused(Arrays.copyOf(jpeg, jpeg.length * 2 / 3), "photo.jpg", "image/jpeg", damaged);
		byte[] png = TestImages.facePng();
		assertRefused(Arrays.copyOf(png, png.length * 2 / 3), "photo.png", "image/png", damaged);
		byte[] webp = TestImages.webp();
		assertRefused(Arrays.copyOf(webp, webp.length * 2 / 3), "photo.webp", "image/webp", damaged);
	}

	@Test
	void uploadsOverTheServersLimitGetTheTranslatedMessageToo() {
		// 26 MB: over the multipart limit, so no controller can read it
		HttpResponse<String> huge = this.phone.multipart("/photo/edit", "/photo/edit", Map.of(), "photo",
				new byte[26 * 1024 * 1024]);
		assertThat(huge.statusCode()).isEqualTo(302);
		assertThat(ResidentHttp.location(huge)).endsWith("/photo/edit?tooLarge");
		HttpResponse<String> page = this.phone.get(ResidentHttp.location(huge));
		assertThat(page.body()).contains("The file is larger than 10 MB.").contains("aria-invalid=\"true\"");
		// the vaccination record form too, in Japanese
		this.phone.get("/?lang=ja");
		HttpResponse<String> record = this.phone.multipart("/record", "/record",
				Map.of("certificateKind", "MUNICIPAL_CERTIFICATE"), "certificate", new byte[26 * 1024 * 1024]);
		assertThat(ResidentHttp.location(record)).endsWith("/record?tooLarge");
		assertThat(this.phone.get(ResidentHttp.location(record)).body()).contains("ファイルが 10 MB を超えています");
		assertThat(storedDocuments()).isZero();
	}

	@Test
	void aScriptHiddenInsideAValidJpegIsNotStored() throws Exception {
		byte[] jpeg = TestImages.encode(TestImages.drawing(480, 640), "jpeg");
		byte[] script = "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII);
		// a comment segment (COM) right after SOI
		byte[] comment = new byte[4 + script.length];
		comment[0] = (byte) 0xFF;
		comment[1] = (byte) 0xFE;
		comment[2] = (byte) ((script.length + 2) >> 8);
		comment[3] = (byte) (script.length + 2);
		System.arraycopy(script, 0, comment, 4, script.length);
		byte[] upload = TestImages.concat(TestImages.concat(Arrays.copyOf(jpeg, 2), comment),
				Arrays.copyOfRange(jpeg, 2, jpeg.length));
		assertThat(this.phone.multipart("/photo/edit", "/photo/edit", Map.of(), "photo", upload).statusCode())
			.isEqualTo(302);
		byte[] served = this.phone.getBytes("/photo").body();
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("<script");
	}

	@Test
	void aStoredPhotoCarriesNoExifOrGpsAccordingToExiftool() throws Exception {
		Exiftool.requireInstalled();
		byte[] upload = TestImages.phoneJpegWithExif(800, 600);
		// the tool sees what the phone wrote...
		assertThat(Exiftool.metadata(upload)).contains("GPSLatitudeRef").contains("Orientation").contains("ACME");
		assertThat(this.phone.multipart("/photo/edit", "/photo/edit", Map.of(), "photo", upload).statusCode())
			.isEqualTo(302);
		HttpResponse<byte[]> served = this.phone.getBytes("/photo");
		// ...and nothing in what is stored and served, which is upright already
		assertThat(Exiftool.metadata(served.body())).isEmpty();
		BufferedImage upright = ImageIO.read(new ByteArrayInputStream(served.body()));
		assertThat(upright.getHeight()).isGreaterThan(upright.getWidth());
	}

}
