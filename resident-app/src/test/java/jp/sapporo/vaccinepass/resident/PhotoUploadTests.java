package jp.sapporo.vaccinepass.resident;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Face photo uploads over HTTP: refusals with clear messages, and who may see the photo.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class PhotoUploadTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusedUploadsSayWhyInTheResidentsLanguage() {
		ResidentHttp phone = SignUpTests.signUp(this.port, "photo-" + System.nanoTime() + "@example.jp");
		phone.get("/?lang=en");
		HttpResponse<String> text = phone.multipart("/photo/edit", "/photo/edit", Map.of(), "photo",
				"this is not a picture".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertThat(text.body()).contains("This file is not a JPEG, PNG or WebP image.")
			.contains("aria-invalid=\"true\"");
		HttpResponse<String> none = phone.multipart("/photo/edit", "/photo/edit", Map.of(), "photo", null);
		assertThat(none.body()).contains("Please choose a photo first.");
		// 11 MB: over the limit, checked in the app
		HttpResponse<String> big = phone.multipart("/photo/edit", "/photo/edit", Map.of(), "photo",
				new byte[11 * 1024 * 1024]);
		assertThat(big.body()).contains("The file is larger than 10 MB.");
		// 26 MB: over the server's multipart limit, sent back to the form with the same
		// message
		HttpResponse<String> huge = phone.multipart("/photo/edit", "/photo/edit", Map.of(), "photo",
				new byte[26 * 1024 * 1024]);
		assertThat(phone.get(ResidentHttp.location(huge)).body()).contains("The file is larger than 10 MB.");
		assertThat(phone.getBytes("/photo").statusCode()).isEqualTo(404);
	}

	@Test
	void thePhotoIsServedOnlyToItsOwnerAndNeverCached() {
		String email = "owner-" + System.nanoTime() + "@example.jp";
		ResidentHttp owner = SignUpTests.signUp(this.port, email);
		assertThat(owner.multipart("/photo/edit", "/photo/edit", Map.of(), "photo", TestImages.facePng()).statusCode())
			.isEqualTo(302);
		HttpResponse<byte[]> photo = owner.getBytes("/photo");
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/jpeg");
		assertThat(photo.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(photo.body()[0] & 0xFF).isEqualTo(0xFF);
		// no one else: anonymous goes to login; another resident sees only their own
		// (none here)
		assertThat(new ResidentHttp(this.port).getBytes("/photo").statusCode()).isEqualTo(302);
		ResidentHttp other = SignUpTests.signUp(this.port, "other-" + System.nanoTime() + "@example.jp");
		assertThat(other.getBytes("/photo").statusCode()).isEqualTo(404);
		// another resident's document by id is 404, like a missing one
		long documentId = this.jdbc.sql("select face_photo_id from resident_account where email = :e")
			.param("e", email)
			.query(Long.class)
			.single();
		assertThat(other.getBytes("/documents/" + documentId).statusCode()).isEqualTo(404);
		assertThat(owner.getBytes("/documents/" + documentId).statusCode()).isEqualTo(200);
	}

}
