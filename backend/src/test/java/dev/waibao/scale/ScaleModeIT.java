package dev.waibao.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.searchindex.testing.ElasticsearchTestCluster;
import dev.waibao.shared.database.EmbeddedDatabase;
import dev.waibao.testing.Accounts;
import dev.waibao.testing.Http;
import dev.waibao.testing.PackagedApp;
import dev.waibao.testing.Polling;
import dev.waibao.testing.TemporaryDirectories;
import dev.waibao.testing.TenderFixture;
import dev.waibao.testing.TestClock;
import dev.waibao.testing.Uploads;
import dev.waibao.testing.Vendors;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waibao in scale mode on one machine: a PostgreSQL server of its own (reached only over JDBC), a
 * three-node Elasticsearch cluster on loopback (one replica per shard), and the packaged jar
 * running twice, on two ports, sharing one signing secret and one documents directory. What a
 * province relies on: whichever instance a request reaches, it sees the same data; losing one
 * search node or one application instance loses no acknowledged write; each tender closes exactly
 * once.
 */
class ScaleModeIT {

  private static final Logger LOG = LoggerFactory.getLogger(ScaleModeIT.class);
  private static final String SIGNING_SECRET = "scale-mode-test-shared-signing-secret-0123456789";
  private static final String ES_HEAP = "320m";
  private static final int VENDORS = 4;
  private static final Duration CONVERGENCE = Duration.ofSeconds(90);

  /** Two instances migrating and starting beside three search nodes on a busy build machine. */
  private static final Duration STARTUP = Duration.ofMinutes(5);

