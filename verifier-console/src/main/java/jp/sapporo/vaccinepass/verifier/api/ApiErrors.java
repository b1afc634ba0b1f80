package jp.sapporo.vaccinepass.verifier.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract's error object for errors outside the engine (authentication, rate,
 * content type).
 */
final class ApiErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiErrors() {
	}

	static String body(String code, String message) {
		ObjectNode root = JSON.createObjectNode();
		ObjectNode error = root.putObject("error");
		error.put("code", code);
		error.put("message", message);
		error.putNull("field");
		return JSON.writeValueAsString(root);
	}

	static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(body(code, message));
	}

}
