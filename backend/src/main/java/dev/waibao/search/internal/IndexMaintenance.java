package dev.waibao.search.internal;

import dev.waibao.search.DocumentSource;
import dev.waibao.searchindex.DocumentVersion;
import dev.waibao.searchindex.IndexingReport;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.shared.problem.ProblemException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilding an index from PostgreSQL without downtime, and comparing an index with PostgreSQL.
 *
 * <p>A rebuild creates the next version of the index behind its alias. From that moment the engine
 * sends every write to the alias — the relay's included — to the served version and to the new one,
 * so changes made during the rebuild reach both. The rebuild then loads every document from the
 * database into the new version, compares the new version with the database and repairs what
 * differs (a write that was resolved just before the version existed, a document deleted during the
 * load), and swaps the alias in one step. Searches keep being answered by the old version until the
 * swap, by the new one after it; the old version is dropped afterwards.
 */
@Singleton
public class IndexMaintenance {

  private static final Logger LOG = LoggerFactory.getLogger(IndexMaintenance.class);
  private static final int SAMPLE = 20;

  private final SearchEngine engine;
  private final Map<String, DocumentSource> sources;
  private final SourceReads reads;
  private final OutboxRelay relay;
  private final Clock clock;
  private final int page;
  private final Map<UUID, Rebuild> jobs = new ConcurrentHashMap<>();
  private final Map<String, Rebuild> running = new ConcurrentHashMap<>();

  IndexMaintenance(
      SearchEngine engine,
      List<DocumentSource> sources,
      SourceReads reads,
      OutboxRelay relay,
      Clock clock,
      @Value("${waibao.search.rebuild-page-size:1000}") int page) {
    this.engine = engine;
    this.sources =
        sources.stream().collect(Collectors.toMap(DocumentSource::index, Function.identity()));
    this.reads = reads;
    this.relay = relay;
    this.clock = clock;
    if (page < 1 || page > SearchEngine.MAX_SCAN_PAGE) {
      throw new IllegalArgumentException(
          "waibao.search.rebuild-page-size must be between 1 and " + SearchEngine.MAX_SCAN_PAGE);
    }
    this.page = page;
  }

  /** The names of the indexes the application keeps. */
  public List<String> indexes() {
    return sources.keySet().stream().sorted().toList();
  }

  /** A rebuild as its caller polls it. */
  @Serdeable
  public record RebuildView(
      UUID id,
      String index,
      String status,
      Instant startedAt,
      @Nullable Instant finishedAt,
      @Nullable String previousVersion,
      @Nullable String newVersion,
      long loaded,
      long repaired,
      @Nullable String error) {}

  /**
   * Starts rebuilding the index in the background.
   *
   * @throws ProblemException 404 for an unknown index, 409 while a rebuild of it runs
   */
  public RebuildView startRebuild(String index) {
    DocumentSource source = source(index);
    Rebuild rebuild = new Rebuild(UUID.randomUUID(), index, clock.instant());
    if (running.putIfAbsent(index, rebuild) != null) {
      throw ProblemException.conflict(
          "reindex-running",
          "A rebuild is running",
          "The " + index + " index is being rebuilt already; poll that rebuild.");
    }
    jobs.put(rebuild.id, rebuild);
    Thread.ofVirtual()
        .name("search-rebuild-" + index)
        .start(
            () -> {
              try {
                rebuild(source, rebuild);
                rebuild.finish("SUCCEEDED", null, clock.instant());
              } catch (RuntimeException e) {
                LOG.warn("Rebuilding the {} index failed: {}", index, e.toString(), e);
                abandon(rebuild);
                rebuild.finish("FAILED", String.valueOf(e.getMessage()), clock.instant());
              } finally {
                running.remove(index, rebuild);
              }
            });
    return rebuild.view();
  }

  /** A rebuild started on this instance, while the instance runs. */
  public Optional<RebuildView> rebuild(UUID id) {
    return Optional.ofNullable(jobs.get(id)).map(Rebuild::view);
  }

  /** Rebuilds synchronously; for tests and operators' tools. */
  public RebuildView rebuildNow(String index) {
    RebuildView started = startRebuild(index);
    Rebuild rebuild = jobs.get(started.id());
    synchronized (rebuild) {
      while (rebuild.finishedAt == null) {
        try {
          rebuild.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while rebuilding " + index, e);
        }
      }
    }
    return rebuild.view();
  }

  private void rebuild(DocumentSource source, Rebuild rebuild) {
    String alias = source.index();
    engine.ensureAlias(alias, source.definition());
    rebuild.previousVersion = engine.aliasTarget(alias).orElse(alias);
    String version = engine.createIndexVersion(alias, source.definition());
    rebuild.newVersion = version;
    LOG.info("Rebuilding {} into {}", alias, version);
    String after = null;
    while (true) {
      List<DocumentVersion> versions = reads.versions(source, after, page);
      if (versions.isEmpty()) {
        break;
      }
      List<String> ids = versions.stream().map(DocumentVersion::id).toList();
      write(version, source, ids);
      rebuild.loaded.addAndGet(ids.size());
      after = ids.getLast();
      if (versions.size() < page) {
        break;
      }
    }
    engine.refresh(version);
    Differences differences = compare(source, version);
    List<String> repair = new ArrayList<>();
    repair.addAll(differences.missing.all);
    repair.addAll(differences.stale.all);
    repair.addAll(differences.extra.all);
    for (int from = 0; from < repair.size(); from += page) {
      write(version, source, repair.subList(from, Math.min(repair.size(), from + page)));
    }
    rebuild.repaired.set(repair.size());
    engine.refresh(version);
    Optional<String> previous = engine.swapAlias(alias, version);
    previous.ifPresent(
        old -> {
          if (!old.equals(version)) {
            engine.deleteIndex(old);
          }
        });
    LOG.info(
        "Rebuilt {} into {}: {} documents loaded, {} repaired",
        alias,
        version,
        rebuild.loaded.get(),
        repair.size());
  }

