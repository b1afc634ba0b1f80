package jp.sapporo.vaccinepass.db.proof;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;

import tools.jackson.databind.node.ObjectNode;

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
		ObjectNode header = ProofJson.object()
			.put("alg", "EdDSA")
			.put("kid", this.keys.signingKeyId())
			.put("typ", TYPE);
		ObjectNode payload = ProofJson.object()
			.put("v", 1)
			.put("pid", claims.proofId())
			.put("sid", claims.storeId())
			.put("snm", claims.storeName())
			.put("prg", claims.programmeId())
			.put("bas", claims.basis())
			.put("iat", claims.scannedAt().getEpochSecond())
			.put("exp", claims.expiresAt().getEpochSecond());
		String signingInput = encode(header) + "." + encode(payload);
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

	private static String encode(ObjectNode json) {
		return BASE64URL.encodeToString(ProofJson.write(json));
	}

}
