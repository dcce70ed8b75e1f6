package dev.waibao.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the browser scripts of {@code frontend/e2e} (playwright-core driving Debian's Chromium)
 * against a running application. Without Chromium the test is skipped with one clear line, unless
 * {@code -De2e.required=true} (as in CI) makes that a failure.
 */
public final class BrowserScripts {

  private static final Logger LOG = LoggerFactory.getLogger(BrowserScripts.class);
  private static final List<String> CHROMIUM_NAMES = List.of("chromium", "chromium-browser");

  private final Path frontendDir;
  private final Path chromium;
  private final Path node;

  private BrowserScripts(Path frontendDir, Path chromium, Path node) {
    this.frontendDir = frontendDir;
    this.chromium = chromium;
    this.node = node;
  }

  /** Finds Chromium, Node.js and playwright-core, or skips (or fails, in CI) saying what lacks. */
  public static BrowserScripts locate() {
    Path frontendDir = Path.of(System.getProperty("waibao.frontend.dir", "../frontend"));
    boolean required = Boolean.getBoolean("e2e.required");
    Optional<Path> chromium = CHROMIUM_NAMES.stream().flatMap(BrowserScripts::onPath).findFirst();
    Optional<Path> node =
        Stream.concat(
                Stream.of(frontendDir.resolve("node/node")).filter(Files::isExecutable),
                onPath("node"))
            .findFirst();
    String missing = null;
    if (chromium.isEmpty()) {
      missing = "no Chromium on PATH (install Debian's chromium package)";
    } else if (node.isEmpty()) {
      missing = "no Node.js (frontend/node/node or node on PATH)";
    } else if (!Files.isDirectory(frontendDir.resolve("node_modules/playwright-core"))) {
      missing = "playwright-core is not installed in " + frontendDir + " (build the frontend)";
    }
    if (missing != null) {
      if (required) {
        fail("Browser test required (-De2e.required=true) but " + missing);
      }
      LOG.warn("Browser test SKIPPED: {}", missing);
      Assumptions.abort("Browser test skipped: " + missing);
    }
    return new BrowserScripts(frontendDir, chromium.get(), node.get());
  }

  /**
   * Runs {@code frontend/e2e/<script>} against {@code baseUri}; screenshots go to {@code
   * target/e2e}. Fails the test with the script's output if it does not exit 0.
   */
  public String run(String script, URI baseUri) {
    return run(script, baseUri, java.util.Map.of());
  }

  /** Runs a script with extra environment variables (e.g. the phase of a longer journey). */
  public String run(String script, URI baseUri, java.util.Map<String, String> environment) {
    Path screenshots = Path.of("target", "e2e").toAbsolutePath();
    try {
      Files.createDirectories(screenshots);
      Path output = Files.createTempFile("waibao-e2e", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(node.toString(), "e2e/" + script)
              .directory(frontendDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      builder.environment().put("WAIBAO_BASE_URL", baseUri.toString().replaceAll("/$", ""));
      builder.environment().put("CHROMIUM_PATH", chromium.toString());
      builder.environment().put("SCREENSHOT_DIR", screenshots.toString());
      builder.environment().putAll(environment);
      Process process = builder.start();
      boolean finished = process.waitFor(5, TimeUnit.MINUTES);
      if (!finished) {
        process.destroyForcibly();
      }
      String log = Files.readString(output, StandardCharsets.UTF_8);
      Files.delete(output);
      LOG.info("Browser script {}:\n{}", script, log);
      if (!finished || process.exitValue() != 0) {
        fail("Browser script " + script + " failed:\n" + log);
      }
      return log;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Stream<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable);
  }
}
