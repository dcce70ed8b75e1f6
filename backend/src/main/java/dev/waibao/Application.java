package dev.waibao;

import dev.waibao.generator.DataGenerator;
import dev.waibao.generator.GenerateOptions;
import dev.waibao.shared.database.EmbeddedDatabase;
import dev.waibao.shared.database.EmbeddedDatabaseSettings;
import dev.waibao.shared.security.SigningSecret;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Waibao: an embedded PostgreSQL when no database is configured, then the web application.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Waibao API",
            version = "0.1",
            description =
                "Service-outsourcing park and tender marketplace: tenders, bids, parks, vendors,"
                    + " subsidies and statistics."))
public final class Application {

  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  /** Longer than the graceful-shutdown grace period, so requests in flight can still commit. */
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(40);

  private Application() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    // Lucene suggests a JVM flag for faster vector search; Waibao does no vector search.
    java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization")
        .setLevel(java.util.logging.Level.SEVERE);
    EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.fromEnvironment(System.getenv());
    Map<String, Object> properties = new HashMap<>();
    properties.put("waibao.data-dir", settings.dataDir().toString());
    properties.put(
        SigningSecret.PROPERTY, SigningSecret.resolve(System.getenv(), settings.dataDir()));
    // demonstration data only where nobody configured a database of their own
    properties.put(
        "waibao.demo.enabled",
        settings.embedded() && !"false".equals(System.getenv("WAIBAO_DEMO")));
    String sharedSecret = System.getenv(SigningSecret.ENVIRONMENT_VARIABLE);
    if (!settings.embedded() && (sharedSecret == null || sharedSecret.isBlank())) {
      LOG.warn(
          "{} is not set: this instance signs tokens with a secret of its own, so sessions do not"
              + " carry over to other instances of the same database",
          SigningSecret.ENVIRONMENT_VARIABLE);
    }
    boolean generate = args.length > 0 && "generate".equals(args[0]);
    GenerateOptions generateOptions = null;
    if (generate) {
      try {
        generateOptions = GenerateOptions.parse(List.of(args).subList(1, args.length));
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        System.exit(2);
        return;
      }
      // generated data only; demonstration data would mix with it
      properties.put("waibao.demo.enabled", false);
    }
    AtomicReference<ApplicationContext> context = new AtomicReference<>();
    if (settings.embedded()) {
      EmbeddedDatabase database = EmbeddedDatabase.start(settings.dataDir().resolve("postgres"));
      stopAfterContext(context, database);
      properties.putAll(database.datasourceProperties());
    }
    if (generate) {
      generate(properties, generateOptions, started);
      return;
    }
    context.set(Micronaut.build(args).properties(properties).start());
    LOG.info(
        "Waibao is ready at {} (started in {} ms, data in {})",
        context
            .get()
            .findBean(EmbeddedServer.class)
            .map(server -> "http://localhost:" + server.getPort() + "/")
            .orElse("(no HTTP server)"),
        (System.nanoTime() - started) / 1_000_000,
        settings.embedded() ? settings.dataDir() : "the configured database");
  }

  /**
   * Runs the {@code generate} command in an application context without the HTTP server, then
   * exits; the embedded database (if any) stops with the JVM's shutdown hook.
   */
  private static void generate(
      Map<String, Object> properties, GenerateOptions options, long started) {
    int status = 0;
    try (ApplicationContext generator =
        ApplicationContext.builder().properties(properties).start()) {
      DataGenerator.Summary summary = generator.getBean(DataGenerator.class).generate(options);
      summary.rows().forEach((what, count) -> LOG.info("Generated {}: {}", what, count));
      summary.took().forEach((what, took) -> LOG.info("Took {}: {} s", what, took.toSeconds()));
      LOG.info("Generated in {} s", (System.nanoTime() - started) / 1_000_000_000L);
    } catch (RuntimeException e) {
      LOG.error("Generating data failed", e);
      status = 1;
    }
    System.exit(status);
  }

  /**
   * Micronaut's own shutdown hook stops the context gracefully (in-flight requests finish); the
   * embedded PostgreSQL must outlive that, so it is stopped only once the context has stopped, or
   * at once if the context never started.
   */
  private static void stopAfterContext(
      AtomicReference<ApplicationContext> context, EmbeddedDatabase database) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
                  ApplicationContext running = context.get();
                  while (running != null && running.isRunning() && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
                  }
                  database.close();
                },
                "waibao-embedded-postgres-stop"));
  }
}
