package dev.waibao.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.tenancy.internal.LeaseCalendarJob;
import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.Tenancies;
import dev.waibao.testing.TestClock;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tenancy rules through the HTTP API, as vendors and park operators meet them. */
@MicronautTest(transactional = false)
class LeasingIT extends IntegrationTest {

  private static final BigDecimal RENT = new BigDecimal("4200.00");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject DataSource dataSource;
  @Inject TestClock clock;
  @Inject Leases leases;
  @Inject LeaseCalendarJob calendar;
  private Http http;
  private Accounts accounts;
  private Tenancies tenancies;

  @BeforeAll
  void connect() {
    http = new Http(server, json);
    accounts = new Accounts(http);
    tenancies = new Tenancies(http);
  }

  private LocalDate today() {
    return Tenancies.today(clock);
  }

  @Test
  @SuppressWarnings("unchecked")
  void vendorAppliesForAUnitOperatorApprovesAndTheLeaseIsActiveFromToday() throws SQLException {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn vendor = accounts.register("VENDOR");
    UUID park = tenancies.park(operator, 1000);
    UUID unit = tenancies.unit(operator, park, "A101", 120.5, 14);

    HttpResponse<String> applied = tenancies.apply(vendor, park, List.of(unit), null, today(), 12);

    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
    Map<String, Object> application = http.json(applied);
    assertThat(application).containsEntry("status", "APPLIED").containsEntry("requestedSeats", 14);
    assertThat(new BigDecimal(String.valueOf(application.get("requestedArea"))))
        .isEqualByComparingTo("120.5");
    UUID lease = UUID.fromString((String) application.get("id"));
    assertThat(
            http.jsonList(
                http.get("/api/parks/" + park + "/leases?status=APPLIED", operator.accessToken())))
        .extracting(l -> l.get("id"))
        .containsExactly(lease.toString());

    HttpResponse<String> approved = tenancies.approve(operator, lease, List.of(unit), RENT);

    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    Map<String, Object> view = http.json(approved);
    assertThat(view).containsEntry("status", "ACTIVE").containsEntry("seats", 14);
    assertThat((List<Map<String, Object>>) view.get("units"))
        .extracting(u -> u.get("unitCode"))
        .containsExactly("A101");
    assertThat(leases.find(lease).orElseThrow())
        .isEqualTo(
            new LeaseTerms(
                lease,
                UUID.fromString(vendor.organisationId()),
                park,
                LeaseStatus.ACTIVE,
                new BigDecimal("120.50"),
                14,
                RENT,
                today(),
                today().plusMonths(12)));
    assertThat(http.jsonList(http.get("/api/leases/mine", vendor.accessToken())))
        .extracting(l -> l.get("status"))
        .containsExactly("ACTIVE");
    Map<String, Object> occupancy = http.json(http.get("/api/parks/" + park + "/occupancy"));
    Map<String, Object> current = (Map<String, Object>) occupancy.get("current");
    assertThat(new BigDecimal(String.valueOf(current.get("area")))).isEqualByComparingTo("120.5");
    assertThat(current).containsEntry("seats", 14);
    assertThat((List<Map<String, Object>>) occupancy.get("tenants"))
        .extracting(t -> t.get("nameZh"))
        .containsExactly(vendor.organisationName());
    assertThat(auditActions(lease)).containsExactly("lease.applied", "lease.approved");
  }

  @Test
  void onlyVendorsApplyAndTheyNeedToBeSignedIn() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    UUID park = tenancies.park(operator, 1000);
    UUID unit = tenancies.unit(operator, park, "A1", 50, 5);

    for (String kind : List.of("CLIENT", "PARK_OPERATOR", "AUTHORITY")) {
      if (kind.equals("AUTHORITY")) {
        continue; // the authority cannot register; its kind is covered by the same check
      }
      SignedIn notAVendor = accounts.register(kind);
      HttpResponse<String> response =
          tenancies.apply(notAVendor, park, List.of(unit), null, today(), 12);
      assertProblem(response, 403, "urn:waibao:problem:forbidden");
      assertThat(http.json(response).get("detail").toString()).contains("vendor");
    }
    HttpResponse<String> anonymous =
        http.post("/api/leases", Map.of("parkId", park.toString()), null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(http.jsonList(http.get("/api/parks/" + park + "/leases", operator.accessToken())))
        .isEmpty();
  }

  @Test
  void anInvalidApplicationNamesEveryFieldAndSavesNothing() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn otherOperator = accounts.register("PARK_OPERATOR");
    SignedIn vendor = accounts.register("VENDOR");
    UUID park = tenancies.park(operator, 1000);
    UUID otherPark = tenancies.park(otherOperator, 1000);
    UUID ownUnit = tenancies.unit(operator, park, "A1", 50, 5);
    UUID foreignUnit = tenancies.unit(otherOperator, otherPark, "B1", 50, 5);

