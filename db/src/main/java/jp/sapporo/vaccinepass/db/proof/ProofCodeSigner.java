package jp.sapporo.vaccinepass.db.proof;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs proof codes with the configured signing key (Ed25519, JWS compact form).
 */
public class ProofCodeSigner {

	static final String TYPE = "vp-proof+jws";

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final ProofCodeKeys keys;

	ProofCodeSigner(ProofCodeKeys keys) {
		this.keys = keys;
	}

	/**
	 * The signed code for a proof.
	 * @param claims what it says
	 * @return {@code header.payload.signature}, each base64url without padding
	 */
	public String sign(ProofClaims claims) {
		String keyId = this.keys.signingKeyId();
		String header = "{\"alg\":\"EdDSA\",\"kid\":\"" + keyId + "\",\"typ\":\"" + TYPE + "\"}";
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("v", 1);
		payload.put("pid", claims.proofId());
		payload.put("sid", claims.storeId());
		payload.put("snm", claims.storeName());
		payload.put("prg", claims.programmeId());
		payload.put("bas", claims.basis());
		payload.put("iat", claims.scannedAt().getEpochSecond());
		payload.put("exp", claims.expiresAt().getEpochSecond());
		String signingInput = encode(header) + "." + encode(FlatJson.write(payload));
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(this.keys.signingKey());
			signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + BASE64URL.encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign a proof code", ex);
		}
	}

	private static String encode(String json) {
		return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
