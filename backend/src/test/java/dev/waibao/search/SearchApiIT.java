package dev.waibao.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.search.internal.OutboxRelay;
import dev.waibao.searchindex.SearchEngine;
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
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest(transactional = false)
class SearchApiIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  @Inject OutboxRelay relay;
  @Inject SearchEngine engine;
  private Http http;
  private String marker;
  private String callCentre;
  private String gis;

  @BeforeAll
  void publishTenders() {
    http = new Http(server, json);
    Accounts accounts = new Accounts(http);
    TenderFixture tenders = new TenderFixture(http, clock);
    SignedIn client = accounts.register("CLIENT");
    marker = "m" + client.userId().substring(0, 8);
    Map<String, Object> first = tenders.body(Duration.ofDays(5));
    first.put("title", "呼叫中心外包服务 Call Centre " + marker);
    callCentre = tenders.publish(client, first);
    Map<String, Object> second = tenders.body(Duration.ofDays(9));
    second.put("title", "地理信息平台 GIS platform " + marker);
    second.put("description", "全市国土空间基础信息平台的数据治理。");
    second.put("city", "daqing");
    second.put("capabilities", List.of("ITO_GIS"));
    second.put("budgetMax", 20_000_000);
    gis = tenders.publish(client, second);
    SearchIndexing.drain(relay, engine, TenderDocument.INDEX);
  }

  @Test
  @SuppressWarnings("unchecked")
  void chineseTextMatchesInsideWordsWithHighlightsAndFacetCounts() {
    HttpResponse<String> response = http.get("/api/search/tenders?q=" + encode("呼叫 " + marker));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<String, Object> page = http.json(response);
    List<Map<String, Object>> hits = (List<Map<String, Object>>) page.get("hits");
    assertThat(hits).extracting(hit -> hit.get("id")).containsExactly(callCentre);
    assertThat(((Map<String, String>) hits.getFirst().get("highlights")).get("title"))
        .contains("<mark>呼叫</mark>中心");
    Map<String, List<Map<String, Object>>> facets =
        (Map<String, List<Map<String, Object>>>) page.get("facets");
    assertThat(facets.get("city")).containsExactly(Map.of("value", "harbin", "count", 1));
  }

  @Test
  @SuppressWarnings("unchecked")
  void filtersNarrowAndMultiSelectFacetsKeepTheirOwnCounts() {
    Map<String, Object> page =
        http.json(http.get("/api/search/tenders?q=" + marker + "&city=daqing&sort=deadline"));

    assertThat((List<Map<String, Object>>) page.get("hits"))
        .extracting(hit -> hit.get("id"))
        .containsExactly(gis);
    Map<String, List<Map<String, Object>>> facets =
        (Map<String, List<Map<String, Object>>>) page.get("facets");
    assertThat(facets.get("city"))
        .as("the city facet ignores the city filter, so other cities stay selectable")
        .containsExactlyInAnyOrder(
            Map.of("value", "harbin", "count", 1), Map.of("value", "daqing", "count", 1));
    assertThat(facets.get("budget")).contains(Map.of("value", "10M_AND_MORE", "count", 1));
  }

  @Test
  void englishIsCaseInsensitive() {
    assertThat(http.get("/api/search/tenders?q=" + encode("gis PLATFORM " + marker)).body())
        .contains(gis)
        .doesNotContain(callCentre);
  }

  @ParameterizedTest
  @CsvSource({
    "size=1000, size",
    "page=-1, page",
    "sort=cheapest, sort",
    "deadlineFrom=tomorrow, deadlineFrom",
    "budgetMin=9&budgetMax=1, budgetMin"
  })
  void malformedParametersAreBadRequestsNamingTheParameter(String query, String field) {
    HttpResponse<String> response = http.get("/api/search/tenders?" + query);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"\"呼叫", "title:(x OR y", "a && b || !c", "*?~^[]{}\\/", "-+:"})
  void reservedSyntaxIsSearchedAsTextNeverAnError(String hostile) {
    HttpResponse<String> response = http.get("/api/search/tenders?q=" + encode(hostile));

    assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
  }

  @Test
  void aTenKilobyteQueryIsRefused() {
    HttpResponse<String> response = http.get("/api/search/tenders?q=" + "x".repeat(10_000));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"q\"");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
