package jp.sapporo.vaccinepass.db.resident;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts face photos and certificate images at rest with AES-256-GCM. Each blob is
 * {@code version (1) ‖ nonce (12, random) ‖ ciphertext ‖ tag (16)}; the document's id,
 * owner and kind are the associated data, so a blob copied into another row does not
 * decrypt. The key id is stored beside the blob, so keys can rotate: new blobs use the
 * active key, old ones are read with the key they name.
 */
public final class DocumentCipher {

	private static final byte VERSION = 1;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, SecretKey> keys;

	private final String activeKeyId;

	/**
	 * @param keys every key that may have written a stored blob, by key id
	 * @param activeKeyId the key for new blobs
	 */
	public DocumentCipher(Map<String, SecretKey> keys, String activeKeyId) {
		this.keys = Map.copyOf(keys);
		if (!this.keys.containsKey(activeKeyId)) {
			throw new IllegalArgumentException("The active document key '" + activeKeyId + "' is not configured");
		}
		this.activeKeyId = activeKeyId;
	}

	/**
	 * Encrypt with the active key.
	 * @param document who the blob belongs to (the associated data)
	 * @param plain the image
	 * @return the key id and the blob
	 */
	public Sealed seal(DocumentRef document, byte[] plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, this.keys.get(this.activeKeyId), nonce, document);
			byte[] sealed = cipher.doFinal(plain);
			byte[] blob = ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
				.put(VERSION)
				.put(nonce)
				.put(sealed)
				.array();
			return new Sealed(this.activeKeyId, blob);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * Decrypt and check a stored blob.
	 * @param document the row the blob was read from
	 * @param keyId the key id stored with it ({@code null}: never encrypted)
	 * @param blob the stored bytes
	 * @return the image
	 * @throws UnreadableDocumentException when the blob was altered, moved from another
	 * row, is not encrypted or names a key that is not configured
	 */
	public byte[] open(DocumentRef document, String keyId, byte[] blob) {
		SecretKey key = (keyId != null) ? this.keys.get(keyId) : null;
		if (key == null) {
			throw new UnreadableDocumentException(document.id(),
					(keyId == null) ? "it is not encrypted" : "its key '" + keyId + "' is not configured");
		}
		if (blob.length < 1 + NONCE_BYTES + TAG_BITS / 8 || blob[0] != VERSION) {
			throw new UnreadableDocumentException(document.id(), "it is not in the expected format");
		}
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOfRange(blob, 1, 1 + NONCE_BYTES),
					document);
			return cipher.doFinal(blob, 1 + NONCE_BYTES, blob.length - 1 - NONCE_BYTES);
		}
		catch (javax.crypto.AEADBadTagException ex) {
			throw new UnreadableDocumentException(document.id(), "it failed authentication (altered or moved)");
		}
		catch (GeneralSecurityException ex) {
			throw new UnreadableDocumentException(document.id(), "it could not be decrypted");
		}
	}

	/**
	 * @return the id of the key new blobs are written with
	 */
	public String activeKeyId() {
		return this.activeKeyId;
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] nonce, DocumentRef document)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(document.associatedData());
		return cipher;
	}

	/**
	 * The row a blob belongs to; bound to the blob as associated data.
	 *
	 * @param id the document id
	 * @param residentId the owner
	 * @param kind the document kind
	 */
	public record DocumentRef(long id, long residentId, String kind) {

		public DocumentRef {
			Objects.requireNonNull(kind, "kind");
		}

		byte[] associatedData() {
			return ("vaccinepass/document/v1|" + this.id + "|" + this.residentId + "|" + this.kind)
				.getBytes(StandardCharsets.UTF_8);
		}

	}

	/**
	 * An encrypted blob and the key it was encrypted with.
	 *
	 * @param keyId the key id
	 * @param blob the bytes to store
	 */
	public record Sealed(String keyId, byte[] blob) {
	}

}
