package dev.waibao.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.Polling;
import dev.waibao.testing.TenderFixture;
import dev.waibao.testing.TestClock;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Saved searches raise one notification per newly published matching tender: never again for an
 * amendment, never twice when instances race, never beyond the daily limit, never after
 * unsubscribing, and never for a tender published before the search was saved.
 */
@MicronautTest(transactional = false)
class SavedSearchAlertsIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  @Inject DataSource dataSource;
  @Inject SavedSearchAlerts alerts;
  private Http http;
  private Accounts accounts;
  private TenderFixture tenders;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
    properties.put("waibao.matching.alerts-per-day", "3");
    properties.put("waibao.matching.alert-interval", "1h");
    return properties;
  }

  @BeforeAll
  void connect() {
    http = new Http(server, json);
    accounts = new Accounts(http);
    tenders = new TenderFixture(http, clock);
  }

  static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  private Map<String, Object> gisTender(String word) {
    Map<String, Object> body = tenders.body(Duration.ofDays(5));
    body.put("title", "地理信息平台 GIS mapping platform " + word);
    body.put("capabilities", List.of("ITO_GIS"));
    return body;
  }

  private String save(SignedIn vendor, String query, Map<String, Object> filters) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("name", "我的搜索 " + query);
    body.put("query", query);
    body.put("filters", filters);
    HttpResponse<String> saved = http.post("/api/saved-searches", body, vendor.accessToken());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    return (String) http.json(saved).get("id");
  }

  private String publishAndScan(SignedIn client, Map<String, Object> body) {
    String tender = tenders.publish(client, body);
    Instant until = Instant.now().plusSeconds(30);
    while (!scanned(tender)) {
      assertThat(Instant.now()).as("the tender was scanned in time").isBefore(until);
      alerts.scanNewTenders();
      Polling.pause(Duration.ofMillis(200));
    }
    return tender;
  }

  private List<Map<String, Object>> alertsAbout(SignedIn vendor, String tender) {
    return http.jsonList(http.get("/api/notifications", vendor.accessToken())).stream()
        .filter(n -> "SAVED_SEARCH_MATCH".equals(n.get("kind")) && tender.equals(n.get("tenderId")))
        .toList();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aNewMatchingTenderAlertsOnceAndAnAmendmentNever() {
    String word = uniqueWord();
    SignedIn client = accounts.register("CLIENT");
    SignedIn textAndFilter = accounts.register("VENDOR");
    SignedIn twoSearches = accounts.register("VENDOR");
    SignedIn otherText = accounts.register("VENDOR");
    SignedIn otherCategory = accounts.register("VENDOR");
    String search = save(textAndFilter, "mapping " + word, Map.of("category", List.of("ITO_GIS")));
    save(twoSearches, word, Map.of());
    save(twoSearches, "", Map.of("city", List.of("harbin"), "budgetMin", 1000000));
    save(otherText, "mapping " + word + "x", Map.of());
    save(otherCategory, word, Map.of("category", List.of("BPO_HR_MANAGEMENT")));

    String tender = publishAndScan(client, gisTender(word));

    List<Map<String, Object>> received = alertsAbout(textAndFilter, tender);
    assertThat(received).hasSize(1);
    assertThat((Map<String, Object>) received.getFirst().get("payload"))
        .containsEntry("savedSearchId", search)
        .containsEntry("title", "地理信息平台 GIS mapping platform " + word);
    assertThat(alertsAbout(twoSearches, tender)).as("one per tender, not per search").hasSize(1);
    assertThat(alertsAbout(otherText, tender)).isEmpty();
    assertThat(alertsAbout(otherCategory, tender)).isEmpty();

    HttpResponse<String> amended =
        http.call(
            "PATCH",
            "/api/tenders/" + tender,
            Map.of("description", "补充说明：新增 mapping 数据迁移 " + word),
            client.accessToken(),
            Map.of());
    assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      alerts.scanNewTenders();
      Polling.pause(Duration.ofMillis(200));
    }
    assertThat(alertsAbout(textAndFilter, tender)).hasSize(1);
  }

  @Test
  void instancesRacingOverOneTenderSendOneAlert() throws Exception {
    String word = uniqueWord();
    SignedIn client = accounts.register("CLIENT");
    SignedIn vendor = accounts.register("VENDOR");
    save(vendor, word, Map.of());
    String tender = tenders.publish(client, gisTender(word));
    Instant until = Instant.now().plusSeconds(30);
    while (!alerts.due().contains(UUID.fromString(tender))) {
      assertThat(Instant.now()).as("the tender was indexed in time").isBefore(until);
      Polling.pause(Duration.ofMillis(100));
    }

    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      racers.add(() -> alerts.scan(UUID.fromString(tender)));
    }
    List<Future<Boolean>> results = pool.invokeAll(racers);
    pool.shutdown();
    long winners = 0;
    for (Future<Boolean> result : results) {
      winners += result.get() ? 1 : 0;
    }

    assertThat(winners).isLessThanOrEqualTo(1);
    assertThat(alertsAbout(vendor, tender)).hasSize(1);
  }

  @Test
  void noMoreThanTheDailyLimitAndMoreTheNextDay() {
    String word = uniqueWord();
    SignedIn client = accounts.register("CLIENT");
    SignedIn vendor = accounts.register("VENDOR");
    save(vendor, word, Map.of());
    List<String> published = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      published.add(publishAndScan(client, gisTender(word)));
    }

    assertThat(published.stream().filter(t -> !alertsAbout(vendor, t).isEmpty()).count())
        .as("the limit is 3 a day")
        .isEqualTo(3);
    assertThat(alertsAbout(vendor, published.getLast())).isEmpty();

    clock.advance(Duration.ofDays(1));
    String tomorrow = publishAndScan(client, gisTender(word));
    assertThat(alertsAbout(vendor, tomorrow)).hasSize(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void unsubscribedOrLaterSearchesAreNotAlerted() {
    String word = uniqueWord();
    SignedIn client = accounts.register("CLIENT");
    SignedIn vendor = accounts.register("VENDOR");
    String search = save(vendor, word, Map.of());
    HttpResponse<String> unsubscribed =
        http.post("/api/saved-searches/" + search + "/unsubscribe", null, vendor.accessToken());
    assertThat(unsubscribed.statusCode()).isEqualTo(200);
    assertThat(http.json(unsubscribed)).containsEntry("alerts", false);

    String tender = publishAndScan(client, gisTender(word));
    SignedIn late = accounts.register("VENDOR");
    save(late, word, Map.of());
    for (int i = 0; i < 3; i++) {
      alerts.scanNewTenders();
    }

    assertThat(alertsAbout(vendor, tender)).isEmpty();
    assertThat(alertsAbout(late, tender)).isEmpty();
    List<Map<String, Object>> mine =
        http.jsonList(http.get("/api/saved-searches", vendor.accessToken()));
    assertThat(mine).hasSize(1);
    assertThat(mine.getFirst()).containsEntry("alerts", false);
  }

  @Test
  @SuppressWarnings("unchecked")
  void savedSearchesAreTheVendorsOwnAndValidated() {
    SignedIn vendor = accounts.register("VENDOR");
    SignedIn other = accounts.register("VENDOR");
    SignedIn client = accounts.register("CLIENT");
    String search = save(vendor, "呼叫中心", Map.of("industry", List.of("FINANCE")));

    HttpResponse<String> invalid =
        http.post(
            "/api/saved-searches",
            Map.of(
                "name",
                " ",
                "filters",
                Map.of("category", List.of("not a code!"), "budgetMin", 10, "budgetMax", 5)),
            vendor.accessToken());
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat((List<Map<String, Object>>) http.json(invalid).get("errors"))
        .extracting(error -> error.get("field"))
        .contains("filters.category[0]", "filters.budgetMin");
    assertThat(
            http.post("/api/saved-searches", Map.of("name", "x"), client.accessToken())
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.call(
                    "PATCH",
                    "/api/saved-searches/" + search,
                    Map.of("alerts", false),
                    other.accessToken(),
                    Map.of())
                .statusCode())
        .isEqualTo(404);
    assertThat(http.jsonList(http.get("/api/saved-searches", other.accessToken()))).isEmpty();
    assertThat(
            http.call(
                    "DELETE", "/api/saved-searches/" + search, null, vendor.accessToken(), Map.of())
                .statusCode())
        .isEqualTo(204);
    assertThat(http.jsonList(http.get("/api/saved-searches", vendor.accessToken()))).isEmpty();
  }

  private boolean scanned(String tender) {
    try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT 1 FROM saved_search_scan WHERE tender_id = CAST(? AS uuid)")) {
      query.setString(1, tender);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
