package dev.waibao.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.Tenancies;
import dev.waibao.testing.TestClock;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Approvals racing for one park's space over real HTTP and PostgreSQL: exactly as many succeed as
 * fit, the park is never over-allocated, and every loser is told why.
 */
@MicronautTest(transactional = false)
class ConcurrentApprovalsIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  @Inject Leases leases;
  private Http http;
  private Accounts accounts;
  private Tenancies tenancies;

  @BeforeAll
  void connect() {
    http = new Http(server, json);
    accounts = new Accounts(http);
    tenancies = new Tenancies(http);
  }

  @Test
  void hundredConcurrentApprovalsOf30SquareMetresInA1000SquareMetreParkApproveExactly33() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn vendor = accounts.register("VENDOR");
    UUID park = tenancies.park(operator, 1000);
    List<UUID> applications = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      HttpResponse<String> applied =
          tenancies.apply(vendor, park, List.of(), 30.0, Tenancies.today(clock), 12);
      assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
      applications.add(UUID.fromString((String) http.json(applied).get("id")));
    }

    List<HttpResponse<String>> responses =
        race(
            applications,
            lease ->
                http.post(
                    "/api/leases/" + lease + "/approval",
                    Map.of("area", 30, "seats", 3, "monthlyRent", 1500),
                    operator.accessToken()));

    Map<Integer, Long> statuses = countByStatus(responses);
    assertThat(statuses).containsOnlyKeys(200, 409).containsEntry(200, 33L).containsEntry(409, 67L);
    responses.stream()
        .filter(r -> r.statusCode() == 409)
        .forEach(
            r ->
                assertThat(http.json(r))
                    .containsEntry("type", "urn:waibao:problem:park-area-exceeded"));
    List<LeaseTerms> all = leases.ofVendor(UUID.fromString(vendor.organisationId()));
    assertThat(all.stream().filter(t -> t.status() == LeaseStatus.ACTIVE))
        .hasSize(33)
        .extracting(LeaseTerms::area)
        .allSatisfy(area -> assertThat(area).isEqualByComparingTo("30"));
    assertThat(all.stream().filter(t -> t.status() == LeaseStatus.APPLIED)).hasSize(67);
    assertThat(leasedToday(park)).isEqualByComparingTo("990");
  }

  @Test
  void twentyConcurrentApprovalsOfOneUnitLeaseItExactlyOnce() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    UUID park = tenancies.park(operator, 1000);
    UUID unit = tenancies.unit(operator, park, "HOT-1", 100, 10);
    List<UUID> applications = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      SignedIn vendor = accounts.register("VENDOR");
      applications.add(
          tenancies.applied(vendor, park, List.of(unit), Tenancies.today(clock).plusDays(i), 12));
    }

    List<HttpResponse<String>> responses =
        race(
            applications,
            lease -> tenancies.approve(operator, lease, List.of(unit), new BigDecimal("5000")));

    assertThat(countByStatus(responses)).containsEntry(200, 1L).containsEntry(409, 19L);
    responses.stream()
        .filter(r -> r.statusCode() == 409)
        .forEach(
            r ->
                assertThat(http.json(r))
                    .containsEntry("type", "urn:waibao:problem:unit-already-leased"));
    assertThat(applications.stream().map(id -> leases.find(id).orElseThrow().status()))
        .filteredOn(LeaseStatus::occupiesSpace)
        .hasSize(1);
  }

  private BigDecimal leasedToday(UUID park) {
    @SuppressWarnings("unchecked")
    Map<String, Object> current =
        (Map<String, Object>)
            http.json(http.get("/api/parks/" + park + "/occupancy")).get("current");
    return new BigDecimal(String.valueOf(current.get("area")));
  }

  /** Sends one request per item, all released at once. */
  private static List<HttpResponse<String>> race(
      List<UUID> items, Function<UUID, HttpResponse<String>> request) {
    ExecutorService pool = Executors.newFixedThreadPool(items.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<CompletableFuture<HttpResponse<String>>> calls =
          items.stream()
              .map(
                  item ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            try {
                              start.await();
                            } catch (InterruptedException e) {
                              Thread.currentThread().interrupt();
                              throw new IllegalStateException(e);
                            }
                            return request.apply(item);
                          },
                          pool))
              .toList();
      start.countDown();
      return calls.stream().map(CompletableFuture::join).toList();
    } finally {
      pool.shutdown();
    }
  }

  private static Map<Integer, Long> countByStatus(List<HttpResponse<String>> responses) {
    return responses.stream()
        .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
  }
}
