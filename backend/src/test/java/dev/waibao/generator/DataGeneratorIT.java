package dev.waibao.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.TenderDocument;
import dev.waibao.shared.database.EmbeddedDatabase;
import dev.waibao.shared.security.SigningSecret;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke run of the benchmark data generator on tiny data, in a database of its own (the shared
 * test database must not gain thousands of rows other tests would count).
 */
@DisplayName("data generator")
class DataGeneratorIT {

  @TempDir Path dir;

  @Test
  @DisplayName("loads a small marketplace, indexes its public tenders, and its tokens can bid")
  void loadsIndexesAndHandsOutWorkingTokens() throws Exception {
    try (var database = EmbeddedDatabase.startThrowaway(dir.resolve("postgres"))) {
      Map<String, Object> properties = new HashMap<>(database.datasourceProperties());
      properties.put("waibao.data-dir", dir.resolve("data").toString());
      properties.put("waibao.demo.enabled", false);
      properties.put("micronaut.server.port", -1);
      properties.put(SigningSecret.PROPERTY, "generator-test-signing-secret-0123456789abcdef");
      try (var context = ApplicationContext.builder().properties(properties).start()) {
        Path out = dir.resolve("bench.tsv");
        var options = new GenerateOptions(3, 40, 6, 500, 900, 4, 5, 7, true, out, false);

        DataGenerator.Summary summary = context.getBean(DataGenerator.class).generate(options);

        long publicTenders;
        try (var connection =
                DriverManager.getConnection(
                    (String) properties.get("datasources.default.url"),
                    (String) properties.get("datasources.default.username"),
                    (String) properties.get("datasources.default.password"));
            var statement = connection.createStatement()) {
          assertThat(count(statement, "SELECT count(*) FROM park")).isEqualTo(3);
          assertThat(count(statement, "SELECT count(*) FROM vendor_profile")).isEqualTo(40);
          assertThat(count(statement, "SELECT count(*) FROM vendor_capability")).isGreaterThan(40);
          assertThat(count(statement, "SELECT count(*) FROM certification")).isPositive();
          assertThat(count(statement, "SELECT count(*) FROM tender")).isEqualTo(500);
          assertThat(count(statement, "SELECT count(*) FROM bid")).isEqualTo(900);
          assertThat(
                  count(
                      statement,
                      "SELECT count(*) FROM bid b JOIN tender t ON t.id = b.tender_id"
                          + " WHERE t.status NOT IN ('EVALUATION', 'AWARDED')"))
              .isZero();
          assertThat(count(statement, "SELECT count(DISTINCT status) FROM tender")).isEqualTo(6);
          publicTenders = count(statement, "SELECT count(*) FROM tender WHERE status <> 'DRAFT'");
        }
        assertThat(summary.rows()).containsEntry("indexed tenders", publicTenders);
        assertThat(summary.rows()).containsEntry("indexed vendors", 40L);
        SearchEngine engine = context.getBean(SearchEngine.class);
        assertThat(engine.search(TenderDocument.INDEX, SearchQuery.all()).totalHits())
            .isEqualTo(publicTenders);
        assertThat(engine.search(TenderDocument.INDEX, SearchQuery.matching("基准招标")).totalHits())
            .isEqualTo(4);

        List<String> lines = Files.readAllLines(out);
        String vendorToken = value(lines, "vendor");
        String hotTender = value(lines, "tender");
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        try {
          HttpResponse<String> bid =
              HttpClient.newHttpClient()
                  .send(
                      HttpRequest.newBuilder(
                              URI.create(server.getURL() + "/api/tenders/" + hotTender + "/bids"))
                          .header("Authorization", "Bearer " + vendorToken)
                          .header("Content-Type", "application/json")
                          .POST(
                              HttpRequest.BodyPublishers.ofString(
                                  "{\"price\": 100000, \"durationDays\": 90,"
                                      + " \"proposal\": \"smoke\"}"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
          assertThat(bid.statusCode()).as(bid.body()).isEqualTo(201);
        } finally {
          server.stop();
        }
      }
    }
  }

  private static long count(java.sql.Statement statement, String query) throws Exception {
    try (var result = statement.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static String value(List<String> lines, String kind) {
    return lines.stream()
        .filter(line -> line.startsWith(kind + "\t"))
        .map(line -> line.substring(kind.length() + 1))
        .findFirst()
        .orElseThrow();
  }
}
