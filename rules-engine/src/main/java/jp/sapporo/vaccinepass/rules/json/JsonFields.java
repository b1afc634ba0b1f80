package jp.sapporo.vaccinepass.rules.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import jp.sapporo.vaccinepass.rules.InvalidRequestException;
import tools.jackson.databind.JsonNode;

/**
 * Reads JSON fields with the contract's errors: every problem names the field by its JSON
 * path.
 */
final class JsonFields {

	private JsonFields() {
	}

	static String path(String parent, String name) {
		return parent.isEmpty() ? name : parent + "." + name;
	}

	static String path(String parent, int index) {
		return parent + "[" + index + "]";
	}

	static void requireObject(JsonNode node, String path) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			throw new InvalidRequestException(InvalidRequestException.MISSING_FIELD, path.isEmpty() ? null : path);
		}
		if (!node.isObject()) {
			throw new InvalidRequestException(InvalidRequestException.INVALID_TYPE, path.isEmpty() ? null : path,
					"object");
		}
	}

	/**
	 * The contract welcomes extra fields, so a request may carry fields of its own (a
	 * booking number, ...). A field that differs from a contract field only in case
	 * ({@code tablesize}) is a typo that would silently change the decision, so it is
	 * rejected.
	 */
	static void noMisspelled(JsonNode object, String path, Set<String> known) {
		for (String name : object.propertyNames()) {
			if (!known.contains(name)) {
				for (String field : known) {
					if (field.equalsIgnoreCase(name)) {
						throw new InvalidRequestException(InvalidRequestException.UNKNOWN_FIELD, path(path, name),
								field);
					}
				}
			}
		}
	}

	/** Programme files are ours: every field must be known. */
	static void onlyKnown(JsonNode object, String path, Set<String> known) {
		for (String name : object.propertyNames()) {
			if (!known.contains(name)) {
				throw new IllegalArgumentException("unknown field " + path(path, name));
			}
		}
	}

	/** The value, or {@code null} when absent or JSON null. */
	static JsonNode value(JsonNode object, String name) {
		JsonNode node = object.get(name);
		return (node == null || node.isNull()) ? null : node;
	}

	static String string(JsonNode object, String name, String path) {
		JsonNode node = value(object, name);
		if (node == null) {
			return null;
		}
		if (!node.isString()) {
			throw new InvalidRequestException(InvalidRequestException.INVALID_TYPE, path(path, name), "string");
		}
		return node.stringValue();
	}

	static String requiredString(JsonNode object, String name, String path) {
		String value = string(object, name, path);
		if (value == null) {
			throw new InvalidRequestException(InvalidRequestException.MISSING_FIELD, path(path, name));
		}
		return value;
	}

	static Integer integer(JsonNode object, String name, String path) {
		JsonNode node = value(object, name);
		if (node == null) {
			return null;
		}
		if (!node.isIntegralNumber()) {
			throw new InvalidRequestException(InvalidRequestException.INVALID_TYPE, path(path, name), "integer");
		}
		if (!node.canConvertToInt()) {
			throw new InvalidRequestException(InvalidRequestException.INVALID_VALUE, path(path, name), node.toString());
		}
		return node.intValue();
	}

	static int requiredInt(JsonNode object, String name, String path) {
		Integer value = integer(object, name, path);
		if (value == null) {
			throw new InvalidRequestException(InvalidRequestException.MISSING_FIELD, path(path, name));
		}
		return value;
	}

	static boolean bool(JsonNode object, String name, String path) {
		JsonNode node = value(object, name);
		if (node == null) {
			return false;
		}
		if (!node.isBoolean()) {
			throw new InvalidRequestException(InvalidRequestException.INVALID_TYPE, path(path, name), "boolean");
		}
		return node.booleanValue();
	}

	static LocalDate date(JsonNode object, String name, String path) {
		String text = string(object, name, path);
		if (text == null) {
			return null;
		}
		try {
			// ISO_LOCAL_DATE resolves strictly: 2022-02-30 is rejected, not adjusted
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException(InvalidRequestException.INVALID_DATE, path(path, name), text);
		}
	}

	static <E extends Enum<E>> E enumValue(JsonNode object, String name, String path, Class<E> type) {
		String text = string(object, name, path);
		if (text == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(text)) {
				return constant;
			}
		}
		throw new InvalidRequestException(InvalidRequestException.UNKNOWN_VALUE, path(path, name), text);
	}

	static JsonNode array(JsonNode object, String name, String path) {
		JsonNode node = value(object, name);
		if (node == null) {
			return null;
		}
		if (!node.isArray()) {
			throw new InvalidRequestException(InvalidRequestException.INVALID_TYPE, path(path, name), "array");
		}
		return node;
	}

}
