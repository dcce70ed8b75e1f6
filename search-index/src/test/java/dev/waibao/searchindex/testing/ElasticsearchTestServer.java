package dev.waibao.searchindex.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch server for tests, started once per JVM on first use and stopped by a
 * shutdown hook.
 *
 * <p>It runs the integ-test distribution that the build unpacks (system property {@value
 * #HOME_PROPERTY}, default {@value #DEFAULT_HOME}) with the JDK running the tests, as a single node
 * on free loopback ports with security off and a 512 MB heap. Every run gets a fresh temporary
 * directory for data, logs, temp files and a copy of the config, deleted afterwards. Elasticsearch
 * refuses to run as root, so when the tests run as root the server runs as the unprivileged system
 * user {@value #SERVICE_USER}, created if missing. Tests share the server: give each test its own
 * index.
 *
 * <p>Another module uses it by depending on this module's test-jar, unpacking {@code
 * org.elasticsearch.distribution.integ-test-zip:elasticsearch:zip} with maven-dependency-plugin as
 * this module's POM does, and passing the unpacked directory to failsafe as the system property
 * {@value #HOME_PROPERTY}.
 */
public final class ElasticsearchTestServer {

  /** System property naming the unpacked distribution's directory. */
  public static final String HOME_PROPERTY = "waibao.es.home";

  /** Where this module's build unpacks the distribution, relative to the module directory. */
  public static final String DEFAULT_HOME = "target/elasticsearch/elasticsearch-9.2.8";

  /** System property overriding how long to wait for the server, in seconds. */
  public static final String STARTUP_TIMEOUT_PROPERTY = "waibao.es.startupTimeoutSeconds";

  /** The user the server runs as when the tests run as root. */
  public static final String SERVICE_USER = "waibao-es";

  private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchTestServer.class);
  private static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
  private static final int LOG_LINES_ON_FAILURE = 40;

  private static ElasticsearchTestServer shared;
  private static RuntimeException startFailure;

  private volatile Process process;
  private final Path workDir;
  private final URI baseUrl;
  private final Duration startupTime;
  private final int httpPort;
  private final int transportPort;

  private ElasticsearchTestServer(
      Process process,
      Path workDir,
      URI baseUrl,
      Duration startupTime,
      int httpPort,
      int transportPort) {
    this.process = process;
    this.workDir = workDir;
    this.baseUrl = baseUrl;
    this.startupTime = startupTime;
    this.httpPort = httpPort;
    this.transportPort = transportPort;
  }

  /**
   * A server of the caller's own, not shared with other tests, for tests that stop and restart it.
   * The caller closes it with {@link #close()}; a shutdown hook closes it if the caller cannot.
   */
  public static ElasticsearchTestServer startDedicated() {
    ElasticsearchTestServer server = start();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(server::stop, "elasticsearch-test-server-stop"));
    return server;
  }

  /**
   * Stops the node like an outage would, keeping its data directory and ports so that {@link
   * #restartNode()} brings the same node back with its indexes. Meant for a dedicated server.
   */
  public synchronized void stopNode() {
    LOG.info("Stopping Elasticsearch at {} (data kept)", baseUrl);
    terminate(process);
    process = null;
  }

  /** Starts a node stopped by {@link #stopNode()} again on the same port and data directory. */
  public synchronized void restartNode() {
    if (process != null && process.isAlive()) {
      return;
    }
    Path home = Path.of(System.getProperty(HOME_PROPERTY, DEFAULT_HOME)).toAbsolutePath();
    try {
      process = launch(home, workDir, httpPort, transportPort);
      awaitYellow(process, baseUrl, workDir.resolve("console.log"), workDir);
      LOG.info("Elasticsearch at {} is back", baseUrl);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot restart Elasticsearch: " + e.getMessage(), e);
    }
  }

  /** Stops a dedicated server for good and deletes its data. */
  public void close() {
    stop();
  }

  /**
   * The server of this JVM, started on the first call. A failed start is remembered, so later tests
   * fail fast with the same message instead of waiting again.
   *
   * @throws IllegalStateException if the server cannot start; the message includes its last log
   *     lines
   */
  public static synchronized ElasticsearchTestServer shared() {
    if (startFailure != null) {
      throw new IllegalStateException(
          "Elasticsearch failed to start earlier in this JVM: " + startFailure.getMessage(),
          startFailure);
    }
    if (shared == null) {
      try {
        shared = start();
      } catch (RuntimeException e) {
        startFailure = e;
        throw e;
      }
      ElasticsearchTestServer server = shared;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(server::stop, "elasticsearch-test-server-stop"));
    }
    return shared;
  }

  /** The HTTP address of the server, e.g. {@code http://127.0.0.1:41234}. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** How long the server took from launch to a yellow cluster. */
  public Duration startupTime() {
    return startupTime;
  }

  private static ElasticsearchTestServer start() {
    Path home = Path.of(System.getProperty(HOME_PROPERTY, DEFAULT_HOME)).toAbsolutePath();
    Path launcher = home.resolve("bin/elasticsearch");
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException(
          "No Elasticsearch distribution at "
              + home
              + ": build through Maven (process-test-resources unpacks it) or set -D"
              + HOME_PROPERTY);
    }
    Path javaHome = Path.of(System.getProperty("java.home"));
    boolean asServiceUser = runningAsRoot();
    Path workDir = createWorkDir(home);
    Process process = null;
    try {
      if (asServiceUser) {
        ensureServiceUser();
        requireReadableByOthers(home);
        requireReadableByOthers(javaHome);
        chownRecursively(workDir, SERVICE_USER);
      }
      int httpPort = freePort();
      int transportPort = freePort();
      URI baseUrl = URI.create("http://127.0.0.1:" + httpPort);
      Path console = workDir.resolve("console.log");
      long started = System.nanoTime();
      process = launch(home, workDir, httpPort, transportPort);
      awaitYellow(process, baseUrl, console, workDir);
      Duration startupTime = Duration.ofNanos(System.nanoTime() - started);
      LOG.info(
          "Elasticsearch from {} is up at {} after {} ms{} (work dir {})",
          home,
          baseUrl,
          startupTime.toMillis(),
          asServiceUser ? " as user " + SERVICE_USER : "",
          workDir);
      return new ElasticsearchTestServer(
          process, workDir, baseUrl, startupTime, httpPort, transportPort);
    } catch (IOException e) {
      shutDown(process, workDir);
      throw new IllegalStateException("Cannot start Elasticsearch: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      shutDown(process, workDir);
      throw e;
    }
  }

  private static Process launch(Path home, Path workDir, int httpPort, int transportPort)
      throws IOException {
    Path launcher = home.resolve("bin/elasticsearch");
    Path javaHome = Path.of(System.getProperty("java.home"));
    boolean asServiceUser = runningAsRoot();
    Path console = workDir.resolve("console.log");
    var command = new ArrayList<String>();
    if (asServiceUser) {
      // setpriv execs rather than forks, so our SIGTERM reaches Elasticsearch itself.
      command.addAll(
          List.of(
              "setpriv",
              "--reuid=" + SERVICE_USER,
              "--regid=" + SERVICE_USER,
              "--init-groups",
              "--"));
    }
    command.add(launcher.toString());
    command.addAll(settings(workDir, httpPort, transportPort));
    var builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(console.toFile());
    Map<String, String> environment = builder.environment();
    // A clean environment: the launcher warns about, or trips over, the build's JAVA_HOME etc.
    environment.clear();
    environment.put("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");
    environment.put("HOME", workDir.toString());
    environment.put("LANG", "C.UTF-8");
    environment.put("ES_JAVA_HOME", javaHome.toString());
    environment.put("ES_PATH_CONF", workDir.resolve("config").toString());
    environment.put("ES_TMPDIR", workDir.resolve("tmp").toString());
    // No hsperfdata files, and the launcher's temp files (final-flags*) in the work directory:
    // otherwise both would outlive the run in the shared /tmp.
    environment.put("ES_JAVA_OPTS", "-Xms512m -Xmx512m -XX:-UsePerfData");
    environment.put("CLI_JAVA_OPTS", "-XX:-UsePerfData -Djava.io.tmpdir=" + workDir.resolve("tmp"));
    return builder.start();
  }

  private static List<String> settings(Path workDir, int httpPort, int transportPort) {
    return List.of(
        "-Ecluster.name=waibao-test",
        "-Enode.name=waibao-test",
        "-Ediscovery.type=single-node",
        "-Enetwork.host=127.0.0.1",
        "-Ehttp.port=" + httpPort,
        "-Etransport.port=" + transportPort,
        "-Expack.security.enabled=false",
        "-Epath.data=" + workDir.resolve("data"),
        "-Epath.logs=" + workDir.resolve("logs"),
        // A nearly full disk on a build machine must not make indexes read-only mid-test.
        "-Ecluster.routing.allocation.disk.threshold_enabled=false",
        // Tests must create their indexes from definitions, never by accident through a write.
        "-Eaction.auto_create_index=false");
  }

  private static void awaitYellow(Process process, URI baseUrl, Path console, Path workDir) {
    Duration timeout =
        Duration.ofSeconds(
            Long.getLong(STARTUP_TIMEOUT_PROPERTY, DEFAULT_STARTUP_TIMEOUT.toSeconds()));
    long deadline = System.nanoTime() + timeout.toNanos();
    URI health = baseUrl.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s");
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
      HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build();
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "Elasticsearch exited with code "
                  + process.exitValue()
                  + " while starting; last log lines:\n"
                  + lastLogLines(console, workDir));
        }
        try {
          HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
          if (response.statusCode() == 200) {
            return;
          }
        } catch (IOException e) {
          // Not listening yet.
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "Elasticsearch did not reach yellow within "
                  + timeout.toSeconds()
                  + " s at "
                  + baseUrl
                  + "; last log lines:\n"
                  + lastLogLines(console, workDir));
        }
        Thread.sleep(POLL_INTERVAL);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
    }
  }

  private void stop() {
    LOG.info("Stopping Elasticsearch at {}", baseUrl);
    shutDown(process, workDir);
  }

  static void shutDown(Process process, Path workDir) {
    terminate(process);
    deleteRecursively(workDir);
    removeEmptyPerfDataDirectory();
  }

  /**
   * The launcher's Java version check runs a JVM we cannot pass options to, which leaves {@code
   * /tmp/hsperfdata_<user>} behind. Removed only when empty, so a server of a parallel build keeps
   * its entry.
   */
  static void removeEmptyPerfDataDirectory() {
    if (!runningAsRoot()) {
      return;
    }
    try {
      Files.deleteIfExists(Path.of("/tmp", "hsperfdata_" + SERVICE_USER));
    } catch (IOException e) {
      LOG.debug("Leaving /tmp/hsperfdata_{} in place: {}", SERVICE_USER, e.toString());
    }
  }

  /** SIGTERM first, so Elasticsearch stops its server JVM; SIGKILL what is left after a while. */
  static void terminate(Process process) {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree =
        Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        LOG.warn("Elasticsearch ignored SIGTERM for {} s; killing it", STOP_TIMEOUT.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle handle : tree) {
      if (handle.isAlive()) {
        handle.destroyForcibly();
        handle
            .onExit()
            .orTimeout(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
            .exceptionally(e -> handle)
            .join();
      }
    }
  }

  static Path createWorkDir(Path home) {
    try {
      Path workDir = Files.createTempDirectory("waibao-es-");
      for (String sub : List.of("data", "logs", "tmp")) {
        Files.createDirectory(workDir.resolve(sub));
      }
      copyRecursively(home.resolve("config"), workDir.resolve("config"));
      return workDir;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare a work directory for Elasticsearch", e);
    }
  }

  static boolean runningAsRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  static void ensureServiceUser() throws IOException {
    if (run("id", "-u", SERVICE_USER) == 0) {
      return;
    }
    LOG.info(
        "Creating system user {} to run Elasticsearch (it refuses to run as root)", SERVICE_USER);
    int exit =
        run(
            "useradd",
            "--system",
            // A group of the same name: the work directory and setpriv --regid use it.
            "--user-group",
            "--no-create-home",
            "--shell",
            "/usr/sbin/nologin",
            SERVICE_USER);
    // 9: created meanwhile by another test JVM.
    if (exit != 0 && exit != 9) {
      throw new IllegalStateException(
          "Cannot create system user " + SERVICE_USER + " (useradd exit code " + exit + ")");
    }
  }

  private static int run(String... command) throws IOException {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish in 30 s");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command[0], e);
    }
  }

  /**
   * The service user must reach the distribution and the JDK through every parent directory; a home
   * under {@code /root} would fail deep inside Elasticsearch with a confusing error.
   */
  static void requireReadableByOthers(Path path) throws IOException {
    for (Path each = path.toRealPath(); each != null; each = each.getParent()) {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(each);
      if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)
          || !permissions.contains(PosixFilePermission.OTHERS_READ)) {
        throw new IllegalStateException(
            each
                + " is not readable by user "
                + SERVICE_USER
                + ", which runs Elasticsearch because the tests run as root; "
                + "make it world-readable (chmod o+rx) or move "
                + path);
      }
    }
  }

  static void chownRecursively(Path root, String user) throws IOException {
    UserPrincipalLookupService lookup = root.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal owner = lookup.lookupPrincipalByName(user);
    GroupPrincipal group = lookup.lookupPrincipalByGroupName(user);
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        PosixFileAttributeView view =
            Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(owner);
        view.setGroup(group);
      }
    }
  }

  static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /**
   * The console mirrors the server log and also shows what fails before logging starts (a bad
   * setting, a JDK it refuses); the server log is the fallback when the console stayed empty.
   */
  private static String lastLogLines(Path console, Path workDir) {
    List<String> lines = tail(console);
    Path serverLog = workDir.resolve("logs/waibao-test.log");
    if (lines.isEmpty() && Files.exists(serverLog)) {
      lines = tail(serverLog);
    }
    return lines.isEmpty() ? "(no output)" : String.join("\n", lines);
  }

  static List<String> tail(Path file) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return all.subList(Math.max(0, all.size() - LOG_LINES_ON_FAILURE), all.size());
    } catch (IOException e) {
      return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
    }
  }

  private static void copyRecursively(Path source, Path target) throws IOException {
    Files.walkFileTree(
        source,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            Files.createDirectories(target.resolve(source.relativize(dir)));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.copy(
                file, target.resolve(source.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  static void deleteRecursively(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.warn("Could not delete Elasticsearch work directory {}", root, e);
    }
  }
}
