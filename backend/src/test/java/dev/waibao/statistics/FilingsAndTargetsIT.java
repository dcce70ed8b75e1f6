package dev.waibao.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.TheAuthority;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Vendors' annual filings, the authority's corrections, the policy targets and progress. */
@MicronautTest(transactional = false)
class FilingsAndTargetsIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject DataSource dataSource;
  @Inject Clock clock;
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

  private int thisYear() {
    return clock.instant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
  }

  private List<String> auditActions(String entityId) {
    List<String> actions = new ArrayList<>();
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT action FROM audit_event WHERE entity_id = ? ORDER BY occurred_at, action")) {
      s.setString(1, entityId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          actions.add(r.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return actions;
  }

  private static Map<String, Object> filing(int year, long revenue, long offshore, int headcount) {
    return Map.of(
        "year",
        year,
        "revenue",
        revenue,
        "offshoreRevenue",
        offshore,
        "headcount",
        headcount,
        "traineesPlaced",
        3);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aVendorFilesAmendsAndTheAuthorityCorrectsWithAReason() {
    SignedIn vendor = accounts.register("VENDOR");
    HttpResponse<String> invalid =
        http.post(
            "/api/statistics/filings",
            Map.of("year", thisYear() + 1, "revenue", -5, "offshoreRevenue", 10, "headcount", -1),
            vendor.accessToken());
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("\"year\"", "\"revenue\"", "\"headcount\"");
    HttpResponse<String> offshoreTooHigh =
        http.post("/api/statistics/filings", filing(2021, 100, 200, 5), vendor.accessToken());
    assertThat(offshoreTooHigh.statusCode()).isEqualTo(400);
    assertThat(offshoreTooHigh.body()).contains("offshoreRevenue");

    HttpResponse<String> filed =
        http.post(
            "/api/statistics/filings",
            filing(2021, 5_000_000, 1_000_000, 120),
            vendor.accessToken());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String id = (String) http.json(filed).get("id");
    HttpResponse<String> amended =
        http.post(
            "/api/statistics/filings",
            filing(2021, 5_500_000, 1_000_000, 130),
            vendor.accessToken());
    assertThat(amended.statusCode()).isEqualTo(200);
    assertThat(http.json(amended)).containsEntry("id", id).containsEntry("revision", 2);

    assertThat(
            http.post(
                    "/api/statistics/filings/" + id + "/corrections",
                    Map.of("revenue", 4_000_000, "headcount", 130),
                    authority.accessToken())
                .body())
        .as("a correction needs its reason")
        .contains("reason");
    assertThat(
            http.post(
                    "/api/statistics/filings/" + id + "/corrections",
                    Map.of("revenue", 4_000_000, "headcount", 130, "reason", "与税务数据核对"),
                    vendor.accessToken())
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> corrected =
        http.post(
            "/api/statistics/filings/" + id + "/corrections",
            Map.of(
                "revenue",
                4_000_000,
                "offshoreRevenue",
                500_000,
                "headcount",
                130,
                "traineesPlaced",
                3,
                "reason",
                "与税务数据核对"),
            authority.accessToken());
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    assertThat(http.json(corrected))
        .containsEntry("revenue", 4000000.0)
        .containsEntry("revision", 3);

    List<Map<String, Object>> history =
        http.jsonList(http.get("/api/statistics/filings/" + id + "/history", vendor.accessToken()));
    assertThat(history)
        .extracting(
            r ->
                r.get("revision")
                    + ":"
                    + r.get("kind")
                    + ":"
                    + r.get("revenue")
                    + ":"
                    + r.get("reason"))
        .containsExactly(
            "1:FILED:5000000.0:null", "2:AMENDED:5500000.0:null", "3:CORRECTED:4000000.0:与税务数据核对");
    assertThat(auditActions(id))
        .containsExactlyInAnyOrder(
            "statistics.filing.filed", "statistics.filing.amended", "statistics.filing.corrected");

    SignedIn stranger = accounts.register("VENDOR");
    assertThat(
            http.get("/api/statistics/filings/" + id + "/history", stranger.accessToken())
                .statusCode())
        .isEqualTo(404);
    assertThat(http.jsonList(http.get("/api/statistics/filings", stranger.accessToken())))
        .isEmpty();
    assertThat(http.jsonList(http.get("/api/statistics/filings", vendor.accessToken())))
        .extracting(f -> f.get("year"))
        .containsExactly(2021);
    assertThat(
            http.jsonList(http.get("/api/statistics/filings?year=2021", authority.accessToken())))
        .extracting(f -> f.get("id"))
        .contains(id);
  }

  @Test
  void twoFirstFilingsAtOnceMakeOneFiling() throws Exception {
    SignedIn vendor = accounts.register("VENDOR");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        long revenue = 1000 + i;
        calls.add(
            () ->
                http.post(
                        "/api/statistics/filings",
                        filing(2022, revenue, 0, 10),
                        vendor.accessToken())
                    .statusCode());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
      assertThat(statuses).allMatch(s -> s == 201 || s == 200 || s == 409).contains(201);
    } finally {
      pool.shutdownNow();
    }
    assertThat(http.jsonList(http.get("/api/statistics/filings", vendor.accessToken()))).hasSize(1);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> target(String plan, String indicator) {
    for (Map<String, Object> p :
        http.jsonList(http.get("/api/statistics/targets", authority.accessToken()))) {
      if (p.get("code").equals(plan)) {
        for (Map<String, Object> t : (List<Map<String, Object>>) p.get("targets")) {
          if (t.get("indicator").equals(indicator)) {
            return t;
          }
        }
      }
    }
    throw new AssertionError("no target " + plan + "/" + indicator);
  }

  private double thisYearsValue(String indicator, int year) {
    Map<String, Object> target = target("2026-2030", indicator);
    return Integer.valueOf(year).equals(target.get("currentYear"))
        ? ((Number) target.get("current")).doubleValue()
        : 0;
  }

  @Test
  void thePolicyTargetsAreSeededAndProgressFollowsTheFilings() {
    assertThat(target("2026-2030", "WELL_KNOWN_FIRMS")).containsEntry("target", 20.0);
    assertThat(target("2026-2030", "SCALE_FIRMS")).containsEntry("target", 20.0);
    assertThat(target("2026-2030", "LARGE_FIRMS")).containsEntry("target", 3.0);
    assertThat(target("2026-2030", "ANNUAL_REVENUE")).containsEntry("target", 3.0E10);
    assertThat(target("2026-2030", "EMPLOYMENT")).containsEntry("target", 150000.0);

    int year = thisYear();
    // the current value is that of the latest year filed for: this year's, once anyone files it
    double revenueBefore = thisYearsValue("ANNUAL_REVENUE", year);
    double largeBefore = thisYearsValue("LARGE_FIRMS", year);
    SignedIn big = accounts.register("VENDOR");
    http.post("/api/statistics/filings", filing(year, 2_000_000_000, 0, 3200), big.accessToken());
    Map<String, Object> revenue = target("2026-2030", "ANNUAL_REVENUE");
    assertThat(((Number) revenue.get("current")).doubleValue()).isEqualTo(revenueBefore + 2.0E9);
    assertThat(revenue).containsEntry("currentYear", year);
    assertThat(((Number) target("2026-2030", "LARGE_FIRMS").get("current")).doubleValue())
        .isEqualTo(largeBefore + 1);

    SignedIn famous = accounts.register("CLIENT");
    HttpResponse<String> recognised =
        http.post(
            "/api/statistics/well-known-firms",
            Map.of(
                "organisationId",
                famous.organisationId(),
                "recognisedOn",
                year + "-03-01",
                "note",
                "设立哈尔滨交付中心"),
            authority.accessToken());
    assertThat(recognised.statusCode()).as(recognised.body()).isEqualTo(201);
    assertThat(
            http.post(
                    "/api/statistics/well-known-firms",
                    Map.of(
                        "organisationId",
                        famous.organisationId(),
                        "recognisedOn",
                        year + "-03-01",
                        "note",
                        "再次"),
                    authority.accessToken())
                .statusCode())
        .isEqualTo(409);
    assertThat(auditActions(famous.organisationId()))
        .contains("statistics.well-known-firm.recognised");
  }

  @Test
  void theAuthoritySetsTargetsForANewPlanPeriod() {
    Map<String, Object> plan =
        Map.of(
            "nameZh", "服务外包发展目标（2031—2035）",
            "nameEn", "Targets 2031–2035",
            "source", "测试文件",
            "startsOn", "2031-01-01",
            "endsOn", "2035-12-31",
            "targets",
                Map.of("ANNUAL_REVENUE", new BigDecimal("50000000000"), "EMPLOYMENT", 250000));
    SignedIn vendor = accounts.register("VENDOR");
    assertThat(
            http.call(
                    "PUT", "/api/statistics/plans/2031-2035", plan, vendor.accessToken(), Map.of())
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> bad =
        http.call(
            "PUT",
            "/api/statistics/plans/2031-2035",
            Map.of(
                "nameZh",
                "x",
                "nameEn",
                "x",
                "source",
                "x",
                "startsOn",
                "2035-01-01",
                "endsOn",
                "2031-01-01",
                "targets",
                Map.of("HAPPINESS", 1)),
            authority.accessToken(),
            Map.of());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("endsOn", "targets.HAPPINESS");
    HttpResponse<String> saved =
        http.call(
            "PUT", "/api/statistics/plans/2031-2035", plan, authority.accessToken(), Map.of());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(target("2031-2035", "EMPLOYMENT")).containsEntry("target", 250000.0);
    assertThat(auditActions("2031-2035")).containsExactly("statistics.plan.created");
  }
}
