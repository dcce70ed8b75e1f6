package dev.waibao.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.shared.database.EmbeddedDatabase;
import dev.waibao.testing.PackagedApp;
import dev.waibao.testing.TemporaryDirectories;
import dev.waibao.testing.TestDatabase;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The jar a user runs: its size, its embedded mode, and its configured-database mode. */
class PackagedAppIT {

  private static final Logger LOG = LoggerFactory.getLogger(PackagedAppIT.class);
  private static final long MAX_JAR_BYTES = 120L * 1024 * 1024;

  private Path dataDir;

  @BeforeEach
  void createDataDir() {
    dataDir = TemporaryDirectories.create("waibao-packaged").resolve("data");
  }

  @AfterEach
  void deleteDataDir() {
    TemporaryDirectories.delete(dataDir.getParent());
  }

  @Test
  void jarIsSmallerThan120Megabytes() throws IOException {
    long size = Files.size(PackagedApp.jar());

    LOG.info("waibao.jar is {} MB", size / (1024 * 1024));
    assertThat(size).isLessThan(MAX_JAR_BYTES);
  }

  @Test
  void embeddedModeServesTheWebAppAndKeepsItsDataBetweenStarts() throws Exception {
    try (PackagedApp app = PackagedApp.start(dataDir, Map.of())) {
      LOG.info("Embedded cold start to healthy: {} ms", app.startupTime().toMillis());
      HttpResponse<String> page = get(app, "/");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<div id=\"root\">");
      assertThat(app.log()).contains("Embedded PostgreSQL").contains("with new data");
      HttpResponse<String> demoSignIn =
          post(
              app,
              "/api/auth/sign-in",
              "{\"email\":\"client@demo.waibao.example\",\"password\":\"Waibao-demo-2026\"}");
      assertThat(demoSignIn.statusCode()).as(demoSignIn.body()).isEqualTo(200);
    }
    String firstMigration = markDatabase();

    try (PackagedApp app = PackagedApp.start(dataDir, Map.of())) {
      assertThat(app.log()).contains("with existing data");
      assertThat(get(app, "/health").body()).contains("\"status\":\"UP\"");
    }

    try (EmbeddedDatabase database = EmbeddedDatabase.startThrowaway(dataDir.resolve("postgres"));
        Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
      assertThat(query(connection, "SELECT count(*) FROM persistence_probe")).isEqualTo("1");
      assertThat(query(connection, firstMigrationQuery())).isEqualTo(firstMigration);
    }
  }

  @Test
  void configuredDatabaseStartsNoEmbeddedOne() throws Exception {
    Map<String, String> environment = new HashMap<>();
    Map<String, Object> datasource = TestDatabase.datasourceProperties();
    environment.put("DATASOURCES_DEFAULT_URL", (String) datasource.get("datasources.default.url"));
    environment.put(
        "DATASOURCES_DEFAULT_USERNAME", (String) datasource.get("datasources.default.username"));
    environment.put(
        "DATASOURCES_DEFAULT_PASSWORD", (String) datasource.get("datasources.default.password"));

    try (PackagedApp app = PackagedApp.start(dataDir, environment)) {
      assertThat(get(app, "/health").body()).contains("\"database\"").contains("\"status\":\"UP\"");
      assertThat(app.log()).doesNotContain("Embedded PostgreSQL");
      assertThat(
              post(
                      app,
                      "/api/auth/sign-in",
                      "{\"email\":\"client@demo.waibao.example\",\"password\":\"Waibao-demo-2026\"}")
                  .statusCode())
          .as("no demonstration accounts where a database was configured")
          .isEqualTo(401);
    }
    assertThat(dataDir.resolve("postgres")).doesNotExist();
  }

  /** Leaves a row the application does not know about, and returns when migrations first ran. */
  private String markDatabase() throws SQLException {
    try (EmbeddedDatabase database = EmbeddedDatabase.startThrowaway(dataDir.resolve("postgres"));
        Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE persistence_probe (written_at timestamptz NOT NULL)");
      statement.execute("INSERT INTO persistence_probe VALUES (now())");
      return query(connection, firstMigrationQuery());
    }
  }

  private static String firstMigrationQuery() {
    return "SELECT min(installed_on)::text FROM flyway_schema_history";
  }

  private static String query(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }

  private static HttpResponse<String> post(PackagedApp app, String path, String json)
      throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(
          HttpRequest.newBuilder(app.baseUri().resolve(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private static HttpResponse<String> get(PackagedApp app, String path) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(
          HttpRequest.newBuilder(app.baseUri().resolve(path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
