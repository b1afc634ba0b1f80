package jp.sapporo.vaccinepass.db.resident;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import javax.crypto.SecretKey;

import jp.sapporo.vaccinepass.db.resident.DocumentCipher.DocumentRef;
import jp.sapporo.vaccinepass.db.resident.DocumentCipher.Sealed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Images at rest: AES-256-GCM bound to its row, keys from configuration, rotation. */
class DocumentCipherTests {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'J', 'F', 'I', 'F', 0, 1,
			2, 3 };

	private static final DocumentRef FACE = new DocumentRef(7, 3, "FACE_PHOTO");

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private static DocumentCipher cipher(String active, String... ids) {
		MockEnvironment environment = new MockEnvironment();
		for (String id : ids) {
			environment.setProperty("vaccinepass.documents.keys." + id, KEYS.get(id));
		}
		environment.setProperty("vaccinepass.documents.active-key", active);
		return DocumentKeys.cipher(environment);
	}

	private static final Map<String, String> KEYS = Map.of("2026-a", randomKey(), "2026-b", randomKey());

	@Test
	void theBlobIsNotTheImageAndReadsBackWithItsKeyId() {
		DocumentCipher cipher = cipher("2026-a", "2026-a");
		Sealed sealed = cipher.seal(FACE, JPEG);
		assertThat(sealed.keyId()).isEqualTo("2026-a");
		assertThat(sealed.blob()).hasSize(1 + 12 + JPEG.length + 16);
		assertThat(new String(sealed.blob(), StandardCharsets.ISO_8859_1)).doesNotContain("JFIF");
		assertThat(cipher.open(FACE, "2026-a", sealed.blob())).isEqualTo(JPEG);
	}

	@Test
	void eachBlobHasItsOwnNonce() {
		DocumentCipher cipher = cipher("2026-a", "2026-a");
		assertThat(cipher.seal(FACE, JPEG).blob()).isNotEqualTo(cipher.seal(FACE, JPEG).blob());
	}

	@Test
	void anyAlteredByteIsRefused() {
		DocumentCipher cipher = cipher("2026-a", "2026-a");
		byte[] blob = cipher.seal(FACE, JPEG).blob();
		for (int i = 1; i < blob.length; i++) {
			byte[] altered = blob.clone();
			altered[i] ^= 0x01;
			assertThatThrownBy(() -> cipher.open(FACE, "2026-a", altered))
				.isInstanceOf(UnreadableDocumentException.class)
				.hasMessageContaining("Document 7");
		}
	}

	@Test
	void aBlobCopiedToAnotherRowOwnerOrKindIsRefused() {
		DocumentCipher cipher = cipher("2026-a", "2026-a");
		byte[] blob = cipher.seal(FACE, JPEG).blob();
		assertThatThrownBy(() -> cipher.open(new DocumentRef(8, 3, "FACE_PHOTO"), "2026-a", blob))
			.isInstanceOf(UnreadableDocumentException.class);
		assertThatThrownBy(() -> cipher.open(new DocumentRef(7, 4, "FACE_PHOTO"), "2026-a", blob))
			.isInstanceOf(UnreadableDocumentException.class);
		assertThatThrownBy(() -> cipher.open(new DocumentRef(7, 3, "VACCINATION_CERTIFICATE"), "2026-a", blob))
			.isInstanceOf(UnreadableDocumentException.class);
	}

	@Test
	void afterRotationOldBlobsStillReadAndNewOnesUseTheNewKey() {
		byte[] old = cipher("2026-a", "2026-a").seal(FACE, JPEG).blob();
		DocumentCipher rotated = cipher("2026-b", "2026-a", "2026-b");
		assertThat(rotated.open(FACE, "2026-a", old)).isEqualTo(JPEG);
		Sealed fresh = rotated.seal(FACE, JPEG);
		assertThat(fresh.keyId()).isEqualTo("2026-b");
		assertThat(rotated.open(FACE, "2026-b", fresh.blob())).isEqualTo(JPEG);
		// a blob under a key that was removed, or stored in clear, is refused
		assertThatThrownBy(() -> cipher("2026-b", "2026-b").open(FACE, "2026-a", old))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("not configured");
		assertThatThrownBy(() -> rotated.open(FACE, null, JPEG)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("not encrypted");
		// the wrong key id for a blob fails authentication
		assertThatThrownBy(() -> rotated.open(FACE, "2026-b", old)).isInstanceOf(UnreadableDocumentException.class);
	}

	@Test
	void withoutAKeyOutsideTheDemoTheAppRefusesToStart() {
		assertThatThrownBy(() -> DocumentKeys.cipher(new MockEnvironment())).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("vaccinepass.documents.keys.<id>")
			.hasMessageContaining("openssl rand -base64 32");
	}

	@Test
	void keysOfTheWrongLengthOrAnUnknownActiveKeyAreRefusedWithoutShowingTheKey() {
		MockEnvironment shortKey = new MockEnvironment().withProperty("vaccinepass.documents.keys.k1", "c2hvcnQ=");
		assertThatThrownBy(() -> DocumentKeys.cipher(shortKey)).hasMessageContaining("32 bytes")
			.hasMessageNotContaining("c2hvcnQ=");
		MockEnvironment unknown = new MockEnvironment().withProperty("vaccinepass.documents.keys.k1", randomKey())
			.withProperty("vaccinepass.documents.keys.k2", randomKey())
			.withProperty("vaccinepass.documents.active-key", "k3");
		assertThatThrownBy(() -> DocumentKeys.cipher(unknown)).hasMessageContaining("active-key");
	}

	@Test
	void theDemoProfileMakesOneKeyFileAndReusesIt(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("demo/document-key");
		MockEnvironment demo = new MockEnvironment().withProperty("vaccinepass.documents.demo-key-file",
				file.toString());
		demo.setActiveProfiles("demo");
		Sealed sealed = DocumentKeys.cipher(demo).seal(FACE, JPEG);
		assertThat(sealed.keyId()).isEqualTo("demo");
		assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
		// the next start (or another app) reads the same key
		assertThat(DocumentKeys.cipher(demo).open(FACE, "demo", sealed.blob())).isEqualTo(JPEG);
		assertThat(Files.list(file.getParent())).containsExactly(file);
	}

}
