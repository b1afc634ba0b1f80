package jp.sapporo.vaccinepass.db.proof;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** The configured keys, decoded once. */
final class ProofCodeKeys {

	private static final Log logger = LogFactory.getLog(ProofCodeKeys.class);

	static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

	/** Demo only: published in the repository, so it proves nothing in production. */
	static final String DEMO_KEY_ID = "demo-2026";

	private static final String DEMO_PUBLIC = "MCowBQYDK2VwAyEAFvrs6YgOG7z+5RpPJgJtmv/x/yidX2O80PAJ1Dbzwfc=";

	private static final String DEMO_PRIVATE = "MC4CAQAwBQYDK2VwBCIEIKKjB+HVs4Qvf0C078B2nJm3VKpe4bkhpOk/m082b84M";

	private final String signingKeyId;

	private final Map<String, PublicKey> publicKeys;

	private final PrivateKey signingKey;

	private ProofCodeKeys(String signingKeyId, Map<String, PublicKey> publicKeys, PrivateKey signingKey) {
		this.signingKeyId = signingKeyId;
		this.publicKeys = Map.copyOf(publicKeys);
		this.signingKey = signingKey;
	}

	static ProofCodeKeys from(ProofCodeProperties properties) {
		Map<String, ProofCodeProperties.Key> keys = properties.keys();
		String signingKeyId = properties.signingKeyId();
		if (keys.isEmpty()) {
			logger.warn("No vaccinepass.proof-code.keys configured: proof codes use the built-in DEMO key "
					+ "(not for production)");
			keys = Map.of(DEMO_KEY_ID, new ProofCodeProperties.Key(DEMO_PUBLIC, DEMO_PRIVATE));
			signingKeyId = DEMO_KEY_ID;
		}
		try {
			KeyFactory factory = KeyFactory.getInstance("Ed25519");
			Map<String, PublicKey> publicKeys = new HashMap<>();
			PrivateKey signing = null;
			for (Map.Entry<String, ProofCodeProperties.Key> entry : keys.entrySet()) {
				if (!KEY_ID.matcher(entry.getKey()).matches()) {
					throw new IllegalStateException("Invalid proof-code key id: " + entry.getKey());
				}
				publicKeys.put(entry.getKey(), factory.generatePublic(
						new X509EncodedKeySpec(Base64.getMimeDecoder().decode(entry.getValue().publicKey()))));
				if (entry.getKey().equals(signingKeyId) && entry.getValue().privateKey() != null) {
					signing = factory.generatePrivate(
							new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(entry.getValue().privateKey())));
				}
			}
			return new ProofCodeKeys(signingKeyId, publicKeys, signing);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("vaccinepass.proof-code.keys could not be read", ex);
		}
	}

	String signingKeyId() {
		if (this.signingKey == null) {
			throw new IllegalStateException("No private key for vaccinepass.proof-code.signing-key-id");
		}
		return this.signingKeyId;
	}

	PrivateKey signingKey() {
		signingKeyId();
		return this.signingKey;
	}

	PublicKey publicKey(String keyId) {
		return this.publicKeys.get(keyId);
	}

}