  /** Drops a version that was never swapped in, so writes stop going to it. */
  private void abandon(Rebuild rebuild) {
    String version = rebuild.newVersion;
    if (version != null && !engine.aliasTarget(rebuild.index).map(version::equals).orElse(false)) {
      try {
        engine.deleteIndex(version);
      } catch (RuntimeException e) {
        LOG.warn("Could not drop the abandoned version {}: {}", version, e.toString());
      }
    }
  }

  /** Writes the current state of these documents into the physical index, deleting gone ones. */
  private void write(String physical, DocumentSource source, Collection<String> ids) {
    Map<String, SearchDocument> current = reads.load(source, ids);
    if (!current.isEmpty()) {
      IndexingReport report = engine.index(physical, List.copyOf(current.values()));
      if (!report.succeeded()) {
        throw new IllegalStateException("The engine refused " + report.failures());
      }
    }
    List<String> gone = ids.stream().filter(id -> !current.containsKey(id)).toList();
    if (!gone.isEmpty()) {
      engine.delete(physical, gone);
    }
  }

  /** Where an index and the database disagree. */
  @Serdeable
  public record Consistency(
      String index,
      @Nullable String servedBy,
      long databaseDocuments,
      long indexDocuments,
      Difference missing,
      Difference extra,
      Difference stale,
      long pendingChanges,
      boolean consistent) {}

  /**
   * Documents of one kind of difference.
   *
   * @param count how many
   * @param sample the first of them by id, at most 20
   */
  @Serdeable
  public record Difference(long count, List<String> sample) {}

  /**
   * Compares the index with the database: documents the index lacks, documents it holds that are
   * not (or no longer) public, and documents it holds in another version than the database's.
   * Changes still waiting in the outbox show as differences until the relay has moved them.
   */
  public Consistency consistency(String index) {
    DocumentSource source = source(index);
    engine.refresh(index);
    Differences differences = compare(source, index);
    long pending = relay.lag().pending();
    return new Consistency(
        index,
        engine.aliasTarget(index).orElse(index),
        differences.database,
        differences.index,
        differences.missing.view(),
        differences.extra.view(),
        differences.stale.view(),
        pending,
        differences.missing.all.isEmpty()
            && differences.extra.all.isEmpty()
            && differences.stale.all.isEmpty());
  }

  private static final class Collected {
    final List<String> all = new ArrayList<>();

    void add(String id) {
      all.add(id);
    }

    Difference view() {
      return new Difference(all.size(), List.copyOf(all.subList(0, Math.min(SAMPLE, all.size()))));
    }
  }

  private static final class Differences {
    long database;
    long index;
    final Collected missing = new Collected();
    final Collected extra = new Collected();
    final Collected stale = new Collected();
  }

  /** Merges the database's and the index's id-ordered walks. */
  private Differences compare(DocumentSource source, String index) {
    Differences differences = new Differences();
    Iterator<DocumentVersion> database = databaseWalk(source).iterator();
    try (Stream<DocumentVersion> indexed =
        engine.idsAndVersions(index, SearchEngine.MAX_SCAN_PAGE)) {
      Iterator<DocumentVersion> held = indexed.iterator();
      DocumentVersion d = next(database);
      DocumentVersion i = next(held);
      while (d != null || i != null) {
        int order = d == null ? 1 : i == null ? -1 : d.id().compareTo(i.id());
        if (order < 0) {
          differences.database++;
          differences.missing.add(d.id());
          d = next(database);
        } else if (order > 0) {
          differences.index++;
          differences.extra.add(i.id());
          i = next(held);
        } else {
          differences.database++;
          differences.index++;
          if (d.version() != i.version()) {
            differences.stale.add(d.id());
          }
          d = next(database);
          i = next(held);
        }
      }
    }
    return differences;
  }

  private Stream<DocumentVersion> databaseWalk(DocumentSource source) {
    List<DocumentVersion> first = reads.versions(source, null, page);
    return Stream.iterate(
            first,
            versions -> !versions.isEmpty(),
            versions ->
                versions.size() < page
                    ? List.<DocumentVersion>of()
                    : reads.versions(source, versions.getLast().id(), page))
        .flatMap(List::stream);
  }

  private static DocumentVersion next(Iterator<DocumentVersion> walk) {
    return walk.hasNext() ? walk.next() : null;
  }

  private DocumentSource source(String index) {
    DocumentSource source = sources.get(index);
    if (source == null) {
      throw ProblemException.notFound("The search index " + index);
    }
    return source;
  }

  private static final class Rebuild {
    final UUID id;
    final String index;
    final Instant startedAt;
    final AtomicLong loaded = new AtomicLong();
    final AtomicLong repaired = new AtomicLong();
    volatile String previousVersion;
    volatile String newVersion;
    volatile String status = "RUNNING";
    volatile Instant finishedAt;
    volatile String error;

    Rebuild(UUID id, String index, Instant startedAt) {
      this.id = id;
      this.index = index;
      this.startedAt = startedAt;
    }

    synchronized void finish(String status, String error, Instant at) {
      this.status = status;
      this.error = error;
      this.finishedAt = at;
      notifyAll();
    }

    RebuildView view() {
      return new RebuildView(
          id,
          index,
          status,
          startedAt,
          finishedAt,
          previousVersion,
          newVersion,
          loaded.get(),
          repaired.get(),
          error);
    }
  }
}
