package jp.sapporo.vaccinepass.resident;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

import jp.sapporo.vaccinepass.db.resident.ResidentDocuments;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Face photos and certificates are encrypted in the database (AES-256-GCM, bound to their
 * row); altered or swapped blobs are refused with a clear page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DocumentsAtRestTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResidentDocuments documents;

	private ResidentHttp residentWithPhoto(String email) {
		ResidentHttp phone = SignUpTests.signUp(this.port, email);
		assertThat(phone.multipart("/photo/edit", "/photo/edit", Map.of(), "photo", TestImages.facePng()).statusCode())
			.isEqualTo(302);
		return phone;
	}

	private long photoId(String email) {
		return this.jdbc.sql("select face_photo_id from resident_account where email = :e")
			.param("e", email)
			.query(Long.class)
			.single();
	}

	private byte[] storedBytes(long documentId) {
		return this.jdbc.sql("select content from document where id = :id")
			.param("id", documentId)
			.query(byte[].class)
			.single();
	}

	private static void assertNotAnImage(byte[] stored) throws Exception {
		assertThat(stored[0] & 0xFF).isNotEqualTo(0xFF);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("JFIF").doesNotContain("Exif");
		assertThat(ImageIO.read(new ByteArrayInputStream(stored))).isNull();
	}

	@Test
	void anUploadedPhotoIsStoredEncryptedAndServedDecryptedToItsOwner() throws Exception {
		String email = "at-rest-" + System.nanoTime() + "@example.jp";
		ResidentHttp phone = residentWithPhoto(email);
		long id = photoId(email);
		assertNotAnImage(storedBytes(id));
		assertThat(this.jdbc.sql("select key_id from document where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("demo");
		HttpResponse<byte[]> photo = phone.getBytes("/photo");
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(ImageIO.read(new ByteArrayInputStream(photo.body())).getWidth()).isGreaterThan(0);
	}

	@Test
	void theDemoImagesInsertedInClearBySqlAreEncryptedAtStart() throws Exception {
		assertThat(this.jdbc.sql("select count(*) from document where key_id is null").query(Long.class).single())
			.isZero();
		assertThat(
				this.jdbc.sql("select count(*) from document where substring(content from 1 for 2) = '\\xffd8'::bytea")
					.query(Long.class)
					.single())
			.isZero();
		long demoPhoto = photoId("resident@example.jp");
		assertNotAnImage(storedBytes(demoPhoto));
		long residentId = this.jdbc.sql("select id from resident_account where email = 'resident@example.jp'")
			.query(Long.class)
			.single();
		assertThat(this.documents.facePhoto(residentId).orElseThrow().content()[0] & 0xFF).isEqualTo(0xFF);
	}

	@Test
	void aRowStoredInClearIsEncryptedInPlaceAndStillReads() {
		String email = "clear-" + System.nanoTime() + "@example.jp";
		SignUpTests.signUp(this.port, email);
		long residentId = this.jdbc.sql("select id from resident_account where email = :e")
			.param("e", email)
			.query(Long.class)
			.single();
		byte[] jpeg = TestImages.encode(TestImages.drawing(300, 400), "jpeg");
		long id = this.jdbc.sql("""
				insert into document (resident_id, kind, media_type, byte_size, width, height, sha256, content)
				values (:r, 'FACE_PHOTO', 'image/jpeg', :size, 300, 400, sha256(:c), :c) returning id
				""").param("r", residentId).param("size", jpeg.length).param("c", jpeg).query(Long.class).single();
		assertThat(this.documents.encryptPlaintextRows()).isGreaterThanOrEqualTo(1);
		assertThat(storedBytes(id)).isNotEqualTo(jpeg);
		assertThat(this.documents.document(residentId, id).orElseThrow().content()).isEqualTo(jpeg);
		// a second run has nothing left to do
		assertThat(this.documents.encryptPlaintextRows()).isZero();
	}

	@Test
	void aPhotoAlteredInTheDatabaseIsRefusedWithAClearPage() {
		String email = "tampered-" + System.nanoTime() + "@example.jp";
		ResidentHttp phone = residentWithPhoto(email);
		long id = photoId(email);
		this.jdbc.sql("update document set content = set_byte(content, 40, get_byte(content, 40) # 1) where id = :id")
			.param("id", id)
			.update();
		assertRefused(phone);
	}

	@Test
	void anotherResidentsEncryptedPhotoCopiedIntoARowIsRefused() {
		String victim = "victim-" + System.nanoTime() + "@example.jp";
		String thief = "thief-" + System.nanoTime() + "@example.jp";
		residentWithPhoto(victim);
		ResidentHttp phone = residentWithPhoto(thief);
		this.jdbc.sql("""
				update document set (content, key_id) = (select content, key_id from document where id = :from)
				where id = :to
				""").param("from", photoId(victim)).param("to", photoId(thief)).update();
		assertRefused(phone);
	}

	private static void assertRefused(ResidentHttp phone) {
		HttpResponse<String> page = phone.get("/photo");
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("id=\"image-unreadable\"")
			.contains("この画像を表示できません")
			.doesNotContain("Exception")
			.doesNotContain("at jp.");
		// the resident can still upload a new one
		HttpResponse<String> form = phone.get("/photo/edit");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("id=\"photo-form\"");
		assertThat(phone.multipart("/photo/edit", "/photo/edit", Map.of(), "photo", TestImages.facePng()).statusCode())
			.isEqualTo(302);
		assertThat(phone.getBytes("/photo").statusCode()).isEqualTo(200);
	}

}
