package jp.sapporo.vaccinepass.db.resident;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import jp.sapporo.vaccinepass.db.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Key rotation on a real PostgreSQL with the demo data: the demo images (inserted in
 * clear) are encrypted with key A; after B becomes active, A's rows still read, new rows
 * use B, and re-encryption moves every readable row to B so A can go.
 */
class DocumentRotationTests {

	private static MigratedDatabase database;

	private static JdbcClient jdbc;

	@BeforeAll
	static void migrate() throws Exception {
		database = new MigratedDatabase("rotation_test");
		jdbc = database.jdbc();
	}

	@AfterAll
	static void stop() {
		database.close();
	}

	private static SecretKey randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return new SecretKeySpec(key, "AES");
	}

	private static long rowsUnder(String keyId) {
		return jdbc.sql("select count(*) from document where key_id is not distinct from :k")
			.param("k", keyId, java.sql.Types.VARCHAR)
			.query(Long.class)
			.single();
	}

	@Test
	void rowsWrittenWithKeyAStillReadAfterKeyBBecomesActiveAndMoveToB() {
		SecretKey a = randomKey();
		SecretKey b = randomKey();
		Clock clock = Clock.systemUTC();
		long demoRows = rowsUnder(null);
		assertThat(demoRows).isPositive();
		ResidentDocuments withA = new ResidentDocuments(jdbc, new DocumentCipher(Map.of("a", a), "a"), clock);
		assertThat(withA.encryptPlaintextRows()).isEqualTo(demoRows);
		assertThat(rowsUnder(null)).isZero();
		long resident = jdbc.sql("select id from resident_account where email = 'resident@example.jp'")
			.query(Long.class)
			.single();
		byte[] image = { (byte) 0xFF, (byte) 0xD8, 1, 2, 3, (byte) 0xFF, (byte) 0xD9 };
		long underA = withA.store(resident, "VACCINATION_CERTIFICATE", "image/jpeg", image, 10, 10);
		long facePhoto = jdbc.sql("select face_photo_id from resident_account where id = :id")
			.param("id", resident)
			.query(Long.class)
			.single();

		ResidentDocuments rotated = new ResidentDocuments(jdbc, new DocumentCipher(Map.of("a", a, "b", b), "b"), clock);
		assertThat(rotated.document(resident, underA).orElseThrow().content()).isEqualTo(image);
		long underB = rotated.store(resident, "VACCINATION_CERTIFICATE", "image/jpeg", image, 10, 10);
		assertThat(
				jdbc.sql("select key_id from document where id = :id").param("id", underB).query(String.class).single())
			.isEqualTo("b");
		// a row that was altered stays as it is (and is logged) rather than stopping the
		// run
		jdbc.sql("update document set content = set_byte(content, 20, get_byte(content, 20) # 1) where id = :id")
			.param("id", facePhoto)
			.update();
		// the demo rows and the one stored under A, less the altered face photo
		assertThat(rotated.reencryptWithActiveKey()).isEqualTo(demoRows);
		assertThat(rowsUnder("a")).isEqualTo(1);

		ResidentDocuments onlyB = new ResidentDocuments(jdbc, new DocumentCipher(Map.of("b", b), "b"), clock);
		assertThat(onlyB.document(resident, underA).orElseThrow().content()).isEqualTo(image);
		assertThat(onlyB.document(resident, underB).orElseThrow().content()).isEqualTo(image);
		assertThatThrownBy(() -> onlyB.facePhoto(resident)).isInstanceOf(UnreadableDocumentException.class);
	}

}
