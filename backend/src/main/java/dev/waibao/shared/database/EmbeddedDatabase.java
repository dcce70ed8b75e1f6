package dev.waibao.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run by Waibao itself, so that one command starts everything. Its data
 * directory is kept between runs; only a fresh directory is initialised.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final String DATABASE = "postgres";
  private static final String USER = "postgres";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL on a free loopback port with its data in {@code dataDirectory}, durable: a
   * commit is on disk when it returns, and a crash loses nothing acknowledged. This is the server
   * people keep their data in.
   */
  public static EmbeddedDatabase start(Path dataDirectory) {
    return start(dataDirectory, true);
  }

  /**
   * Starts a server for data nobody keeps (tests): commits are not flushed to disk, which spares
   * every test the disk's latency, and a crash may corrupt the directory.
   */
  public static EmbeddedDatabase startThrowaway(Path dataDirectory) {
    return start(dataDirectory, false);
  }

  private static EmbeddedDatabase start(Path dataDirectory, boolean durable) {
    String flush = durable ? "on" : "off";
    try {
      Files.createDirectories(dataDirectory.getParent());
      boolean existing = Files.exists(dataDirectory.resolve("PG_VERSION"));
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              // stopped by its owner once nothing uses it any more, never behind its back
              .setRegisterShutdownHook(false)
              .setLocaleConfig("locale", "C.UTF-8")
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "100")
              // The embedded server's library turns these off, as suits tests; kept data needs
              // them.
              .setServerConfig("fsync", flush)
              .setServerConfig("synchronous_commit", flush)
              .setServerConfig("full_page_writes", flush)
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
      LOG.info(
          "Embedded PostgreSQL on port {} with {} data in {}",
          postgres.getPort(),
          existing ? "existing" : "new",
          dataDirectory);
      return new EmbeddedDatabase(postgres);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  /** The datasource settings that point the application at this server. */
  public Map<String, Object> datasourceProperties() {
    return Map.of(
        "datasources.default.url",
        jdbcUrl(),
        "datasources.default.username",
        USER,
        "datasources.default.password",
        "",
        "datasources.default.driver-class-name",
        "org.postgresql.Driver");
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl(USER, DATABASE);
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