  private final JsonMapper json = JsonMapper.createDefault();
  private final MemorySampler memory = new MemorySampler();
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @Test
  @Timeout(value = 25, unit = TimeUnit.MINUTES)
  void twoInstancesOnOneDatabaseAndAThreeNodeClusterLoseNothingAndCloseEachTenderOnce()
      throws Exception {
    long begin = System.nanoTime();
    Path root = TemporaryDirectories.create("waibao-scale");
    Files.createDirectories(root.resolve("a"));
    Files.createDirectories(root.resolve("b"));
    try {
      // --- the engines, started side by side -------------------------------------------------
      CompletableFuture<EmbeddedDatabase> startingDatabase =
          CompletableFuture.supplyAsync(
              () -> EmbeddedDatabase.startThrowaway(root.resolve("postgres")));
      CompletableFuture<ElasticsearchTestCluster> startingCluster =
          CompletableFuture.supplyAsync(() -> ElasticsearchTestCluster.start(3, ES_HEAP));
      EmbeddedDatabase database = startingDatabase.join();
      toClose.add(database);
      ElasticsearchTestCluster cluster = startingCluster.join();
      toClose.add(cluster);
      memory.watch("elasticsearch", cluster::processes);
      memory.watch("postgresql", () -> postgresProcesses(root.resolve("postgres")));
      memory.start();

      // --- two instances of the packaged jar, started at once (both run the migrations) -------
      Map<String, String> environment = new HashMap<>();
      environment.put("DATASOURCES_DEFAULT_URL", database.jdbcUrl());
      environment.put("DATASOURCES_DEFAULT_USERNAME", "postgres");
      environment.put("DATASOURCES_DEFAULT_PASSWORD", "");
      environment.put("SEARCH_ENGINE", "elasticsearch");
      environment.put("ELASTICSEARCH_URL", cluster.urls());
      environment.put("WAIBAO_JWT_SECRET", SIGNING_SECRET);
      environment.put("WAIBAO_DOCUMENTS_DIR", root.resolve("shared-documents").toString());
      environment.put("WAIBAO_DB_POOL_SIZE", "10");
      // every instance tries to close due tenders every second, so they really compete
      environment.put("WAIBAO_TENDERS_CLOSING_INTERVAL", "1s");
      CompletableFuture<PackagedApp> startingA =
          CompletableFuture.supplyAsync(
              () -> PackagedApp.start(root.resolve("a").resolve("data"), environment, STARTUP));
      CompletableFuture<PackagedApp> startingB =
          CompletableFuture.supplyAsync(
              () -> PackagedApp.start(root.resolve("b").resolve("data"), environment, STARTUP));
      PackagedApp appA = startingA.join();
      toClose.add(appA);
      PackagedApp appB = startingB.join();
      toClose.add(appB);
      memory.watch("app A", () -> appA.isRunning() ? List.of(appA.process()) : List.of());
      memory.watch("app B", () -> List.of(appB.process()));
      LOG.info(
          "Scale mode up after {} s: cluster {} s, app A {} s, app B {} s",
          seconds(begin),
          cluster.startupTime().toSeconds(),
          appA.startupTime().toSeconds(),
          appB.startupTime().toSeconds());
      Http a = new Http(appA.baseUri(), json);
      Http b = new Http(appB.baseUri(), json);
      assertThat(a.get("/health").body()).contains("\"status\":\"UP\"").contains("3 node(s)");

      // --- sessions are stateless: a session from A works on B, and B rotates A's token -------
      Accounts.SignedIn client = new Accounts(a).register("CLIENT");
      assertThat(b.get("/api/me", client.accessToken()).statusCode()).isEqualTo(200);
      HttpResponse<String> refreshed =
          b.post("/api/auth/refresh", Map.of("refreshToken", client.refreshToken()), null);
      assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
      client = Accounts.session(b.json(refreshed));
      assertThat(
              a.post("/api/auth/refresh", Map.of("refreshToken", client.refreshToken()), null)
                  .statusCode())
          .as("the token B issued is known to A")
          .isEqualTo(200);
      client = new Accounts(a).signIn(client.email(), Accounts.PASSWORD);

      PGSimpleDataSource jdbc = new PGSimpleDataSource();
      jdbc.setUrl(database.jdbcUrl());
      jdbc.setUser("postgres");
      Vendors vendorData = new Vendors(jdbc);
      List<Accounts.SignedIn> vendors = new ArrayList<>();
      for (int i = 0; i < VENDORS; i++) {
        vendors.add(vendorData.eligibleVendor(new Accounts(i % 2 == 0 ? a : b)));
      }

      // --- uploads land where every instance reads them --------------------------------------
      byte[] pdf = Uploads.pdf();
      HttpResponse<String> uploaded =
          new Uploads(a).upload("资质证书.pdf", "application/pdf", pdf, vendors.get(0).accessToken());
      assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
      String documentId = (String) a.json(uploaded).get("id");
      HttpResponse<byte[]> download =
          bytes(b, "/api/documents/" + documentId + "/content", vendors.get(0).accessToken());
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body()).isEqualTo(pdf);

      // --- phase 1: tenders and bids through both instances, found through both ---------------
      String marker1 = marker();
      List<String> phase1 = new ArrayList<>();
      Map<String, Set<String>> acknowledgedBids = new ConcurrentHashMap<>();
      for (int i = 0; i < 6; i++) {
        Http via = i % 2 == 0 ? a : b;
        String id = publish(via, client, marker1, Duration.ofSeconds(60));
        phase1.add(id);
        for (int v = 0; v < VENDORS; v++) {
          Http bidVia = (i + v) % 2 == 0 ? a : b;
          HttpResponse<String> bid =
              bidVia.post(
                  "/api/tenders/" + id + "/bids",
                  TenderFixture.bid(1_000_000 + v),
                  vendors.get(v).accessToken());
          assertThat(bid.statusCode()).as(bid.body()).isEqualTo(201);
          acknowledgedBids
              .computeIfAbsent(id, t -> ConcurrentHashMap.newKeySet())
              .add(vendorId(v, vendors));
        }
      }
      for (Http via : List.of(a, b)) {
        assertThat(awaitSearch(via, marker1, phase1, ""))
            .containsExactlyInAnyOrderElementsOf(phase1);
      }

      // --- one Elasticsearch node (the master) stops: search and indexing carry on ------------
      int master = cluster.master();
      cluster.stopNode(master);
      LOG.info("Stopped Elasticsearch node {} (the elected master)", master + 1);
      String marker2 = marker();
      List<String> phase2 =
          List.of(
              publish(a, client, marker2, Duration.ofMinutes(30)),
              publish(b, client, marker2, Duration.ofMinutes(30)));
      for (Http via : List.of(a, b)) {
        assertThat(awaitSearch(via, marker2, phase2, ""))
            .containsExactlyInAnyOrderElementsOf(phase2);
        assertThat(awaitSearch(via, marker1, phase1, ""))
            .containsExactlyInAnyOrderElementsOf(phase1);
      }
      assertThat(cluster.health()).isIn("green", "yellow");
      assertThat(b.get("/health").body()).contains("\"status\":\"UP\"");

      // phase 1 closes while both instances run and compete for it
      awaitClosed(jdbc, phase1);
      for (Http via : List.of(a, b)) {
        assertThat(awaitSearch(via, marker1, phase1, "&status=EVALUATION"))
            .as("the closing reached the index through the outbox")
            .containsExactlyInAnyOrderElementsOf(phase1);
      }

      // --- phase 3: load through both instances; A is killed in the middle ---------------------
      String marker3 = marker();
      Set<String> phase3 = ConcurrentHashMap.newKeySet();
      AtomicInteger failedRequests = new AtomicInteger();
      Accounts.SignedIn loadClient = client;
      AtomicBoolean stopLoad = new AtomicBoolean();
      ExecutorService load = Executors.newFixedThreadPool(4);
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int worker = w;
        workers.add(
            load.submit(
                () -> {
                  int round = 0;
                  while (!stopLoad.get()) {
                    round++;
                    Http via = (worker + round) % 2 == 0 || !appA.isRunning() ? b : a;
                    String id;
                    try {
                      id = publish(via, loadClient, marker3, Duration.ofSeconds(60));
                    } catch (RuntimeException | AssertionError lost) {
                      failedRequests.incrementAndGet();
                      continue;
                    }
                    phase3.add(id);
                    for (int v = 0; v < VENDORS; v++) {
                      Http bidVia = (worker + round + v) % 2 == 0 || !appA.isRunning() ? b : a;
                      try {
                        HttpResponse<String> bid =
                            bidVia.post(
                                "/api/tenders/" + id + "/bids",
                                TenderFixture.bid(900_000 + v),
                                vendors.get(v).accessToken());
                        if (bid.statusCode() == 201) {
                          acknowledgedBids
                              .computeIfAbsent(id, t -> ConcurrentHashMap.newKeySet())
                              .add(vendorId(v, vendors));
                        } else {
                          failedRequests.incrementAndGet();
                        }
                      } catch (RuntimeException lost) {
                        failedRequests.incrementAndGet();
                      }
                    }
                  }
                  return null;
                }));
      }
      until(Duration.ofSeconds(60), () -> phase3.size() >= 4);
      appA.kill();
      int beforeKill = phase3.size();
      LOG.info("Killed app A (SIGKILL) after {} acknowledged load tenders", beforeKill);
      Polling.pause(Duration.ofSeconds(15));
      stopLoad.set(true);
      for (Future<?> worker : workers) {
        worker.get(2, TimeUnit.MINUTES);
      }
      load.shutdown();
      LOG.info(
          "Load phase: {} tenders published, {} requests lost with app A",
          phase3.size(),
          failedRequests.get());
      assertThat(phase3.size()).as("B carried the load on alone").isGreaterThan(beforeKill);

