package dev.waibao.shared.database;

import java.nio.file.Path;
import java.util.Map;

/**
 * Decides, before the application context exists, whether Waibao runs its own PostgreSQL: only when
 * no datasource URL is configured, so a configured server is never shadowed by an embedded one.
 *
 * @param embedded whether to start the embedded PostgreSQL
 * @param dataDir where embedded data (database, search index, uploads) is kept between runs
 */
public record EmbeddedDatabaseSettings(boolean embedded, Path dataDir) {

  static final String DATASOURCE_URL_ENV = "DATASOURCES_DEFAULT_URL";
  static final String DATASOURCE_URL_PROPERTY = "datasources.default.url";
  static final String DATA_DIR_ENV = "WAIBAO_DATA_DIR";
  static final String DATA_DIR_PROPERTY = "waibao.data-dir";

  public static EmbeddedDatabaseSettings fromEnvironment(Map<String, String> environment) {
    boolean configured =
        hasText(environment.get(DATASOURCE_URL_ENV))
            || hasText(System.getProperty(DATASOURCE_URL_PROPERTY));
    String dataDir = System.getProperty(DATA_DIR_PROPERTY, environment.get(DATA_DIR_ENV));
    Path path = Path.of(hasText(dataDir) ? dataDir : "data").toAbsolutePath().normalize();
    return new EmbeddedDatabaseSettings(!configured, path);
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
