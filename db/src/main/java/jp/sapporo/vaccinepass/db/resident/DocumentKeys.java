package jp.sapporo.vaccinepass.db.resident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Where the keys for images at rest come from:
 * <ul>
 * <li>{@code vaccinepass.documents.keys.<id>=<32 bytes in Base64>}, one or more, and
 * {@code vaccinepass.documents.active-key=<id>} (optional with a single key);</li>
 * <li>none configured and the {@code demo} profile active: a random key kept in
 * {@code vaccinepass.documents.demo-key-file} (default: {@code document-key} beside the
 * embedded PostgreSQL's data folder), made on first start and shared by the apps;</li>
 * <li>none configured otherwise: the app refuses to start.</li>
 * </ul>
 * Never put a key in the repository.
 */
final class DocumentKeys {

	static final String PREFIX = "vaccinepass.documents.";

	static final String DEMO_KEY_ID = "demo";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	private static final Log log = LogFactory.getLog(DocumentKeys.class);

	private DocumentKeys() {
	}

	static DocumentCipher cipher(Environment environment) {
		Map<String, String> configured = Binder.get(environment)
			.bind(PREFIX + "keys", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		if (configured.isEmpty()) {
			if (!environment.matchesProfiles("demo")) {
				throw new IllegalStateException("No key to encrypt face photos and certificates at rest. Set " + PREFIX
						+ "keys.<id>=<32 random bytes in Base64> (e.g. from 'openssl rand -base64 32') and " + PREFIX
						+ "active-key=<id>; see docs/security.md. Only the demo profile makes its own key.");
			}
			Path file = Path.of(environment.getProperty(PREFIX + "demo-key-file",
					Path.of(environment.getProperty("vaccinepass.embedded-db.data-dir", "/var/tmp/vaccine-pass/pgdata"))
						.resolveSibling("document-key")
						.toString()));
			return new DocumentCipher(Map.of(DEMO_KEY_ID, demoKey(file)), DEMO_KEY_ID);
		}
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		configured.forEach((id, value) -> keys.put(id, key(id, value)));
		String active = environment.getProperty(PREFIX + "active-key");
		if (active == null && keys.size() == 1) {
			active = keys.keySet().iterator().next();
		}
		if (active == null || !keys.containsKey(active)) {
			throw new IllegalStateException(
					PREFIX + "active-key must name one of the configured keys " + keys.keySet());
		}
		return new DocumentCipher(keys, active);
	}

	static SecretKey key(String id, String base64) {
		if (!KEY_ID.matcher(id).matches()) {
			throw new IllegalStateException("A document key id must be 1 to 40 letters, digits, '-' or '_': " + id);
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(PREFIX + "keys." + id + " is not Base64");
		}
		if (bytes.length != 32) {
			throw new IllegalStateException(
					PREFIX + "keys." + id + " must be 32 bytes (AES-256) in Base64, not " + bytes.length + " bytes");
		}
		return new SecretKeySpec(bytes, "AES");
	}

	/** The demo key: read, or made once; two apps starting together agree on one. */
	private static SecretKey demoKey(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.toAbsolutePath().getParent());
				byte[] bytes = new byte[32];
				RANDOM.nextBytes(bytes);
				Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), "document-key", ".tmp",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				try {
					Files.writeString(draft, Base64.getEncoder().encodeToString(bytes) + "\n");
					// a link is made only if the name is free: the first app's key wins
					Files.createLink(file, draft);
					log.info("Demo profile: generated a key for images at rest in " + file);
				}
				catch (FileAlreadyExistsException ex) {
					// another app was first
				}
				finally {
					Files.deleteIfExists(draft);
				}
			}
			return key(DEMO_KEY_ID, Files.readString(file, StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the demo key for images at rest in " + file, ex);
		}
	}

}
