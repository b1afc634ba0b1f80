package jp.sapporo.vaccinepass.db.proof;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes and reads the one shape a proof code payload has: a flat JSON object of strings
 * and integers. Only a payload whose signature was verified is ever read.
 */
final class FlatJson {

	private FlatJson() {
	}

	static String write(Map<String, Object> fields) {
		StringBuilder out = new StringBuilder("{");
		for (Map.Entry<String, Object> field : fields.entrySet()) {
			if (out.length() > 1) {
				out.append(',');
			}
			string(out, field.getKey());
			out.append(':');
			if (field.getValue() instanceof Number number) {
				out.append(number.longValue());
			}
			else {
				string(out, String.valueOf(field.getValue()));
			}
		}
		return out.append('}').toString();
	}

	private static void string(StringBuilder out, String value) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	/**
	 * Read a flat object.
	 * @param json the text
	 * @return strings as {@link String}, integers as {@link Long}
	 * @throws IllegalArgumentException when it is not such an object
	 */
	static Map<String, Object> read(String json) {
		Reader reader = new Reader(json);
		Map<String, Object> fields = new LinkedHashMap<>();
		reader.skipSpace();
		reader.expect('{');
		reader.skipSpace();
		if (reader.peek() == '}') {
			reader.next();
		}
		else {
			while (true) {
				reader.skipSpace();
				String key = reader.string();
				reader.skipSpace();
				reader.expect(':');
				reader.skipSpace();
				Object value = (reader.peek() == '"') ? reader.string() : reader.integer();
				if (fields.put(key, value) != null) {
					throw new IllegalArgumentException("duplicate field");
				}
				reader.skipSpace();
				char c = reader.next();
				if (c == '}') {
					break;
				}
				if (c != ',') {
					throw new IllegalArgumentException("expected , or }");
				}
			}
		}
		reader.skipSpace();
		if (!reader.atEnd()) {
			throw new IllegalArgumentException("trailing text");
		}
		return fields;
	}

	private static final class Reader {

		private final String text;

		private int position;

		Reader(String text) {
			this.text = text;
		}

		boolean atEnd() {
			return this.position >= this.text.length();
		}

		char peek() {
			if (atEnd()) {
				throw new IllegalArgumentException("unexpected end");
			}
			return this.text.charAt(this.position);
		}

		char next() {
			char c = peek();
			this.position++;
			return c;
		}

		void expect(char c) {
			if (next() != c) {
				throw new IllegalArgumentException("expected " + c);
			}
		}

		void skipSpace() {
			while (!atEnd() && Character.isWhitespace(this.text.charAt(this.position))) {
				this.position++;
			}
		}

		String string() {
			expect('"');
			StringBuilder out = new StringBuilder();
			while (true) {
				char c = next();
				if (c == '"') {
					return out.toString();
				}
				if (c == '\\') {
					char e = next();
					switch (e) {
						case '"', '\\', '/' -> out.append(e);
						case 'b' -> out.append('\b');
						case 'f' -> out.append('\f');
						case 'n' -> out.append('\n');
						case 'r' -> out.append('\r');
						case 't' -> out.append('\t');
						case 'u' -> {
							if (this.position + 4 > this.text.length()) {
								throw new IllegalArgumentException("bad escape");
							}
							out.append(
									(char) Integer.parseInt(this.text.substring(this.position, this.position + 4), 16));
							this.position += 4;
						}
						default -> throw new IllegalArgumentException("bad escape");
					}
				}
				else if (c < 0x20) {
					throw new IllegalArgumentException("control character");
				}
				else {
					out.append(c);
				}
			}
		}

		Long integer() {
			int start = this.position;
			if (!atEnd() && peek() == '-') {
				this.position++;
			}
			while (!atEnd() && Character.isDigit(this.text.charAt(this.position))) {
				this.position++;
			}
			String digits = this.text.substring(start, this.position);
			if (digits.isEmpty() || digits.equals("-") || digits.length() > 19) {
				throw new IllegalArgumentException("expected an integer");
			}
			return Long.parseLong(digits);
		}

	}

}
