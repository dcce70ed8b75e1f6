package dev.waibao.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.search.internal.OutboxRelay;
import dev.waibao.searchindex.Filter;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.TenderDocument;
import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.SearchIndexing;
import dev.waibao.testing.TenderFixture;
import dev.waibao.testing.TestClock;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SearchOutboxIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  @Inject OutboxRelay relay;
  @Inject SearchEngine engine;
  @Inject DataSource dataSource;
  private Http http;
  private Accounts accounts;
  private TenderFixture tenders;

  @BeforeAll
  void connect() {
    http = new Http(server, json);
    accounts = new Accounts(http);
    tenders = new TenderFixture(http, clock);
  }

  private void drain() {
    SearchIndexing.drain(relay, engine, TenderDocument.INDEX);
  }

  @Test
  void aPublishedTenderBecomesSearchableAndADraftNever() {
    SignedIn client = accounts.register("CLIENT");
    Map<String, Object> body = tenders.body(Duration.ofDays(3));
    body.put("title", "齐齐哈尔装备制造嵌入式软件 Qiqihar embedded " + client.userId());
    String draft =
        (String) http.json(http.post("/api/tenders", body, client.accessToken())).get("id");
    drain();
    assertThat(engine.search(TenderDocument.INDEX, SearchQuery.matching(client.userId())).ids())
        .doesNotContain(draft);

    String published = tenders.publish(client, body);
    drain();

    assertThat(engine.search(TenderDocument.INDEX, SearchQuery.matching(client.userId())).ids())
        .containsExactly(published);
    assertThat(
            engine
                .search(
                    TenderDocument.INDEX,
                    SearchQuery.matching("嵌入式")
                        .filteredBy(Filter.anyOf(TenderDocument.STATUS, "ACTIVE")))
                .ids())
        .contains(published);
  }

  @Test
  void aCancelledTenderIsIndexedWithItsNewStatus() {
    SignedIn client = accounts.register("CLIENT");
    Map<String, Object> body = tenders.body(Duration.ofDays(3));
    body.put("title", "取消测试 " + client.userId());
    String id = tenders.publish(client, body);
    drain();

    http.post("/api/tenders/" + id + "/cancel", Map.of("reason", "预算取消"), client.accessToken());
    drain();

    var hits =
        engine.search(
            TenderDocument.INDEX,
            SearchQuery.matching(client.userId())
                .filteredBy(Filter.anyOf(TenderDocument.STATUS, "CANCELLED")));
    assertThat(hits.ids()).containsExactly(id);
  }

  @Test
  void aChangeWrittenByAnInstanceWhoseClockRunsAheadIsRelayedAtOnce() throws SQLException {
    SignedIn client = accounts.register("CLIENT");
    Map<String, Object> body = tenders.body(Duration.ofDays(3));
    body.put("title", "时钟偏差 clock skew " + client.userId());
    String id = tenders.publish(client, body);
    drain();
    // another instance, its clock a day ahead, records a change of the same tender
    OffsetDateTime ahead = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
    try (Connection connection =
            io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                    dataSource)
                .getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO search_outbox (index_name, document_id, enqueued_at, next_attempt_at)"
                    + " VALUES (?, ?, ?, ?)")) {
      insert.setString(1, TenderDocument.INDEX);
      insert.setString(2, id);
      insert.setObject(3, ahead);
      insert.setObject(4, ahead);
      insert.executeUpdate();
    }

    drain();

    assertThat(relay.lag().pending()).isZero();
    assertThat(engine.search(TenderDocument.INDEX, SearchQuery.matching(client.userId())).ids())
        .containsExactly(id);
  }
}