    HttpResponse<String> units =
        tenancies.apply(
            vendor, park, List.of(ownUnit, foreignUnit, ownUnit), null, today().minusDays(1), 0);
    HttpResponse<String> space =
        http.post(
            "/api/leases",
            Map.of("parkId", park, "area", -3, "startDate", today(), "termMonths", 241),
            vendor.accessToken());
    HttpResponse<String> noPark =
        tenancies.apply(vendor, UUID.randomUUID(), List.of(), 10.0, today(), 12);

    assertProblem(units, 400, "urn:waibao:problem:validation");
    assertThat(fields(units))
        .containsExactlyInAnyOrder("startDate", "termMonths", "unitIds[1]", "unitIds[2]");
    assertProblem(space, 400, "urn:waibao:problem:validation");
    assertThat(fields(space)).containsExactlyInAnyOrder("area", "seats", "termMonths");
    assertProblem(noPark, 400, "urn:waibao:problem:validation");
    assertThat(fields(noPark)).containsExactly("parkId");
    assertThat(http.jsonList(http.get("/api/leases/mine", vendor.accessToken()))).isEmpty();
  }

  @Test
  void approvalNeedsAPositiveRentAndTheParksOwnUnitsAndLeavesNothingOnRefusal() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn otherOperator = accounts.register("PARK_OPERATOR");
    SignedIn vendor = accounts.register("VENDOR");
    UUID park = tenancies.park(operator, 1000);
    UUID unit = tenancies.unit(operator, park, "A1", 50, 5);
    UUID foreignUnit =
        tenancies.unit(otherOperator, tenancies.park(otherOperator, 500), "Z9", 50, 5);
    UUID lease = tenancies.applied(vendor, park, List.of(unit), today(), 12);

    HttpResponse<String> zeroRent =
        tenancies.approve(operator, lease, List.of(unit), BigDecimal.ZERO);
    HttpResponse<String> negativeRent =
        tenancies.approve(operator, lease, List.of(unit), new BigDecimal("-1"));
    HttpResponse<String> foreign =
        tenancies.approve(operator, lease, List.of(unit, foreignUnit), RENT);
    HttpResponse<String> otherOperatorsApproval =
        tenancies.approve(otherOperator, lease, List.of(unit), RENT);
    HttpResponse<String> vendorsOwnApproval = tenancies.approve(vendor, lease, List.of(unit), RENT);

    assertProblem(zeroRent, 400, "urn:waibao:problem:validation");
    assertThat(fields(zeroRent)).containsExactly("monthlyRent");
    assertProblem(negativeRent, 400, "urn:waibao:problem:validation");
    assertThat(fields(negativeRent)).containsExactly("monthlyRent");
    assertProblem(foreign, 400, "urn:waibao:problem:validation");
    assertThat(fields(foreign)).containsExactly("unitIds[1]");
    assertProblem(otherOperatorsApproval, 403, "urn:waibao:problem:forbidden");
    assertThat(http.json(otherOperatorsApproval).get("detail").toString())
        .contains("another operator");
    assertProblem(vendorsOwnApproval, 403, "urn:waibao:problem:forbidden");
    assertThat(leases.find(lease).orElseThrow().status()).isEqualTo(LeaseStatus.APPLIED);
    assertThat(http.get("/api/parks/" + park + "/leases", otherOperator.accessToken()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void aUnitIsNeverInTwoOverlappingLeases() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn first = accounts.register("VENDOR");
    SignedIn second = accounts.register("VENDOR");
    UUID park = tenancies.park(operator, 1000);
    UUID unit = tenancies.unit(operator, park, "A1", 80, 8);
    UUID firstLease = tenancies.applied(first, park, List.of(unit), today().plusDays(1), 6);
    UUID secondLease = tenancies.applied(second, park, List.of(unit), today().plusMonths(3), 6);
    assertThat(tenancies.approve(operator, firstLease, List.of(unit), RENT).statusCode())
        .isEqualTo(200);

    HttpResponse<String> overlapping =
        tenancies.approve(operator, secondLease, List.of(unit), RENT);
    HttpResponse<String> application =
        tenancies.apply(second, park, List.of(unit), null, today().plusMonths(5), 3);
    HttpResponse<String> afterwards =
        tenancies.apply(second, park, List.of(unit), null, today().plusDays(1).plusMonths(6), 3);

    assertProblem(overlapping, 409, "urn:waibao:problem:unit-already-leased");
    assertThat(fields(overlapping)).containsExactly("unitIds[0]");
    assertThat(leases.find(secondLease).orElseThrow().status()).isEqualTo(LeaseStatus.APPLIED);
    assertProblem(application, 409, "urn:waibao:problem:unit-already-leased");
    // the first lease's end is exclusive: the unit is free from that day
    assertThat(afterwards.statusCode()).as(afterwards.body()).isEqualTo(201);
  }

  @Test
  void aLeasedUnitCannotBeRemovedButAnUnleasedOneCan() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn vendor = accounts.register("VENDOR");
    UUID park = tenancies.park(operator, 1000);
    UUID leased = tenancies.unit(operator, park, "L1", 80, 8);
    UUID requested = tenancies.unit(operator, park, "R1", 80, 8);
    UUID lease = tenancies.applied(vendor, park, List.of(leased), today(), 12);
    tenancies.approve(operator, lease, List.of(leased), RENT);
    tenancies.applied(vendor, park, List.of(requested), today(), 12);

    HttpResponse<String> removeLeased =
        http.call(
            "DELETE",
            "/api/parks/" + park + "/units/" + leased,
            null,
            operator.accessToken(),
            Map.of());
    HttpResponse<String> removeRequested =
        http.call(
            "DELETE",
            "/api/parks/" + park + "/units/" + requested,
            null,
            operator.accessToken(),
            Map.of());

    assertProblem(removeLeased, 409, "urn:waibao:problem:space-unit-leased");
    assertThat(removeRequested.statusCode()).as(removeRequested.body()).isEqualTo(204);
    assertThat(leases.find(lease).orElseThrow().status()).isEqualTo(LeaseStatus.ACTIVE);
  }

  @Test
  void operatorRejectsWithAReasonTheVendorSees() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn vendor = accounts.register("VENDOR");
    UUID park = tenancies.park(operator, 1000);
    UUID lease =
        UUID.fromString(
            (String)
                http.json(tenancies.apply(vendor, park, List.of(), 50.0, today(), 12)).get("id"));

    HttpResponse<String> noReason =
        http.post(
            "/api/leases/" + lease + "/rejection", Map.of("reason", " "), operator.accessToken());
    HttpResponse<String> rejected =
        http.post(
            "/api/leases/" + lease + "/rejection",
            Map.of("reason", "暂无合适的开放工位"),
            operator.accessToken());
    HttpResponse<String> approveAfterwards = tenancies.approve(operator, lease, List.of(), RENT);

    assertProblem(noReason, 400, "urn:waibao:problem:validation");
    assertThat(fields(noReason)).containsExactly("reason");
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    assertThat(http.json(http.get("/api/leases/" + lease, vendor.accessToken())))
        .containsEntry("status", "REJECTED")
        .containsEntry("rejectionReason", "暂无合适的开放工位");
    assertProblem(approveAfterwards, 409, "urn:waibao:problem:lease-already-decided");
    assertThat(
            http.get("/api/leases/" + lease, accounts.register("VENDOR").accessToken())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void anApplicationForOpenSpaceIsApprovedWithAnAreaAndSeatsAndTheParkCannotShrinkBelowIt() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn vendor = accounts.register("VENDOR");
    UUID park = tenancies.park(operator, 1000);
    HttpResponse<String> applied = tenancies.apply(vendor, park, List.of(), 300.0, today(), 12);
    UUID lease = UUID.fromString((String) http.json(applied).get("id"));

    HttpResponse<String> tooLarge =
        http.post(
            "/api/leases/" + lease + "/approval",
            Map.of("area", 1000.01, "seats", 30, "monthlyRent", 9000),
            operator.accessToken());
    HttpResponse<String> approved =
        http.post(
            "/api/leases/" + lease + "/approval",
            Map.of("area", 280, "seats", 30, "monthlyRent", 9000),
            operator.accessToken());

    HttpResponse<String> shrunk = tenancies.resize(operator, park, 279);
    HttpResponse<String> resized = tenancies.resize(operator, park, 280);

    assertProblem(shrunk, 400, "urn:waibao:problem:validation");
    assertThat(fields(shrunk)).containsExactly("leasableArea");
    assertThat(resized.statusCode()).as(resized.body()).isEqualTo(200);
    assertProblem(tooLarge, 409, "urn:waibao:problem:park-area-exceeded");
    assertThat(fields(tooLarge)).containsExactly("area");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(leases.find(lease).orElseThrow())
        .satisfies(
            terms -> {
              assertThat(terms.area()).isEqualByComparingTo("280");
              assertThat(terms.seats()).isEqualTo(30);
            });
  }

  @Test
  void leasesBecomeActiveAndEndByDateExactlyOnceWhenSeveralInstancesRunTheJob() throws Exception {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn vendor = accounts.register("VENDOR");
    UUID park = tenancies.park(operator, 1000);
    UUID lease = tenancies.approvedLease(operator, vendor, park, 60, RENT, today().plusDays(3), 1);
    assertThat(leases.find(lease).orElseThrow().status()).isEqualTo(LeaseStatus.APPROVED);

    clock.advance(Duration.ofDays(3));
    runJobConcurrently();
    assertThat(leases.find(lease).orElseThrow().status()).isEqualTo(LeaseStatus.ACTIVE);

    clock.advance(Duration.ofDays(31));
    runJobConcurrently();
    assertThat(leases.find(lease).orElseThrow().status()).isEqualTo(LeaseStatus.ENDED);
    assertThat(auditActions(lease))
        .containsExactly("lease.applied", "lease.approved", "lease.activated", "lease.ended");
  }

  @Test
  void operatorTerminatesALeaseAndTheUnitIsFreeFromThatDate() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn vendor = accounts.register("VENDOR");
    SignedIn next = accounts.register("VENDOR");
    UUID park = tenancies.park(operator, 1000);
    UUID unit = tenancies.unit(operator, park, "T1", 70, 7);
    UUID lease = tenancies.applied(vendor, park, List.of(unit), today(), 24);
    tenancies.approve(operator, lease, List.of(unit), RENT);
    LocalDate endDate = today().plusMonths(2);

    HttpResponse<String> past =
        http.post(
            "/api/leases/" + lease + "/termination",
            Map.of("endDate", today().minusDays(1), "reason", "违约"),
            operator.accessToken());
    HttpResponse<String> terminated =
        http.post(
            "/api/leases/" + lease + "/termination",
            Map.of("endDate", endDate, "reason", "承租方提前退租"),
            operator.accessToken());

    assertProblem(past, 400, "urn:waibao:problem:validation");
    assertThat(fields(past)).containsExactly("endDate");
    assertThat(terminated.statusCode()).as(terminated.body()).isEqualTo(200);
    assertThat(leases.find(lease).orElseThrow())
        .satisfies(
            terms -> {
              assertThat(terms.status()).isEqualTo(LeaseStatus.TERMINATED);
              assertThat(terms.end()).isEqualTo(endDate);
            });
    UUID following = tenancies.applied(next, park, List.of(unit), endDate, 12);
    assertThat(tenancies.approve(operator, following, List.of(unit), RENT).statusCode())
        .isEqualTo(200);
    assertThat(auditActions(lease)).contains("lease.terminated");
  }

  @Test
  @SuppressWarnings("unchecked")
  void occupancyShowsTwentyFiveMonthsWithFutureLeasesCountedFromTheirStart() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn vendor = accounts.register("VENDOR");
    UUID park = tenancies.park(operator, 1000);
    LocalDate nextMonth = today().withDayOfMonth(1).plusMonths(1);
    tenancies.approvedLease(operator, vendor, park, 100, RENT, today(), 36);
    tenancies.approvedLease(operator, vendor, park, 40, RENT, nextMonth, 2);

    Map<String, Object> occupancy = http.json(http.get("/api/parks/" + park + "/occupancy"));

    List<Map<String, Object>> months = (List<Map<String, Object>>) occupancy.get("months");
    assertThat(months).hasSize(25);
    assertThat(months.get(12)).containsEntry("date", today().withDayOfMonth(1).toString());
    assertThat(area(months.get(11))).isEqualByComparingTo("0");
    assertThat(area(months.get(13))).isEqualByComparingTo("140");
    assertThat(months.get(13)).containsEntry("seats", 20);
    assertThat(area(months.get(15))).isEqualByComparingTo("100");
    assertThat(area((Map<String, Object>) occupancy.get("current"))).isEqualByComparingTo("100");
    assertThat((List<?>) occupancy.get("tenants")).hasSize(1);
  }

  private static BigDecimal area(Map<String, Object> point) {
    return new BigDecimal(String.valueOf(point.get("area")));
  }

  private void runJobConcurrently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<Integer>> runs =
          java.util.stream.IntStream.range(0, 4)
              .mapToObj(i -> CompletableFuture.supplyAsync(calendar::moveDue, pool))
              .toList();
      CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
    } finally {
      pool.shutdown();
    }
  }

  private List<String> auditActions(UUID lease) {
    try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT action FROM audit_event WHERE entity_type = 'lease' AND entity_id = ?"
                    + " ORDER BY occurred_at, action")) {
      query.setString(1, lease.toString());
      List<String> actions = new java.util.ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString(1));
        }
      }
      return actions;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(
            contentType -> assertThat(contentType).startsWith("application/problem+json"));
    assertThat(http.json(response)).containsEntry("type", type);
  }

  @SuppressWarnings("unchecked")
  private List<String> fields(HttpResponse<String> response) {
    return ((List<Map<String, Object>>) http.json(response).getOrDefault("errors", List.of()))
        .stream().map(e -> (String) e.get("field")).toList();
  }
}
