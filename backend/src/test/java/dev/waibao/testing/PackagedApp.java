package dev.waibao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code waibao.jar} started the way a user starts it ({@code java -jar}), on a free
 * port, with its own data directory and environment: what the browser and packaging tests run
 * against.
 */
public final class PackagedApp implements AutoCloseable {

  // the embedded start seeds demonstration data: minutes on a busy shared build machine
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);

  private final Process process;
  private final Path log;
  private final int port;
  private final Duration startupTime;

  private PackagedApp(Process process, Path log, int port, Duration startupTime) {
    this.process = process;
    this.log = log;
    this.port = port;
    this.startupTime = startupTime;
  }

  /** The jar the build produced; failsafe passes its path. */
  public static Path jar() {
    Path jar = Path.of(System.getProperty("waibao.jar", "target/waibao.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No packaged application at " + jar + ": run mvn verify");
    }
    return jar;
  }

  /** Starts the jar and waits until {@code /health} answers UP. */
  public static PackagedApp start(Path dataDir, Map<String, String> environment) {
    return start(dataDir, environment, STARTUP_TIMEOUT);
  }

  /**
   * Starts the jar and waits up to {@code timeout} until {@code /health} answers UP: longer for
   * tests that start several processes at once on a busy machine.
   */
  public static PackagedApp start(Path dataDir, Map<String, String> environment, Duration timeout) {
    int port = freePort();
    Path log = dataDir.resolveSibling(dataDir.getFileName() + "-app-" + port + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar().toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("DATASOURCES_DEFAULT_URL");
    builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
    builder.environment().put("WAIBAO_DATA_DIR", dataDir.toString());
    builder.environment().putAll(environment);
    long started = System.nanoTime();
    try {
      Process process = builder.start();
      PackagedApp app = new PackagedApp(process, log, port, Duration.ZERO);
      app.awaitHealthy(timeout);
      return new PackagedApp(process, log, port, Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  public Duration startupTime() {
    return startupTime;
  }

  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the application as an operator would (SIGTERM) and waits for it to exit. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Kills the application at once (SIGKILL), as a crash or an evicted container would end it. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  /** The application's process, e.g. to measure its memory. */
  public ProcessHandle process() {
    return process.toHandle();
  }

  public int exitCode() {
    return process.exitValue();
  }

  private void awaitHealthy(Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(baseUri().resolve("/health")).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application exited during startup:\n" + log());
      }
      try {
        HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
          return;
        }
      } catch (IOException notYetListening) {
        // the server is still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Polling.pause(Duration.ofMillis(200));
    }
    close();
    throw new IllegalStateException(
        "The application was not healthy within " + timeout + ":\n" + log());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