      // every acknowledged write is there, read through the surviving instance, and indexed
      List<String> all = new ArrayList<>(phase1);
      all.addAll(phase2);
      all.addAll(phase3);
      for (String id : all) {
        HttpResponse<String> tender = b.get("/api/tenders/" + id, loadClient.accessToken());
        assertThat(tender.statusCode()).as(tender.body()).isEqualTo(200);
      }
      Map<String, Set<String>> stored = liveBids(jdbc, acknowledgedBids.keySet());
      acknowledgedBids.forEach(
          (tender, bidders) ->
              assertThat(stored.getOrDefault(tender, Set.of()))
                  .as("every acknowledged bid on " + tender + " is stored")
                  .containsAll(bidders));
      assertThat(awaitSearch(b, marker3, phase3, "")).containsAll(phase3);

      // --- every tender closes exactly once ---------------------------------------------------
      List<String> closing = new ArrayList<>(phase1);
      closing.addAll(phase3);
      awaitClosed(jdbc, closing);
      Map<String, Integer> closings = closingEvents(jdbc, all);
      assertThat(closings.keySet()).containsExactlyInAnyOrderElementsOf(closing);
      assertThat(closings.values()).as("closing audit events per tender").containsOnly(1);
      Map<String, Integer> notices = closingNotifications(jdbc, closing);
      for (String id : closing) {
        Set<String> bidders = acknowledgedBids.getOrDefault(id, Set.of());
        assertThat(notices.getOrDefault(id, 0))
            .as("one closing notification per bidder of " + id)
            .isGreaterThanOrEqualTo(bidders.size())
            .isEqualTo(distinctBidders(jdbc, id));
      }
      assertThat(awaitSearch(b, marker3, phase3, "&status=EVALUATION&status=UNSUCCESSFUL"))
          .as("the closings of the load phase reached the index")
          .containsAll(phase3);
      LOG.info(
          "Closings logged by app A: {}, by app B: {}",
          count(appA.log(), "at their bid deadline"),
          count(appB.log(), "at their bid deadline"));
    } finally {
      memory.stop();
      for (int i = toClose.size() - 1; i >= 0; i--) {
        try {
          toClose.get(i).close();
        } catch (Exception e) {
          LOG.warn("Could not stop {}", toClose.get(i), e);
        }
      }
      TemporaryDirectories.delete(root);
      LOG.info(
          "Scale-mode test took {} s; peak resident memory {}", seconds(begin), memory.report());
    }
  }

  private String publish(Http via, Accounts.SignedIn client, String marker, Duration closesIn) {
    Map<String, Object> body = new TenderFixture(via, new TestClock()).body(closesIn);
    body.put("title", "规模测试 " + marker + " 呼叫中心外包 " + UUID.randomUUID());
    return new TenderFixture(via, new TestClock()).publish(client, body);
  }

  /** Polls search until every expected id is found; returns the ids found. */
  private List<String> awaitSearch(
      Http via, String marker, Collection<String> expected, String filters) {
    List<String> found = new ArrayList<>();
    long deadline = System.nanoTime() + CONVERGENCE.toNanos();
    while (true) {
      found.clear();
      // every page: a fast machine publishes hundreds of load tenders, more than one page holds
      boolean answered = true;
      for (int page = 0; answered; page++) {
        HttpResponse<String> response =
            via.get("/api/search/tenders?size=100&page=" + page + "&q=" + encode(marker) + filters);
        answered = response.statusCode() == 200;
        if (answered) {
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> hits =
              (List<Map<String, Object>>) via.json(response).get("hits");
          hits.forEach(hit -> found.add((String) hit.get("id")));
          answered = hits.size() == 100;
        }
      }
      if (found.containsAll(expected)) {
        return List.copyOf(found);
      }
      if (System.nanoTime() > deadline) {
        return List.copyOf(found);
      }
      Polling.pause(Duration.ofMillis(300));
    }
  }

  private void awaitClosed(PGSimpleDataSource jdbc, Collection<String> tenders) {
    until(
        Duration.ofSeconds(180),
        () ->
            query(
                    jdbc,
                    "SELECT count(*) FROM tender WHERE status = 'ACTIVE' AND id = ANY(?)",
                    tenders)
                .getFirst()
                .get(0)
                .equals("0"));
  }

  private static void until(Duration timeout, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Condition not met within " + timeout);
      }
      Polling.pause(Duration.ofMillis(250));
    }
  }

  private static Map<String, Integer> closingEvents(PGSimpleDataSource jdbc, List<String> ids) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (List<String> row :
        query(
            jdbc,
            """
            SELECT entity_id, count(*) FROM audit_event
            WHERE action IN ('tender.closed', 'tender.unsuccessful') AND entity_id = ANY(CAST(? AS text[]))
            GROUP BY entity_id
            """,
            ids)) {
      counts.put(row.get(0), Integer.parseInt(row.get(1)));
    }
    return counts;
  }

  private static Map<String, Integer> closingNotifications(
      PGSimpleDataSource jdbc, List<String> ids) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> row :
        query(
            jdbc,
            """
            SELECT tender_id, count(*) FROM notification
            WHERE kind IN ('TENDER_CLOSED', 'TENDER_UNSUCCESSFUL') AND tender_id = ANY(?)
            GROUP BY tender_id
            """,
            ids)) {
      counts.put(row.get(0), Integer.parseInt(row.get(1)));
    }
    return counts;
  }

  private static int distinctBidders(PGSimpleDataSource jdbc, String tender) {
    return Integer.parseInt(
        query(
                jdbc,
                "SELECT count(DISTINCT vendor_organisation_id) FROM bid WHERE tender_id = ANY(?)",
                List.of(tender))
            .getFirst()
            .get(0));
  }

  private static Map<String, Set<String>> liveBids(
      PGSimpleDataSource jdbc, Collection<String> tenders) {
    Map<String, Set<String>> bids = new HashMap<>();
    for (List<String> row :
        query(
            jdbc,
            "SELECT tender_id, vendor_organisation_id FROM bid WHERE status = 'SUBMITTED' AND tender_id = ANY(?)",
            tenders)) {
      bids.computeIfAbsent(row.get(0), t -> new HashSet<>()).add(row.get(1));
    }
    return bids;
  }

  private static List<List<String>> query(
      PGSimpleDataSource jdbc, String sql, Collection<String> ids) {
    try (Connection connection = jdbc.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      boolean text = sql.contains("text[]");
      statement.setArray(
          1,
          text
              ? connection.createArrayOf("text", ids.toArray())
              : connection.createArrayOf(
                  "uuid", ids.stream().map(UUID::fromString).toArray(UUID[]::new)));
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<String> row = new ArrayList<>();
          for (int c = 1; c <= columns; c++) {
            row.add(result.getString(c));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String vendorId(int index, List<Accounts.SignedIn> vendors) {
    return vendors.get(index).organisationId();
  }

  private static HttpResponse<byte[]> bytes(Http via, String path, String accessToken) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              via.request(path).header("Authorization", "Bearer " + accessToken).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<ProcessHandle> postgresProcesses(Path dataDirectory) {
    String directory = dataDirectory.toString();
    return ProcessHandle.allProcesses()
        .filter(
            process ->
                process.info().commandLine().map(line -> line.contains("postgres")).orElse(false))
        .filter(process -> belongsTo(process, directory))
        .toList();
  }

  /** A postgres server process started on {@code directory}, or one of its backends. */
  private static boolean belongsTo(ProcessHandle process, String directory) {
    for (ProcessHandle each = process; each != null; each = each.parent().orElse(null)) {
      if (each.info().commandLine().map(line -> line.contains(directory)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static String marker() {
    return "scale" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static long count(String log, String text) {
    return log.lines().filter(line -> line.contains(text)).count();
  }

  private static long seconds(long begin) {
    return Duration.ofNanos(System.nanoTime() - begin).toSeconds();
  }

  /** Samples the resident memory of groups of processes every second and keeps each peak. */
  private static final class MemorySampler {

    private final Map<String, java.util.function.Supplier<List<ProcessHandle>>> groups =
        new ConcurrentHashMap<>();
    private final Map<String, Long> peaks = new ConcurrentHashMap<>();
    private volatile long peakTotal;
    private volatile boolean running;
    private Thread thread;

    void watch(String name, java.util.function.Supplier<List<ProcessHandle>> processes) {
      groups.put(name, processes);
    }

    void start() {
      running = true;
      thread =
          Thread.ofPlatform()
              .daemon()
              .name("scale-memory-sampler")
              .start(
                  () -> {
                    while (running) {
                      sample();
                      Polling.pause(Duration.ofSeconds(1));
                    }
                  });
    }

    void stop() {
      running = false;
      if (thread != null) {
        try {
          thread.join(5000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private void sample() {
      long total = 0;
      for (var group : groups.entrySet()) {
        long sum;
        try {
          sum =
              group.getValue().get().stream()
                  .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                  .distinct()
                  .mapToLong(MemorySampler::residentBytes)
                  .sum();
        } catch (RuntimeException e) {
          continue;
        }
        peaks.merge(group.getKey(), sum, Math::max);
        total += sum;
      }
      total += residentBytes(ProcessHandle.current());
      peaks.merge("test JVM", residentBytes(ProcessHandle.current()), Math::max);
      peakTotal = Math.max(peakTotal, total);
    }

    String report() {
      StringBuilder text = new StringBuilder().append(peakTotal >> 20).append(" MB in all (");
      peaks.forEach(
          (name, bytes) -> text.append(name).append(' ').append(bytes >> 20).append(" MB, "));
      return text.append("each a peak of its own)").toString();
    }

    private static long residentBytes(ProcessHandle process) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc", process.pid() + "", "status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
          }
        }
      } catch (IOException | RuntimeException gone) {
        // the process ended between listing and reading
      }
      return 0;
    }
  }
}
