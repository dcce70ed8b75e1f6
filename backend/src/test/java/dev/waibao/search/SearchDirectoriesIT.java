package dev.waibao.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.firms.internal.CertificationExpiries;
import dev.waibao.search.internal.OutboxRelay;
import dev.waibao.searchindex.FirmDocument;
import dev.waibao.searchindex.ParkDocument;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.SearchIndexing;
import dev.waibao.testing.TestClock;
import dev.waibao.testing.TheAuthority;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vendors and parks reach the search index through the outbox and are found through the API. */
@MicronautTest(transactional = false)
class SearchDirectoriesIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  @Inject OutboxRelay relay;
  @Inject SearchEngine engine;
  @Inject CertificationExpiries expiries;
  private Http http;
  private Accounts accounts;
  private SignedIn authority;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.putAll(TheAuthority.bootstrapProperties());
    return properties;
  }

  @BeforeAll
  void connect() {
    http = new Http(server, json);
    accounts = new Accounts(http);
    authority = TheAuthority.signIn(accounts);
  }

  private void drain() {
    SearchIndexing.drain(relay, engine, FirmDocument.INDEX, ParkDocument.INDEX);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> hits(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("hits");
  }

  @SuppressWarnings("unchecked")
  private Map<String, List<Map<String, Object>>> facets(Map<String, Object> page) {
    return (Map<String, List<Map<String, Object>>>) page.get("facets");
  }

  private Map<String, Object> search(String path) {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return http.json(response);
  }

  private List<Object> ids(String path) {
    return hits(search(path)).stream().map(hit -> hit.get("id")).toList();
  }

  @Test
  void aVendorProfileIsFoundByTextFacetsAndFiltersWithPublicFieldsOnly() {
    SignedIn vendor = accounts.register("VENDOR");
    String marker = "v" + vendor.userId().substring(0, 8);
    Map<String, Object> profile = profile("哈尔滨呼叫中心外包服务有限公司 " + marker, 3200);
    saveProfile(vendor, profile);
    drain();

    Map<String, Object> page = search("/api/search/vendors?q=" + encode("呼叫 " + marker));

    assertThat(page).containsEntry("total", 1).containsEntry("page", 0).containsEntry("size", 20);
    Map<String, Object> hit = hits(page).getFirst();
    assertThat(hit).containsEntry("id", vendor.organisationId());
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) hit.get("fields");
    assertThat(fields)
        .containsEntry("sizeTier", "LARGE")
        .containsEntry("city", "daqing")
        .doesNotContainKeys("creditCode", "revenueBand", "caseStudies");
    assertThat(http.get("/api/search/vendors?q=" + marker).body())
        .doesNotContain("FROM_10M_TO_50M")
        .doesNotContain("creditCode");
    @SuppressWarnings("unchecked")
    Map<String, String> highlights = (Map<String, String>) hit.get("highlights");
    assertThat(highlights.get("nameZh")).contains("<mark>呼叫</mark>");
    assertThat(facets(page).get("languages"))
        .containsExactlyInAnyOrder(
            Map.of("value", "en", "count", 1),
            Map.of("value", "ja", "count", 1),
            Map.of("value", "zh", "count", 1));
    assertThat(facets(page).keySet())
        .containsExactly(
            "capabilities", "certifications", "city", "sizeTier", "languages", "markets");

    assertThat(ids("/api/search/vendors?q=" + marker + "&capability=ITO_GIS&market=JAPAN"))
        .containsExactly(vendor.organisationId());
    assertThat(ids("/api/search/vendors?q=" + marker + "&sizeTier=SMALL")).isEmpty();
    assertThat(ids("/api/search/vendors?q=" + marker + "&language=ko")).isEmpty();

    profile.put("headcount", 100);
    profile.put("city", "harbin");
    saveProfile(vendor, profile);
    drain();

    assertThat(ids("/api/search/vendors?q=" + marker + "&sizeTier=SMALL&city=harbin"))
        .as("a saved profile replaces the indexed one")
        .containsExactly(vendor.organisationId());
  }

  @Test
  void onlyVerifiedUnexpiredCertificationsAreIndexed() {
    SignedIn vendor = accounts.register("VENDOR");
    String marker = "c" + vendor.userId().substring(0, 8);
    saveProfile(vendor, profile("认证测试公司 " + marker, 120));
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    HttpResponse<String> added =
        http.post(
            "/api/vendor-profile/certifications",
            Map.of(
                "type",
                "CMMI",
                "level",
                5,
                "certificateNumber",
                "CERT-" + marker,
                "issuer",
                "CMMI Institute",
                "issuedOn",
                today.minusYears(2).toString(),
                "expiresOn",
                today.plusDays(10).toString()),
            vendor.accessToken());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    String certification = (String) http.json(added).get("id");
    drain();
    String withCmmi = "/api/search/vendors?q=" + marker + "&certification=CMMI";
    assertThat(ids(withCmmi)).as("unverified").isEmpty();

    HttpResponse<String> verified =
        http.post(
            "/api/certifications/" + certification + "/verify", null, authority.accessToken());
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    drain();
    assertThat(ids(withCmmi)).as("verified").containsExactly(vendor.organisationId());

    clock.advance(Duration.ofDays(12));
    assertThat(expiries.announce()).contains(UUID.fromString(vendor.organisationId()));
    assertThat(expiries.announce()).as("each expiry is announced once").isEmpty();
    drain();
    assertThat(ids(withCmmi)).as("expired without any write").isEmpty();
    assertThat(ids("/api/search/vendors?q=" + marker)).containsExactly(vendor.organisationId());
  }

  @Test
  void parksAreFoundByTextCityLevelAndAvailableArea() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    String marker = "p" + operator.userId().substring(0, 8);
    HttpResponse<String> created =
        http.post("/api/parks", park("松北呼叫中心产业园 " + marker, "harbin"), operator.accessToken());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String park = (String) http.json(created).get("id");
    drain();

    Map<String, Object> page = search("/api/search/parks?q=" + encode("呼叫 " + marker));
    assertThat(hits(page)).extracting(hit -> hit.get("id")).containsExactly(park);
    assertThat(facets(page).keySet()).containsExactly("city", "level", "focusCategories", "area");
    assertThat(facets(page).get("area")).contains(Map.of("value", "UNDER_1000", "count", 1));
    assertThat(ids("/api/search/parks?q=" + marker + "&areaMin=500")).isEmpty();

    HttpResponse<String> unit =
        http.post(
            "/api/parks/" + park + "/units",
            Map.of(
                "building", "A座",
                "floor", "3F",
                "unitCode", "301",
                "area", 1200.0,
                "seats", 150,
                "status", "AVAILABLE"),
            operator.accessToken());
    assertThat(unit.statusCode()).as(unit.body()).isEqualTo(201);
    drain();
    assertThat(ids("/api/search/parks?q=" + marker + "&areaMin=500&areaMax=2000&city=harbin"))
        .as("a new unit changes the available area")
        .containsExactly(park);
    assertThat(ids("/api/search/parks?q=" + marker + "&level=NATIONAL_DEMONSTRATION")).isEmpty();

    HttpResponse<String> level =
        http.call(
            "PUT",
            "/api/parks/" + park + "/level",
            Map.of(
                "level", "NATIONAL_DEMONSTRATION",
                "decidedOn", "2026-01-15",
                "decisionNumber", "商服贸发〔2026〕1号"),
            authority.accessToken(),
            Map.of());
    assertThat(level.statusCode()).as(level.body()).isEqualTo(200);
    drain();
    assertThat(ids("/api/search/parks?q=" + marker + "&level=NATIONAL_DEMONSTRATION"))
        .containsExactly(park);
  }

  @ParameterizedTest
  @CsvSource({
    "vendors?size=1000, size",
    "vendors?page=-1, page",
    "vendors?sort=cheapest, sort",
    "parks?areaMin=9&areaMax=1, areaMin",
    "parks?areaMax=-5, areaMax",
    "parks?sort=budget, sort",
    "parks?size=0, size"
  })
  void malformedParametersAreBadRequestsNamingTheParameter(String query, String field) {
    HttpResponse<String> response = http.get("/api/search/" + query);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"");
  }

  @Test
  void hostileTextIsRefusedOrTreatedAsPlainText() {
    HttpResponse<String> huge = http.get("/api/search/vendors?q=" + "x".repeat(10_000));
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(huge.body()).contains("\"field\":\"q\"");
    for (String text : List.of("\"呼叫", "nameZh:* OR *", "a AND (b", "\\", "[1 TO *]", "/.*/")) {
      int status = http.get("/api/search/parks?q=" + encode(text)).statusCode();
      assertThat(status).as(text).isIn(200, 400);
    }
  }

  private void saveProfile(SignedIn vendor, Map<String, Object> body) {
    HttpResponse<String> saved =
        http.call("PUT", "/api/vendor-profile", body, vendor.accessToken(), Map.of());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  private static Map<String, Object> profile(String nameZh, int headcount) {
    Map<String, Object> body = new HashMap<>();
    body.put("legalNameZh", nameZh);
    body.put("legalNameEn", "Search Test Outsourcing Co., Ltd.");
    body.put("city", "daqing");
    body.put("headcount", headcount);
    body.put("foundedYear", 2010);
    body.put("revenueBand", "FROM_10M_TO_50M");
    body.put(
        "capabilities",
        List.of(
            Map.of("code", "BPO_CALL_CENTRE", "yearsOfExperience", 3),
            Map.of("code", "ITO_GIS", "yearsOfExperience", 8)));
    body.put("languages", List.of("zh", "en", "ja"));
    body.put("markets", List.of("DOMESTIC", "JAPAN"));
    body.put("caseStudies", List.of());
    body.put("description", "为银行提供7×24小时客户服务。");
    return body;
  }

  private static Map<String, Object> park(String nameZh, String city) {
    Map<String, Object> body = new HashMap<>();
    body.put("nameZh", nameZh);
    body.put("nameEn", "Search test park");
    body.put("city", city);
    body.put("address", "测试路 1 号");
    body.put("totalArea", 20000);
    body.put("leasableArea", 15000);
    body.put("seats", 1200);
    body.put("baseRent", 35.5);
    body.put("focusCategories", List.of("BPO_CALL_CENTRE"));
    body.put("incentives", List.of());
    return body;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
