package jp.sapporo.vaccinepass.db.proof;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys of the signed proof code. The resident app needs the private key of the signing
 * key; checkers need only public keys. Rotation: add the new key, switch
 * {@code signing-key-id} to it, and remove the old key once its codes have expired.
 * Without any key the built-in demo key is used (for the demo and tests only; a warning
 * is logged).
 *
 * @param signingKeyId the id ({@code kid}) of the key that signs new codes
 * @param keys the keys by id: {@code vaccinepass.proof-code.keys.<kid>.public-key} (X.509
 * SubjectPublicKeyInfo, base64) and {@code .private-key} (PKCS#8, base64; only where
 * codes are signed)
 * @param clockSkew how far in the future a code's scan time may be (clocks of two
 * servers)
 */
@ConfigurationProperties("vaccinepass.proof-code")
public record ProofCodeProperties(String signingKeyId, Map<String, Key> keys, @DefaultValue("60s") Duration clockSkew) {

	public ProofCodeProperties {
		keys = (keys != null) ? Map.copyOf(keys) : Map.of();
	}

	/**
	 * One Ed25519 key.
	 *
	 * @param publicKey X.509 SubjectPublicKeyInfo, base64
	 * @param privateKey PKCS#8, base64, or {@code null} where only verifying
	 */
	public record Key(String publicKey, String privateKey) {
	}

}
