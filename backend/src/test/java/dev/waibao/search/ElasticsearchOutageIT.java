package dev.waibao.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.search.internal.IndexMaintenance;
import dev.waibao.searchindex.DocumentVersion;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.TenderDocument;
import dev.waibao.searchindex.testing.ElasticsearchTestServer;
import dev.waibao.tenders.application.Tenders;
import dev.waibao.testing.Accounts;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.Polling;
import dev.waibao.testing.ServiceTenders;
import dev.waibao.testing.TestClock;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elasticsearch goes away while 1,000 tenders are published and 100 of them amended; once it is
 * back, the index holds exactly the database's tenders in their current versions within 30 s.
 */
@MicronautTest(transactional = false)
class ElasticsearchOutageIT extends IntegrationTest {

  private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchOutageIT.class);
  private static final int PUBLISHED = 1_000;
  private static final int AMENDED = 100;
  private static final Duration CATCH_UP = Duration.ofSeconds(30);

  private ElasticsearchTestServer elasticsearch;

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  @Inject SearchEngine engine;
  @Inject Tenders tenderService;
  @Inject IndexMaintenance maintenance;
  @Inject DataSource dataSource;

  @Override
  public Map<String, String> getProperties() {
    elasticsearch = ElasticsearchTestServer.startDedicated();
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("waibao.search.engine", "elasticsearch");
    properties.put("waibao.search.elasticsearch-url", elasticsearch.baseUrl().toString());
    return properties;
  }

  @AfterAll
  void stopElasticsearch() {
    elasticsearch.close();
  }

  @Test
  void afterAnOutageTheIndexMatchesTheDatabaseWithinThirtySeconds() throws Exception {
    Http http = new Http(server, json);
    Accounts.SignedIn client = new Accounts(http).register("CLIENT");
    ServiceTenders tenders = new ServiceTenders(tenderService, clock, client);
    String marker = "o" + client.userId().substring(0, 8);
    assertThat(maintenance.rebuildNow(TenderDocument.INDEX).status())
        .as("the index starts from every tender of the shared database")
        .isEqualTo("SUCCEEDED");

    elasticsearch.stopNode();
    assertThat(http.get("/api/search/tenders?q=" + marker).statusCode())
        .as("search says it is unavailable, not a 500")
        .isEqualTo(503);
    long started = System.nanoTime();
    List<UUID> ids = publishConcurrently(tenders, marker);
    for (UUID id : ids.subList(0, AMENDED)) {
      tenders.retitle(id, "停机期间修改 amended during the outage " + marker);
    }
    LOG.info(
        "Published {} and amended {} tenders during the outage in {} ms",
        PUBLISHED,
        AMENDED,
        (System.nanoTime() - started) / 1_000_000);
    assertThat(pending()).as("the changes wait in the outbox").isGreaterThan(0);

    elasticsearch.restartNode();
    long back = System.nanoTime();
    long deadline = back + CATCH_UP.toNanos();
    IndexMaintenance.Consistency report = maintenance.consistency(TenderDocument.INDEX);
    while (!report.consistent() && System.nanoTime() < deadline) {
      Polling.pause(Duration.ofMillis(250));
      report = consistencyOrNull();
    }
    long caughtUpMillis = (System.nanoTime() - back) / 1_000_000;
    LOG.info("The index matched the database {} ms after Elasticsearch came back", caughtUpMillis);

    assertThat(report.consistent()).as(report.toString()).isTrue();
    assertThat(report.databaseDocuments()).isGreaterThanOrEqualTo(PUBLISHED);
    Map<String, Long> database = databaseVersions(ids);
    Map<String, Long> indexed =
        engine
            .idsAndVersions(TenderDocument.INDEX, SearchEngine.MAX_SCAN_PAGE)
            .filter(version -> database.containsKey(version.id()))
            .collect(Collectors.toMap(DocumentVersion::id, DocumentVersion::version));
    assertThat(indexed).isEqualTo(database);
    assertThat(ids.subList(0, AMENDED))
        .allSatisfy(
            id ->
                assertThat(indexed.get(id.toString()))
                    .isGreaterThan(indexed.get(ids.get(PUBLISHED - 1).toString())));
    assertThat(http.get("/api/search/tenders?size=1&q=" + marker).body())
        .contains("\"total\":" + PUBLISHED);
  }

  private IndexMaintenance.Consistency consistencyOrNull() {
    try {
      return maintenance.consistency(TenderDocument.INDEX);
    } catch (RuntimeException stillStarting) {
      return new IndexMaintenance.Consistency(
          TenderDocument.INDEX,
          null,
          0,
          0,
          new IndexMaintenance.Difference(0, List.of()),
          new IndexMaintenance.Difference(0, List.of()),
          new IndexMaintenance.Difference(0, List.of()),
          0,
          false);
    }
  }

  private List<UUID> publishConcurrently(ServiceTenders tenders, String marker) throws Exception {
    List<UUID> ids = Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<UUID>> futures = new ArrayList<>();
      for (int i = 0; i < PUBLISHED; i++) {
        String title = "停机期间发布 published during the outage " + marker + " " + i;
        futures.add(pool.submit(() -> tenders.publish(title)));
      }
      for (Future<UUID> future : futures) {
        ids.add(future.get());
      }
    }
    return new ArrayList<>(ids);
  }

  private long pending() throws SQLException {
    try (Connection connection = unwrap().getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT count(*) FROM search_outbox WHERE index_name = 'tenders'");
        ResultSet rows = count.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private Map<String, Long> databaseVersions(List<UUID> ids) throws SQLException {
    Map<String, Long> versions = new HashMap<>();
    try (Connection connection = unwrap().getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT id, version FROM tender WHERE id = ANY(?)")) {
      query.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          versions.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    assertThat(versions).hasSize(ids.size());
    return versions;
  }

  private DataSource unwrap() {
    return DelegatingDataSource.unwrapDataSource(dataSource);
  }
}
