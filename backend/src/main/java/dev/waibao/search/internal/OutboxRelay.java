package dev.waibao.search.internal;

import dev.waibao.search.DocumentSource;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchEngine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves outbox rows into the search engine: a batch at a time, locked with SKIP LOCKED so several
 * instances share the work, each document indexed in its current state (so repeated changes
 * coalesce) or deleted when it is no longer public. A failed batch stays in the outbox and is
 * retried with exponential back-off (1 s doubling to 1 min) until the engine answers again.
 */
@Singleton
public class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
  static final int BATCH = 500;
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

  private final DSLContext sql;
  private final SearchEngine engine;
  private final Map<String, DocumentSource> sources;
  private final Clock clock;
  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong lagMillis = new AtomicLong();
  private final AtomicBoolean failing = new AtomicBoolean();

  OutboxRelay(
      DSLContext sql,
      SearchEngine engine,
      List<DocumentSource> sources,
      Clock clock,
      MeterRegistry meters) {
    this.sql = sql;
    this.engine = engine;
    this.sources =
        sources.stream().collect(Collectors.toMap(DocumentSource::index, Function.identity()));
    this.clock = clock;
    Gauge.builder("waibao.search.outbox.pending", pending, AtomicLong::get)
        .description("Changes waiting to reach the search index")
        .register(meters);
    Gauge.builder("waibao.search.outbox.lag.seconds", lagMillis, lag -> lag.get() / 1000.0)
        .description("Age of the oldest change waiting to reach the search index")
        .register(meters);
  }

  /** How far the index trails the database. */
  public record Lag(long pending, Duration oldest) {}

  // Every 100 ms: the relay's wait is most of the time from publishing to being searchable.
  @Scheduled(fixedDelay = "${waibao.search.relay-interval:100ms}", initialDelay = "2s")
  void relayContinuously() {
    try {
      retryPromptlyOnceTheEngineIsBack();
      while (relayBatch() == BATCH) {
        // keep draining while full batches come
      }
      lag();
    } catch (RuntimeException e) {
      LOG.warn("Search outbox relay failed; it retries: {}", e.getMessage());
    }
  }

  /**
   * Relays one batch of due changes; returns how many outbox rows it took. A change never tried is
   * always due, whatever time the instance that wrote it thought it was: with several instances a
   * clock running ahead on one of them must not hold its changes back on the others. Only the
   * back-off of failed changes is timed.
   */
  @Transactional
  public int relayBatch() {
    Instant now = clock.instant();
    List<OutboxRow> rows =
        sql.fetch(
                """
                SELECT id, index_name, document_id, attempts FROM search_outbox
                WHERE attempts = 0 OR next_attempt_at <= CAST(? AS timestamptz)
                ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED
                """,
                utc(now),
                BATCH)
            .map(
                r ->
                    new OutboxRow(
                        r.get(0, Long.class),
                        r.get(1, String.class),
                        r.get(2, String.class),
                        r.get(3, Integer.class)));
    if (rows.isEmpty()) {
      return 0;
    }
    Map<String, List<OutboxRow>> byIndex =
        rows.stream()
            .collect(
                Collectors.groupingBy(OutboxRow::index, LinkedHashMap::new, Collectors.toList()));
    List<Long> done = new ArrayList<>();
    for (Map.Entry<String, List<OutboxRow>> entry : byIndex.entrySet()) {
      List<OutboxRow> batch = entry.getValue();
      try {
        apply(entry.getKey(), batch);
        batch.forEach(row -> done.add(row.id()));
      } catch (RuntimeException e) {
        failing.set(true);
        int attempts = batch.stream().mapToInt(OutboxRow::attempts).max().orElse(0) + 1;
        Duration backoff = Duration.ofSeconds(1L << Math.min(attempts - 1, 6));
        if (backoff.compareTo(MAX_BACKOFF) > 0) {
          backoff = MAX_BACKOFF;
        }
        sql.execute(
            "UPDATE search_outbox SET attempts = ?, next_attempt_at = CAST(? AS timestamptz), last_error = ? WHERE id = ANY(?)",
            attempts,
            utc(now.plus(backoff)),
            truncate(e.getMessage()),
            batch.stream().map(OutboxRow::id).toArray(Long[]::new));
        LOG.warn(
            "Indexing {} change(s) of {} failed (attempt {}), retrying in {}: {}",
            batch.size(),
            entry.getKey(),
            attempts,
            backoff,
            e.getMessage());
      }
    }
    if (!done.isEmpty()) {
      sql.execute(
          "DELETE FROM search_outbox WHERE id = ANY(?)", (Object) done.toArray(Long[]::new));
    }
    return rows.size();
  }

  /**
   * While the engine is down, failed changes wait with a back-off of up to a minute. As soon as the
   * engine answers again they are all made due, so the index catches up within seconds of the
   * engine's return rather than after the longest back-off.
   */
  @Transactional
  public int retryPromptlyOnceTheEngineIsBack() {
    if (!failing.get() || !engine.health().isUp()) {
      return 0;
    }
    failing.set(false);
    int due =
        sql.execute(
            "UPDATE search_outbox SET next_attempt_at = CAST(? AS timestamptz)"
                + " WHERE attempts > 0 AND next_attempt_at > CAST(? AS timestamptz)",
            utc(clock.instant()),
            utc(clock.instant()));
    if (due > 0) {
      LOG.info("The search engine answers again; retrying {} waiting change(s) now", due);
    }
    return due;
  }

  /** The backlog now, also published as metrics. */
  @Transactional(readOnly = true)
  public Lag lag() {
    var row = sql.fetchOne("SELECT count(*), min(enqueued_at) FROM search_outbox");
    long count = row.get(0, Long.class);
    OffsetDateTime oldest = row.get(1, OffsetDateTime.class);
    Duration age =
        oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), clock.instant());
    pending.set(count);
    lagMillis.set(Math.max(0, age.toMillis()));
    return new Lag(count, age.isNegative() ? Duration.ZERO : age);
  }

  private void apply(String index, List<OutboxRow> batch) {
    DocumentSource source = sources.get(index);
    if (source == null) {
      throw new IllegalStateException("No document source for index " + index);
    }
    Set<String> ids =
        batch.stream()
            .map(OutboxRow::documentId)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Map<String, SearchDocument> current = new HashMap<>(source.load(ids));
    List<String> gone = ids.stream().filter(id -> !current.containsKey(id)).toList();
    if (!current.isEmpty()) {
      var report = engine.index(index, List.copyOf(current.values()));
      if (!report.failures().isEmpty()) {
        throw new IllegalStateException("The engine refused " + report.failures());
      }
    }
    if (!gone.isEmpty()) {
      engine.delete(index, gone);
    }
  }

  private static String truncate(String message) {
    return message == null ? null : message.length() <= 2000 ? message : message.substring(0, 2000);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private record OutboxRow(long id, String index, String documentId, int attempts) {}
}
