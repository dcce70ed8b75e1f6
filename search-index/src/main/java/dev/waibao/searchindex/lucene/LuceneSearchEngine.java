package dev.waibao.searchindex.lucene;

import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.IndexingReport;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.SearchEngineException;
import dev.waibao.searchindex.SearchHealth;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.SearchResult;
import dev.waibao.searchindex.internal.IndexNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded engine: one Lucene index per sub-directory of a root directory, for a single app
 * instance that needs no search server.
 *
 * <p>Writes are durable when {@link #index} or {@link #delete} returns (they commit), because the
 * caller forgets a change once it was handed over. Like Elasticsearch, searches see writes after
 * {@link #refresh} or after the periodic background refresh (every second by default).
 */
public final class LuceneSearchEngine implements SearchEngine {

  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchEngine.class);

  /** Elasticsearch's default refresh interval, so both engines make writes visible alike. */
  public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofSeconds(1);

  private final Path root;
  private final Map<String, LuceneIndex> indexes = new ConcurrentHashMap<>();
  private final ScheduledExecutorService refresher;
  private volatile boolean closed;

  /** An engine keeping its indexes under {@code root}, refreshing every second. */
  public LuceneSearchEngine(Path root) {
    this(root, DEFAULT_REFRESH_INTERVAL);
  }

  /** An engine keeping its indexes under {@code root}, refreshing at the given interval. */
  public LuceneSearchEngine(Path root, Duration refreshInterval) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath();
    if (refreshInterval.isNegative() || refreshInterval.isZero()) {
      throw new IllegalArgumentException("refreshInterval must be positive");
    }
    try {
      Files.createDirectories(this.root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the index directory " + this.root, e);
    }
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "lucene-refresh");
              thread.setDaemon(true);
              return thread;
            });
    long millis = refreshInterval.toMillis();
    refresher.scheduleWithFixedDelay(this::refreshAll, millis, millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void ensureIndex(String index, IndexDefinition definition) {
    IndexNames.requireValid(index);
    Objects.requireNonNull(definition, "definition");
    requireOpen();
    indexes.compute(
        index,
        (name, existing) -> {
          if (existing != null) {
            existing.redefine(definition);
            return existing;
          }
          try {
            LOG.debug("Opening Lucene index {} under {}", name, root);
            return LuceneIndex.open(name, root.resolve(name), definition);
          } catch (IOException e) {
            throw new SearchEngineException("cannot open Lucene index " + name, e);
          }
        });
  }

  @Override
  public IndexingReport index(String index, List<SearchDocument> documents) {
    LuceneIndex target = open(index);
    if (documents.isEmpty()) {
      return IndexingReport.empty();
    }
    try {
      return target.index(documents);
    } catch (IOException e) {
      throw new SearchEngineException("cannot write to Lucene index " + index, e);
    } catch (AlreadyClosedException e) {
      throw closedWhileUsed(index, e);
    }
  }

  @Override
  public void delete(String index, Collection<String> ids) {
    LuceneIndex target = open(index);
    if (ids.isEmpty()) {
      return;
    }
    try {
      target.delete(ids);
    } catch (IOException e) {
      throw new SearchEngineException("cannot delete from Lucene index " + index, e);
    } catch (AlreadyClosedException e) {
      throw closedWhileUsed(index, e);
    }
  }

  @Override
  public void refresh(String index) {
    LuceneIndex target = open(index);
    try {
      target.refresh();
    } catch (IOException e) {
      throw new SearchEngineException("cannot refresh Lucene index " + index, e);
    } catch (AlreadyClosedException e) {
      throw closedWhileUsed(index, e);
    }
  }

  @Override
  public SearchResult search(String index, SearchQuery query) {
    Objects.requireNonNull(query, "query");
    LuceneIndex target = open(index);
    try {
      return target.search(query);
    } catch (IOException e) {
      throw new SearchEngineException("cannot search Lucene index " + index, e);
    } catch (AlreadyClosedException e) {
      throw closedWhileUsed(index, e);
    }
  }

  @Override
  public void deleteIndex(String index) {
    IndexNames.requireValid(index);
    requireOpen();
    LuceneIndex removed = indexes.remove(index);
    Path path = root.resolve(index);
    try {
      if (removed != null) {
        removed.close();
      }
      deleteRecursively(path);
    } catch (IOException e) {
      throw new SearchEngineException("cannot delete Lucene index " + index, e);
    }
  }

  @Override
  public SearchHealth health() {
    if (closed) {
      return SearchHealth.down("Lucene engine is closed");
    }
    var problems = new ArrayList<String>();
    indexes
        .values()
        .forEach(
            index -> {
              String problem = index.problem();
              if (problem != null) {
                problems.add(problem);
              }
            });
    if (!problems.isEmpty()) {
      return SearchHealth.down(String.join("; ", problems));
    }
    if (!Files.isWritable(root)) {
      return SearchHealth.down("index directory " + root + " is not writable");
    }
    return SearchHealth.up(indexes.size() + " Lucene index(es) open under " + root);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    refresher.shutdownNow();
    var failures = new ArrayList<String>();
    for (LuceneIndex index : indexes.values()) {
      try {
        index.close();
      } catch (IOException | RuntimeException e) {
        LOG.warn("Closing Lucene index {} failed", index.name(), e);
        failures.add(index.name());
      }
    }
    indexes.clear();
    if (!failures.isEmpty()) {
      throw new SearchEngineException("could not close Lucene indexes " + failures);
    }
  }

  private void refreshAll() {
    for (LuceneIndex index : indexes.values()) {
      try {
        index.refreshIfIdle();
      } catch (IOException | AlreadyClosedException e) {
        // The next round retries; an index deleted meanwhile is simply gone.
        LOG.debug("Background refresh of {} failed", index.name(), e);
      }
    }
  }

  private LuceneIndex open(String index) {
    requireOpen();
    LuceneIndex found = indexes.get(index);
    if (found == null) {
      throw new IllegalStateException(
          "index '" + index + "' is not open: call ensureIndex before using it");
    }
    return found;
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the Lucene search engine is closed");
    }
  }

  private static IllegalStateException closedWhileUsed(String index, AlreadyClosedException e) {
    return new IllegalStateException("index '" + index + "' was closed while in use", e);
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }
}
