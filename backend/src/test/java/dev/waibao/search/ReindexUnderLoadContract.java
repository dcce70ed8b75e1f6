package dev.waibao.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.search.internal.OutboxRelay;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.TenderDocument;
import dev.waibao.tenders.application.Tenders;
import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.Polling;
import dev.waibao.testing.SearchIndexing;
import dev.waibao.testing.ServiceTenders;
import dev.waibao.testing.TestClock;
import dev.waibao.testing.TheAuthority;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An index rebuilt from the database while searches run and tenders are published: every search
 * answers, and every tender published during the rebuild is found after it. Runs on each engine.
 */
abstract class ReindexUnderLoadContract extends IntegrationTest {

  private static final int BEFORE = 60;

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  @Inject OutboxRelay relay;
  @Inject SearchEngine engine;
  @Inject Tenders tenderService;
  Http http;
  Accounts accounts;
  SignedIn authority;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.putAll(TheAuthority.bootstrapProperties());
    // small pages make the rebuild long enough to overlap with the load
    properties.put("waibao.search.rebuild-page-size", "10");
    return properties;
  }

  @BeforeAll
  void connect() {
    http = new Http(server, json);
    accounts = new Accounts(http);
    authority = TheAuthority.signIn(accounts);
  }

  void drain() {
    SearchIndexing.drain(relay, engine, TenderDocument.INDEX);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> rebuildTenders() {
    HttpResponse<String> started =
        http.post("/api/search/indexes/tenders/reindex", null, authority.accessToken());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = (String) http.json(started).get("id");
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (true) {
      Map<String, Object> rebuild =
          http.json(http.get("/api/search/rebuilds/" + id, authority.accessToken()));
      if (!"RUNNING".equals(rebuild.get("status"))) {
        return rebuild;
      }
      assertThat(System.nanoTime()).as("the rebuild ends within 3 minutes").isLessThan(deadline);
      Polling.pause(Duration.ofMillis(50));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void searchesKeepAnsweringAndTendersPublishedDuringTheRebuildAreFoundAfterIt()
      throws InterruptedException {
    SignedIn client = accounts.register("CLIENT");
    ServiceTenders tenders = new ServiceTenders(tenderService, clock, client);
    String marker = "r" + client.userId().substring(0, 8);
    for (int i = 0; i < BEFORE; i++) {
      tenders.publish("重建前 before " + marker + " " + i);
    }
    drain();
    String servedBefore = engine.aliasTarget(TenderDocument.INDEX).orElseThrow();

    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger searches = new AtomicInteger();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<UUID> publishedDuring = new ConcurrentLinkedQueue<>();
    String query = "/api/search/tenders?size=5&q=" + encode("before " + marker);
    Runnable searcher =
        () -> {
          while (!done.get()) {
            HttpResponse<String> response = http.get(query);
            searches.incrementAndGet();
            if (response.statusCode() != 200) {
              failures.add(response.statusCode() + " " + response.body());
            } else if (((Number) http.json(response).get("total")).intValue() != BEFORE) {
              failures.add("total " + http.json(response).get("total"));
            }
          }
        };
    Runnable publisher =
        () -> {
          int n = 0;
          while (!done.get()) {
            publishedDuring.add(tenders.publish("重建中 during " + marker + " " + n++));
          }
        };
    List<Thread> load =
        List.of(
            Thread.ofPlatform().start(searcher),
            Thread.ofPlatform().start(searcher),
            Thread.ofPlatform().start(publisher));
    Map<String, Object> rebuild;
    int searchesBefore;
    try {
      Polling.pause(Duration.ofMillis(200));
      searchesBefore = searches.get();
      rebuild = rebuildTenders();
    } finally {
      done.set(true);
      for (Thread thread : load) {
        thread.join();
      }
    }

    assertThat(rebuild).containsEntry("status", "SUCCEEDED");
    assertThat(failures).as("every search during the rebuild answered in full").isEmpty();
    assertThat(searches.get()).as("searches ran during the rebuild").isGreaterThan(searchesBefore);
    assertThat(publishedDuring)
        .as("tenders were published during the rebuild")
        .hasSizeGreaterThan(2);
    String servedAfter = engine.aliasTarget(TenderDocument.INDEX).orElseThrow();
    assertThat(servedAfter).isEqualTo(rebuild.get("newVersion")).isNotEqualTo(servedBefore);
    assertThat(engine.indexVersions(TenderDocument.INDEX)).containsExactly(servedAfter);

    drain();
    Map<String, Object> page =
        http.json(http.get("/api/search/tenders?size=100&q=" + encode("during " + marker)));
    assertThat(((Number) page.get("total")).intValue()).isEqualTo(publishedDuring.size());
    Map<String, Object> report =
        http.json(http.get("/api/search/indexes/tenders/consistency", authority.accessToken()));
    assertThat(report).as(report.toString()).containsEntry("consistent", true);
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
