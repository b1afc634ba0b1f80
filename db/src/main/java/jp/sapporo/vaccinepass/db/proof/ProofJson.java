package jp.sapporo.vaccinepass.db.proof;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of a proof code (header and payload) with Jackson: written compact, members in
 * the order they were put (docs/proof-code.md), read strictly. A mapper of its own, not
 * the application's, so that no application setting can change the signed bytes.
 */
final class ProofJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		// a payload naming a claim twice is not one of ours (RFC 7515 section 4: a JWS
		// parser must reject duplicate names or use the last; we reject)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private ProofJson() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	/**
	 * Write an object: no spaces, non-ASCII as UTF-8, {@code "} and {@code \} escaped,
	 * control characters as {@code \n}-style or six-character escapes (backslash,
	 * {@code u}, four hex digits).
	 * @param object the members in order
	 * @return its UTF-8 bytes
	 */
	static byte[] write(ObjectNode object) {
		return MAPPER.writeValueAsBytes(object);
	}

	/**
	 * Read a flat object of strings and integers, as the payload of a proof code is.
	 * @param json UTF-8 bytes
	 * @return strings as {@link String}, integers as {@link Long}, in the order read
	 * @throws IllegalArgumentException when it is not such an object (not JSON, not an
	 * object, a name twice, a value that is neither a string nor an integer that fits a
	 * {@code long}, or text after the object)
	 */
	static Map<String, Object> read(byte[] json) {
		JsonNode root;
		try {
			root = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not JSON", ex);
		}
		if (root == null || !root.isObject()) {
			throw new IllegalArgumentException("not a JSON object");
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> member : root.properties()) {
			JsonNode value = member.getValue();
			if (value.isString()) {
				fields.put(member.getKey(), value.stringValue());
			}
			else if (value.isIntegralNumber() && value.canConvertToLong()) {
				fields.put(member.getKey(), value.longValue());
			}
			else {
				throw new IllegalArgumentException("not a string or an integer: " + member.getKey());
			}
		}
		return fields;
	}

}
