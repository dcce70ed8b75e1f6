package dev.waibao.testing;

import dev.waibao.shared.database.EmbeddedDatabase;
import java.nio.file.Path;
import java.util.Map;

/**
 * One real PostgreSQL per test JVM, started on first use in a throw-away directory: tests share the
 * server and keep their data apart by creating their own rows.
 */
public final class TestDatabase {

  private static EmbeddedDatabase database;

  private TestDatabase() {}

  public static synchronized Map<String, Object> datasourceProperties() {
    if (database == null) {
      Path directory = TemporaryDirectories.create("waibao-test-postgres");
      database = EmbeddedDatabase.startThrowaway(directory.resolve("postgres"));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    database.close();
                    TemporaryDirectories.delete(directory);
                  },
                  "waibao-test-postgres-stop"));
    }
    return database.datasourceProperties();
  }
}
