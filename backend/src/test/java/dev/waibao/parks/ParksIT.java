package dev.waibao.parks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ParksIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject DataSource dataSource;
  private Http http;
  private Accounts accounts;

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
  }

  @Test
  @SuppressWarnings("unchecked")
  void operatorCreatesAParkAndAnyoneReadsItWithCapacityAndIncentives() {
    SignedIn operator = accounts.register("PARK_OPERATOR");

    HttpResponse<String> created =
        http.post("/api/parks", park("松北软件园", "harbin", 5000, 4000), operator.accessToken());

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = (String) http.json(created).get("id");
    Map<String, Object> detail = http.json(http.get("/api/parks/" + id));
    assertThat(detail)
        .containsEntry("nameZh", "松北软件园")
        .containsEntry("level", "ORDINARY")
        .containsEntry("operatorOrganisationId", operator.organisationId());
    assertThat((List<String>) detail.get("focusCategories"))
        .containsExactly("BPO_CALL_CENTRE", "ITO_APPLICATION_SOFTWARE");
    assertThat((List<Map<String, Object>>) detail.get("incentives"))
        .singleElement()
        .satisfies(incentive -> assertThat(incentive).containsEntry("type", "RENT_SUBSIDY"));
    assertThat(capacity(detail)).containsEntry("unitCount", 0);
    assertThat(number(capacity(detail).get("undividedArea"))).isEqualByComparingTo("4000");
    assertThat(http.jsonList(http.get("/api/parks/mine", operator.accessToken())))
        .extracting(p -> p.get("id"))
        .containsExactly(id);
  }

  @Test
  void anInvalidParkNamesEveryFieldAndSavesNothing() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    Map<String, Object> body = park("", "atlantis", 0, 10);
    body.put("leasableArea", -5);
    body.put("focusCategories", List.of("ITO_SAAS", "KPO_LEGAL"));
    body.put(
        "incentives",
        List.of(
            Map.of(
                "type",
                "FREE_LUNCH",
                "summaryZh",
                "x",
                "validFrom",
                "2026-05-01",
                "validTo",
                "2026-04-01")));

    HttpResponse<String> response = http.post("/api/parks", body, operator.accessToken());

    assertProblem(response, 400, "urn:waibao:problem:validation");
    assertThat(fields(response))
        .containsExactlyInAnyOrder(
            "nameZh",
            "city",
            "totalArea",
            "leasableArea",
            "focusCategories[1]",
            "incentives[0].type",
            "incentives[0].validTo");
    assertThat(http.jsonList(http.get("/api/parks/mine", operator.accessToken()))).isEmpty();
  }

  @Test
  void leasableAreaCannotExceedTheTotal() {
    SignedIn operator = accounts.register("PARK_OPERATOR");

    HttpResponse<String> response =
        http.post("/api/parks", park("大园区", "harbin", 100, 200), operator.accessToken());

    assertProblem(response, 400, "urn:waibao:problem:validation");
    assertThat(fields(response)).containsExactly("leasableArea");
  }

  @Test
  @SuppressWarnings("unchecked")
  void addingAnAvailableUnitRaisesAvailabilityAndLeasingItLowersIt() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    String parkId = createPark(operator, 2000, 1500);

    HttpResponse<String> added =
        http.post(
            "/api/parks/" + parkId + "/units",
            unit("A座", "3F", "A-301", 250.5, 30, "AVAILABLE"),
            operator.accessToken());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    Map<String, Object> capacity = capacity(http.json(http.get("/api/parks/" + parkId)));
    assertThat(number(capacity.get("availableArea"))).isEqualByComparingTo("250.5");
    assertThat(capacity).containsEntry("availableSeats", 30).containsEntry("unitCount", 1);
    assertThat(number(capacity.get("undividedArea"))).isEqualByComparingTo("1249.5");

    String unitId = (String) http.json(added).get("id");
    HttpResponse<String> leased =
        http.call(
            "PUT",
            "/api/parks/" + parkId + "/units/" + unitId,
            unit("A座", "3F", "A-301", 250.5, 30, "LEASED"),
            operator.accessToken(),
            Map.of());
    assertThat(leased.statusCode()).as(leased.body()).isEqualTo(200);
    capacity = capacity(http.json(http.get("/api/parks/" + parkId)));
    assertThat(number(capacity.get("availableArea"))).isEqualByComparingTo("0");
    assertThat(capacity).containsEntry("availableSeats", 0);

    Map<String, Object> summary =
        ((List<Map<String, Object>>)
                http.json(http.get("/api/parks?city=heihe&size=100")).get("items"))
            .stream().filter(p -> parkId.equals(p.get("id"))).findFirst().orElseThrow();
    assertThat(capacity(summary)).containsEntry("unitCount", 1);
  }

  @Test
  void unitsMayNotTogetherExceedTheLeasableArea() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    String parkId = createPark(operator, 1200, 1000);
    assertThat(addUnit(operator, parkId, "U1", 600).statusCode()).isEqualTo(201);

    HttpResponse<String> tooMuch = addUnit(operator, parkId, "U2", 400.01);

    assertProblem(tooMuch, 400, "urn:waibao:problem:validation");
    assertThat(fields(tooMuch)).containsExactly("area");
    assertThat(addUnit(operator, parkId, "U2", 400).statusCode()).isEqualTo(201);
    assertThat(capacity(http.json(http.get("/api/parks/" + parkId)))).containsEntry("unitCount", 2);
  }

  @Test
  void zeroOrNegativeAreasAndUnknownStatusAreRefusedByName() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    String parkId = createPark(operator, 1200, 1000);

    HttpResponse<String> response =
        http.post(
            "/api/parks/" + parkId + "/units",
            unit("", "1F", "X", 0, -1, "VANISHED"),
            operator.accessToken());

    assertProblem(response, 400, "urn:waibao:problem:validation");
    assertThat(fields(response)).containsExactlyInAnyOrder("building", "area", "seats", "status");
    assertProblem(addUnit(operator, parkId, "Y", -20), 400, "urn:waibao:problem:validation");
  }

  @Test
  void aDuplicateUnitCodeIsAConflict() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    String parkId = createPark(operator, 1200, 1000);
    addUnit(operator, parkId, "B-101", 10);

    HttpResponse<String> again = addUnit(operator, parkId, "B-101", 10);

    assertProblem(again, 409, "urn:waibao:problem:space-unit-exists");
    assertThat(fields(again)).containsExactly("unitCode");
  }

  @Test
  void concurrentUnitInsertsFillTheParkExactlyAndNeverOverfillIt() throws Exception {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    String parkId = createPark(operator, 1000, 1000);
    int attempts = 24;
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
      for (int i = 0; i < attempts; i++) {
        String code = "C-" + i;
        calls.add(CompletableFuture.supplyAsync(() -> addUnit(operator, parkId, code, 100), pool));
      }
      List<Integer> statuses = calls.stream().map(c -> c.join().statusCode()).toList();

      assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
      assertThat(statuses).filteredOn(s -> s == 400).hasSize(attempts - 10);
    }
    Map<String, Object> capacity = capacity(http.json(http.get("/api/parks/" + parkId)));
    assertThat(capacity).containsEntry("unitCount", 10);
    assertThat(number(capacity.get("unitArea"))).isEqualByComparingTo("1000");
  }

  @Test
  void theDatabaseItselfRefusesUnitsBeyondTheLeasableArea() throws Exception {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    String parkId = createPark(operator, 500, 300);
    addUnit(operator, parkId, "D-1", 200);

    try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO space_unit (id, park_id, building, floor, unit_code, area, seats,"
                    + " status, created_at, updated_at)"
                    + " VALUES (?, ?, 'A', '1', 'D-2', 101, 0, 'AVAILABLE', now(), now())")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setObject(2, UUID.fromString(parkId));
      assertThatThrownBy(insert::executeUpdate).hasMessageContaining("more than its leasable");
      try (PreparedStatement shrink =
          connection.prepareStatement("UPDATE park SET leasable_area = 150 WHERE id = ?")) {
        shrink.setObject(1, UUID.fromString(parkId));
        assertThatThrownBy(shrink::executeUpdate).hasMessageContaining("more than the leasable");
      }
    }
  }

  @Test
  void shrinkingAParkBelowItsUnitsIsRefusedByName() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    String parkId = createPark(operator, 1000, 800);
    addUnit(operator, parkId, "S-1", 500);

    HttpResponse<String> response =
        http.call(
            "PUT",
            "/api/parks/" + parkId,
            park("缩小的园区", "heihe", 1000, 400),
            operator.accessToken(),
            Map.of());

    assertProblem(response, 400, "urn:waibao:problem:validation");
    assertThat(fields(response)).containsExactly("leasableArea");
  }

  @Test
  void nobodyButItsOperatorChangesAParkOrItsUnits() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn rival = accounts.register("PARK_OPERATOR");
    SignedIn vendor = accounts.register("VENDOR");
    String parkId = createPark(operator, 1000, 800);

    assertThat(
            http.call(
                    "PUT",
                    "/api/parks/" + parkId,
                    park("被盗用", "heihe", 1000, 800),
                    rival.accessToken(),
                    Map.of())
                .statusCode())
        .isEqualTo(404);
    assertThat(addUnit(rival, parkId, "R-1", 10).statusCode()).isEqualTo(404);
    assertThat(addUnit(vendor, parkId, "V-1", 10).statusCode()).isEqualTo(403);
    assertThat(
            http.post(
                    "/api/parks/" + parkId + "/units", unit("A", "1", "N", 1, 0, "AVAILABLE"), null)
                .statusCode())
        .isEqualTo(401);
    assertThat(capacity(http.json(http.get("/api/parks/" + parkId)))).containsEntry("unitCount", 0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void onlyTheAuthoritySetsAParksLevelByADecisionAndItIsAudited() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    String parkId = createPark(operator, 1000, 800);
    Map<String, Object> decision =
        Map.of(
            "level",
            "PROVINCIAL_DEMONSTRATION",
            "decidedOn",
            "2026-01-15",
            "decisionNumber",
            "黑商务发〔2026〕3号");

    assertThat(
            http.call(
                    "PUT",
                    "/api/parks/" + parkId + "/level",
                    decision,
                    operator.accessToken(),
                    Map.of())
                .statusCode())
        .isEqualTo(403);

    SignedIn authority = TheAuthority.signIn(accounts);
    HttpResponse<String> incomplete =
        http.call(
            "PUT",
            "/api/parks/" + parkId + "/level",
            Map.of("level", "GALACTIC", "decidedOn", LocalDate.now().plusDays(5).toString()),
            authority.accessToken(),
            Map.of());
    assertProblem(incomplete, 400, "urn:waibao:problem:validation");
    assertThat(fields(incomplete))
        .containsExactlyInAnyOrder("level", "decidedOn", "decisionNumber");

    HttpResponse<String> set =
        http.call(
            "PUT", "/api/parks/" + parkId + "/level", decision, authority.accessToken(), Map.of());
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(http.json(http.get("/api/parks/" + parkId)))
        .containsEntry("level", "PROVINCIAL_DEMONSTRATION")
        .containsEntry("levelDecidedOn", "2026-01-15")
        .containsEntry("levelDecisionNumber", "黑商务发〔2026〕3号");

    // the operator's own edits keep the level
    http.call(
        "PUT",
        "/api/parks/" + parkId,
        park("改名园区", "heihe", 1000, 800),
        operator.accessToken(),
        Map.of());
    assertThat(http.json(http.get("/api/parks/" + parkId)))
        .containsEntry("level", "PROVINCIAL_DEMONSTRATION")
        .containsEntry("nameZh", "改名园区");

    Map<String, Object> audit =
        http.json(
            http.get(
                "/api/audit-events?entityType=park&entityId=" + parkId, authority.accessToken()));
    List<Map<String, Object>> events = (List<Map<String, Object>>) audit.get("items");
    assertThat(events)
        .extracting(e -> e.get("action"))
        .contains("park.created", "park.level-set", "park.updated");
    Map<String, Object> levelSet =
        events.stream()
            .filter(e -> "park.level-set".equals(e.get("action")))
            .findFirst()
            .orElseThrow();
    assertThat((Map<String, Object>) levelSet.get("before")).containsEntry("level", "ORDINARY");
    assertThat((Map<String, Object>) levelSet.get("after"))
        .containsEntry("level", "PROVINCIAL_DEMONSTRATION");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDirectoryFiltersByCityLevelAndFocusAndPagesInAStableOrder() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    String marker = "过滤测试" + UUID.randomUUID().toString().substring(0, 6);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Map<String, Object> body = park(marker + i, "hegang", 1000, 900);
      body.put("focusCategories", List.of("ITO_GIS"));
      ids.add(createPark(operator, body));
    }

    Map<String, Object> filtered =
        http.json(http.get("/api/parks?city=hegang&level=ORDINARY&capability=ITO_GIS&size=100"));
    List<Map<String, Object>> items = (List<Map<String, Object>>) filtered.get("items");
    assertThat(items).extracting(p -> p.get("id")).containsAll(ids);
    assertThat(items).allSatisfy(p -> assertThat(p).containsEntry("city", "hegang"));
    assertThat(items)
        .allSatisfy(p -> assertThat((List<String>) p.get("focusCategories")).contains("ITO_GIS"));

    long total = ((Number) filtered.get("total")).longValue();
    List<Object> paged = new ArrayList<>();
    for (int page = 0; page * 2 < total; page++) {
      Map<String, Object> slice =
          http.json(
              http.get(
                  "/api/parks?city=hegang&level=ORDINARY&capability=ITO_GIS&size=2&page=" + page));
      paged.addAll(
          ((List<Map<String, Object>>) slice.get("items")).stream().map(p -> p.get("id")).toList());
    }
    assertThat(paged).isEqualTo(items.stream().map(p -> p.get("id")).toList());
    assertThat(
            ((List<?>)
                http.json(http.get("/api/parks?city=hegang&capability=BPO_HR_MANAGEMENT&size=100"))
                    .get("items")))
        .extracting(p -> ((Map<String, Object>) p).get("id"))
        .doesNotContainAnyElementsOf(ids);

    HttpResponse<String> badPage = http.get("/api/parks?size=101&page=-1&level=SUPREME");
    assertProblem(badPage, 400, "urn:waibao:problem:validation");
    assertThat(fields(badPage)).containsExactlyInAnyOrder("level");
    assertThat(fields(http.get("/api/parks?size=101&page=-1")))
        .containsExactlyInAnyOrder("page", "size");
  }

  @Test
  void anUnknownParkIsNotFound() {
    assertProblem(http.get("/api/parks/" + UUID.randomUUID()), 404, "urn:waibao:problem:not-found");
  }

  // --- fixtures ------------------------------------------------------------------------------

  static Map<String, Object> park(String nameZh, String city, double total, double leasable) {
    Map<String, Object> body = new HashMap<>();
    body.put("nameZh", nameZh);
    body.put("nameEn", "Test park");
    body.put("city", city);
    body.put("address", "测试路 1 号");
    body.put("totalArea", total);
    body.put("leasableArea", leasable);
    body.put("seats", 120);
    body.put("baseRent", 35.5);
    body.put("focusCategories", List.of("BPO_CALL_CENTRE", "ITO_APPLICATION_SOFTWARE"));
    body.put(
        "incentives",
        List.of(
            Map.of(
                "type", "RENT_SUBSIDY",
                "summaryZh", "前三年租金减半",
                "summaryEn", "Half rent for three years",
                "validFrom", "2026-01-01",
                "validTo", "2028-12-31")));
    return body;
  }

  static Map<String, Object> unit(
      String building, String floor, String code, double area, int seats, String status) {
    return Map.of(
        "building", building,
        "floor", floor,
        "unitCode", code,
        "area", area,
        "seats", seats,
        "status", status);
  }

  private String createPark(SignedIn operator, double total, double leasable) {
    return createPark(operator, park("测试园区", "heihe", total, leasable));
  }

  private String createPark(SignedIn operator, Map<String, Object> body) {
    HttpResponse<String> created = http.post("/api/parks", body, operator.accessToken());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return (String) http.json(created).get("id");
  }

  private HttpResponse<String> addUnit(SignedIn operator, String parkId, String code, double area) {
    return http.post(
        "/api/parks/" + parkId + "/units",
        unit("A座", "1F", code, area, 10, "AVAILABLE"),
        operator.accessToken());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> capacity(Map<String, Object> park) {
    return (Map<String, Object>) park.get("capacity");
  }

  private static BigDecimal number(Object value) {
    return new BigDecimal(String.valueOf(value));
  }

  @SuppressWarnings("unchecked")
  private List<String> fields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    Object errors = http.json(response).get("errors");
    if (errors != null) {
      for (Map<String, Object> error : (List<Map<String, Object>>) errors) {
        fields.add((String) error.get("field"));
      }
    }
    return fields;
  }

  private void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
    assertThat(http.json(response)).containsEntry("type", type);
  }
}
