package dev.waibao.tenders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.tenders.application.Closing;
import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.TenderFixture;
import dev.waibao.testing.TestClock;
import dev.waibao.testing.Vendors;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The rush before a deadline, and everything else that must hold when requests race. */
@MicronautTest(transactional = false)
class TenderConcurrencyIT extends IntegrationTest {

  private static final Logger LOG = LoggerFactory.getLogger(TenderConcurrencyIT.class);

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  @Inject DataSource dataSource;
  @Inject Closing closing;
  private Http http;
  private Accounts accounts;
  private TenderFixture tenders;
  private Vendors vendors;

  @BeforeAll
  void connect() {
    http = new Http(server, json);
    accounts = new Accounts(http);
    tenders = new TenderFixture(http, clock);
    vendors = new Vendors(dataSource);
  }

  private SignedIn eligibleVendor() {
    return vendors.eligibleVendor(accounts);
  }

  @Test
  void twoHundredVendorsBiddingAtTheDeadlineAreStoredExactlyOnceAndNoneAfter() throws Exception {
    SignedIn client = accounts.register("CLIENT");
    String id = tenders.publish(client, tenders.body(Duration.ofHours(1)));
    List<SignedIn> bidders = inParallel(8, 200, i -> eligibleVendor());
    clock.advance(Duration.ofMinutes(59).plusSeconds(59));

    AtomicInteger answered = new AtomicInteger();
    CountDownLatch halfway = new CountDownLatch(100);
    ExecutorService pool = Executors.newFixedThreadPool(64);
    List<Future<HttpResponse<String>>> sent = new ArrayList<>();
    for (SignedIn bidder : bidders) {
      sent.add(
          pool.submit(
              () -> {
                HttpResponse<String> response =
                    http.post(
                        "/api/tenders/" + id + "/bids",
                        TenderFixture.bid(1_000_000),
                        bidder.accessToken());
                answered.incrementAndGet();
                halfway.countDown();
                return response;
              }));
    }
    halfway.await();
    clock.advance(Duration.ofSeconds(1)); // the deadline passes while bids are still arriving
    Map<Integer, Integer> statuses = new HashMap<>();
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i < bidders.size(); i++) {
      HttpResponse<String> response = sent.get(i).get();
      statuses.merge(response.statusCode(), 1, Integer::sum);
      if (response.statusCode() == 201) {
        accepted.add(bidders.get(i).organisationId());
      } else {
        assertThat(response.body()).contains("urn:waibao:problem:bidding-closed");
      }
    }
    pool.shutdown();
    LOG.info("Deadline rush: {} answered, statuses {}", answered.get(), statuses);

    assertThat(statuses.keySet()).isSubsetOf(201, 409);
    assertThat(statuses.get(201)).isGreaterThanOrEqualTo(100);
    Map<String, Integer> stored = bidsPerVendor(id);
    assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(accepted);
    assertThat(stored.values()).allMatch(count -> count == 1);
    assertThat(
            http.post(
                    "/api/tenders/" + id + "/bids",
                    TenderFixture.bid(900_000),
                    eligibleVendor().accessToken())
                .statusCode())
        .isEqualTo(409);
    assertThat(bidsPerVendor(id)).hasSameSizeAs(accepted);
  }

  @Test
  @SuppressWarnings("unchecked")
  void concurrentRevisionsOfOneBidAreSerialised() throws Exception {
    SignedIn client = accounts.register("CLIENT");
    SignedIn vendor = eligibleVendor();
    String id = tenders.publish(client, tenders.body(Duration.ofDays(1)));
    http.post("/api/tenders/" + id + "/bids", TenderFixture.bid(1_000_000), vendor.accessToken());

    List<HttpResponse<String>> revisions =
        inParallel(
            20,
            20,
            i ->
                http.call(
                    "PUT",
                    "/api/tenders/" + id + "/bids/mine",
                    TenderFixture.bid(900_000 - i * 1000L),
                    vendor.accessToken(),
                    Map.of()));

    assertThat(revisions).allMatch(response -> response.statusCode() == 200);
    assertThat(revisions)
        .extracting(response -> ((Number) http.json(response).get("version")).intValue())
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.rangeClosed(2, 21).boxed().toList());
    Map<String, Object> mine =
        http.jsonList(http.get("/api/tenders/" + id + "/bids/mine", vendor.accessToken()))
            .getFirst();
    assertThat(mine).containsEntry("version", 21);
    assertThat(
            count(
                "SELECT count(*) FROM bid_version v JOIN bid b ON b.id = v.bid_id WHERE b.tender_id = ?::uuid",
                id))
        .isEqualTo(21);
  }

  @Test
  void twoConcurrentAwardsHaveExactlyOneWinner() throws Exception {
    SignedIn client = accounts.register("CLIENT");
    String id = tenders.publish(client, tenders.body(Duration.ofDays(1)));
    List<String> bids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      bids.add(
          (String)
              http.json(
                      http.post(
                          "/api/tenders/" + id + "/bids",
                          TenderFixture.bid(1_000_000 + i),
                          eligibleVendor().accessToken()))
                  .get("id"));
    }
    clock.advance(Duration.ofDays(1));

    List<HttpResponse<String>> awards =
        inParallel(
            2,
            2,
            i ->
                http.post(
                    "/api/tenders/" + id + "/award",
                    Map.of(
                        "bidId",
                        bids.get(i),
                        "reason",
                        "并发授标",
                        "contractStartsOn",
                        "2027-01-01",
                        "contractEndsOn",
                        "2027-06-30"),
                    client.accessToken()));

    assertThat(awards).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
    assertThat(count("SELECT count(*) FROM award WHERE tender_id = ?::uuid", id)).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM contract WHERE tender_id = ?::uuid", id)).isEqualTo(1);
  }

  @Test
  void theClosingJobRunningOnTwoInstancesClosesEachTenderOnce() throws Exception {
    SignedIn client = accounts.register("CLIENT");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(tenders.publish(client, tenders.body(Duration.ofMinutes(10))));
    }
    clock.advance(Duration.ofMinutes(10));

    List<Integer> closedBy = inParallel(2, 2, i -> closing.closeDue());

    assertThat(closedBy.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(30);
    for (String id : ids) {
      assertThat(
              count(
                  "SELECT count(*) FROM audit_event WHERE entity_id = ? AND action IN ('tender.closed', 'tender.unsuccessful')",
                  id))
          .as("tender %s closed once", id)
          .isEqualTo(1);
    }
  }

  private Map<String, Integer> bidsPerVendor(String tenderId) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT vendor_organisation_id::text, count(*) FROM bid WHERE tender_id = ?::uuid GROUP BY 1")) {
      query.setString(1, tenderId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return counts;
  }

  private int count(String sql, String parameter) throws SQLException {
    try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private interface Task<T> {
    T run(int index) throws Exception;
  }

  private static <T> List<T> inParallel(int threads, int tasks, Task<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        int index = i;
        Callable<T> call =
            () -> {
              start.await();
              return task.run(index);
            };
        futures.add(pool.submit(call));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
