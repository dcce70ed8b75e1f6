import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Waibao's load generator: JDK only, run as a source file ({@code java deploy/perf/Bench.java}).
 *
 * <pre>
 * rate    URL RPS SECONDS [BODY_FILE]   open loop at a fixed rate (GET, or POST of the body as JSON);
 *                                       latency counts from the planned send time, so a stall
 *                                       shows up in the percentiles (no coordinated omission)
 * publish BASE_URL BENCH_TSV COUNT      a client creates and publishes tenders one by one; each
 *                                       publish is timed until /api/search/tenders finds it
 * bids    BASE_URL BENCH_TSV SECONDS THREADS [hot]
 *                                       vendors bid on the open bench tenders (or all on the first,
 *                                       the hot one) in a closed loop; accepted bids per second
 * </pre>
 */
public final class Bench {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          // Daemon threads: a run that fails (e.g. a timeout) must end the JVM, not hang it.
          .executor(
              Executors.newFixedThreadPool(
                  8,
                  task -> {
                    Thread thread = new Thread(task);
                    thread.setDaemon(true);
                    return thread;
                  }))
          .build();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "rate" ->
          rate(
              args[1],
              Integer.parseInt(args[2]),
              Integer.parseInt(args[3]),
              args.length > 4 ? Files.readString(Path.of(args[4])) : null);
      case "publish" -> publish(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
      case "bids" ->
          bids(
              args[1],
              Path.of(args[2]),
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]),
              args.length > 5 && args[5].equals("hot"));
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
    System.exit(0);
  }

  static void rate(String url, int rps, int seconds, String body) throws Exception {
    long intervalNanos = 1_000_000_000L / rps;
    int total = rps * seconds;
    long[] latencies = new long[total];
    AtomicInteger errors = new AtomicInteger();
    var futures = new ArrayList<CompletableFuture<?>>(total);
    long start = System.nanoTime() + 50_000_000L;
    for (int i = 0; i < total; i++) {
      long planned = start + i * intervalNanos;
      long wait = planned - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      var builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
      if (body != null) {
        builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
      }
      int slot = i;
      futures.add(
          HTTP.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray())
              .handle(
                  (response, failure) -> {
                    latencies[slot] = System.nanoTime() - planned;
                    if (failure != null || response.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    double took = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "rate %d/s for %d s: %s errors=%d achieved=%.0f/s%n",
        rps, seconds, percentiles(latencies), errors.get(), total / took);
  }

  static void publish(String base, Path benchFile, int count) throws Exception {
    String client = value(benchFile, "client");
    long[] latencies = new long[count];
    for (int i = 0; i < count; i++) {
      String probe = "probe" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + "x" + i;
      Instant deadline = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
      String tender =
          """
          {"title": "延迟探测 %s latency probe", "description": "publish to searchable %s",
           "clientIndustry": "FINANCE", "city": "harbin", "deliveryMode": "ONSHORE",
           "budgetMin": 100000, "budgetMax": 200000, "noticePeriodDays": 10,
           "clarificationDeadline": "%s", "bidDeadline": "%s", "priceWeight": 100,
           "minimumBids": 1, "capabilities": ["ITO_APPLICATION_SOFTWARE"], "languages": ["zh"],
           "certifications": [], "criteria": [], "lots": []}
          """
              .formatted(probe, probe, deadline.minus(Duration.ofDays(5)), deadline);
      var created = send(post(base + "/api/tenders", client, tender));
      if (created.statusCode() != 201 && created.statusCode() != 200) {
        throw new IllegalStateException("create failed: " + created.statusCode() + " " + created.body());
      }
      String id = created.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
      var published = send(post(base + "/api/tenders/" + id + "/publish", client, "{}"));
      long publishedAt = System.nanoTime();
      if (published.statusCode() / 100 != 2) {
        throw new IllegalStateException("publish failed: " + published.statusCode() + " " + published.body());
      }
      String search = base + "/api/search/tenders?q=" + URLEncoder.encode(probe, StandardCharsets.UTF_8);
      while (true) {
        var found = send(HttpRequest.newBuilder(URI.create(search)).GET().build());
        if (found.statusCode() == 200 && found.body().contains(id)) {
          break;
        }
        if (System.nanoTime() - publishedAt > 30_000_000_000L) {
          throw new IllegalStateException("tender " + id + " not searchable after 30 s");
        }
        Thread.sleep(2);
      }
      latencies[i] = System.nanoTime() - publishedAt;
      Thread.sleep(ThreadLocalRandom.current().nextInt(50, 250));
    }
    System.out.printf("publish->searchable over %d tenders: %s%n", count, percentiles(latencies));
  }

  static void bids(String base, Path benchFile, int seconds, int threads, boolean hot) throws Exception {
    List<String> benchVendors = values(benchFile, "vendor");
    List<String> tenders = values(benchFile, "tender");
    // The spread run bids with the first half of the vendors, the hot run with the second, so that
    // neither meets a bid the other placed (a vendor has one live bid per tender).
    List<String> vendors =
        hot
            ? benchVendors.subList(benchVendors.size() / 2, benchVendors.size())
            : benchVendors.subList(0, benchVendors.size() / 2);
    if (hot) {
      tenders = tenders.subList(0, 1);
    }
    // Every (vendor, tender) pair once: a vendor has one live bid per tender.
    var pairs = new ConcurrentLinkedQueue<int[]>();
    for (int t = 0; t < tenders.size(); t++) {
      for (int v = 0; v < vendors.size(); v++) {
        pairs.add(new int[] {v, t});
      }
    }
    var shuffled = new ArrayList<>(pairs);
    java.util.Collections.shuffle(shuffled, new java.util.Random(7));
    var queue = new ConcurrentLinkedQueue<>(shuffled);
    AtomicLong accepted = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    var latencies = new ConcurrentLinkedQueue<Long>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    var pool = Executors.newFixedThreadPool(threads);
    List<String> chosen = tenders;
    long start = System.nanoTime();
    for (int i = 0; i < threads; i++) {
      pool.submit(
          () -> {
            int[] pair;
            while (System.nanoTime() < end && (pair = queue.poll()) != null) {
              long sent = System.nanoTime();
              try {
                var response =
                    send(
                        post(
                            base + "/api/tenders/" + chosen.get(pair[1]) + "/bids",
                            vendors.get(pair[0]),
                            "{\"price\": %d, \"durationDays\": 90, \"proposal\": \"bench\"}"
                                .formatted(50_000 + pair[0])));
                latencies.add(System.nanoTime() - sent);
                if (response.statusCode() == 201) {
                  accepted.incrementAndGet();
                } else {
                  refused.incrementAndGet();
                  if (refused.get() < 3) {
                    System.err.println(response.statusCode() + " " + response.body());
                  }
                }
              } catch (Exception e) {
                refused.incrementAndGet();
              }
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60, java.util.concurrent.TimeUnit.SECONDS);
    double took = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().mapToLong(Long::longValue).toArray();
    System.out.printf(
        "bids (%s, %d threads): accepted=%d refused=%d in %.1f s = %.0f accepted/s; %s%n",
        hot ? "one hot tender" : tenders.size() + " tenders",
        threads,
        accepted.get(),
        refused.get(),
        took,
        accepted.get() / took,
        percentiles(all));
  }

  private static HttpRequest post(String url, String token, String json) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String value(Path file, String kind) throws Exception {
    return values(file, kind).getFirst();
  }

  private static List<String> values(Path file, String kind) throws Exception {
    return Files.readAllLines(file).stream()
        .filter(line -> line.startsWith(kind + "\t"))
        .map(line -> line.substring(kind.length() + 1))
        .toList();
  }

  private static String percentiles(long[] nanos) {
    if (nanos.length == 0) {
      return "no samples";
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return "p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms n=%d"
        .formatted(
            at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
  }

  private static double at(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }
}
