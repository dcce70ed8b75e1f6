package dev.waibao.searchindex.lucene;

import dev.waibao.searchindex.DocumentVersionPage;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.IndexingReport;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.SearchEngineException;
import dev.waibao.searchindex.SearchHealth;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.SearchResult;
import dev.waibao.searchindex.internal.DocumentCodec;
import dev.waibao.searchindex.internal.IndexNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
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
 * <p>Searches see writes after {@link #refresh} or after the periodic background refresh (every 100
 * ms by default: a near-real-time reader reopen costs no fsync, and publishing must reach searches
 * within 0.3 s). Writes become durable at the periodic commit (every second by default) and when
 * the engine closes, not when {@link #index} returns: a commit costs tens of milliseconds of
 * fsyncs, which one commit per interval pays for many calls. If the process dies in between, the
 * writes of the last interval can be missing when the index is opened again; {@link
 * #writesMissingSince} then says since when, so that the caller re-queues what changed since from
 * its source of truth (see that method).
 *
 * <p>An alias is a file {@code <alias>.alias} in the root holding the name of the version it
 * serves, replaced atomically by a swap; versions are ordinary index directories. A swap changes
 * which open index later calls use; searches already running finish on the old one.
 */
public final class LuceneSearchEngine implements SearchEngine {

  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchEngine.class);

  /** How often the background refresh runs by default, besides the prompt one after writes. */
  public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofSeconds(1);

  /** How often writes become durable by default: the most a crash can lose, to be repaired. */
  public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(1);

  private static final String ALIAS_SUFFIX = ".alias";

  private final Path root;
  private final Map<String, LuceneIndex> indexes = new ConcurrentHashMap<>();
  private final Map<String, String> aliases = new ConcurrentHashMap<>();

  /** Serializes changes of aliases and of the set of open indexes. */
  private final Object layout = new Object();

  private final ScheduledExecutorService refresher;
  private final ScheduledExecutorService committer;
  private volatile boolean closed;

  /** An engine keeping its indexes under {@code root}, with the default intervals. */
  public LuceneSearchEngine(Path root) {
    this(root, DEFAULT_REFRESH_INTERVAL);
  }

  /** An engine keeping its indexes under {@code root}, refreshing at the given interval. */
  public LuceneSearchEngine(Path root, Duration refreshInterval) {
    this(root, refreshInterval, DEFAULT_COMMIT_INTERVAL);
  }

  /**
   * An engine keeping its indexes under {@code root}, refreshing and committing at the given
   * intervals.
   */
  public LuceneSearchEngine(Path root, Duration refreshInterval, Duration commitInterval) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath();
    if (refreshInterval.isNegative() || refreshInterval.isZero()) {
      throw new IllegalArgumentException("refreshInterval must be positive");
    }
    if (commitInterval.isNegative() || commitInterval.isZero()) {
      throw new IllegalArgumentException("commitInterval must be positive");
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
    // Its own thread: a commit's fsyncs must not hold up the next refresh.
    this.committer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "lucene-commit");
              thread.setDaemon(true);
              return thread;
            });
    long commitMillis = commitInterval.toMillis();
    committer.scheduleWithFixedDelay(
        this::commitAll, commitMillis, commitMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void ensureIndex(String index, IndexDefinition definition) {
    IndexNames.requireValid(index);
    Objects.requireNonNull(definition, "definition");
    requireOpen();
    synchronized (layout) {
      Optional<String> target = readAlias(index);
      if (target.isPresent()) {
        aliases.put(index, target.get());
        openIndex(target.get(), definition, false);
      } else {
        openIndex(index, definition, false);
      }
      openNewerVersions(index, definition);
    }
  }

  @Override
  public void ensureAlias(String alias, IndexDefinition definition) {
    IndexNames.requireValidAlias(alias);
    Objects.requireNonNull(definition, "definition");
    requireOpen();
    synchronized (layout) {
      if (readAlias(alias).isPresent() || Files.isDirectory(root.resolve(alias))) {
        ensureIndex(alias, definition);
        return;
      }
      String first = IndexNames.version(alias, nextVersionNumber(alias));
      openIndex(first, definition, true);
      writeAlias(alias, first);
      aliases.put(alias, first);
      LOG.info("Created Lucene index {} behind alias {}", first, alias);
    }
  }

  @Override
  public String createIndexVersion(String alias, IndexDefinition definition) {
    IndexNames.requireValidAlias(alias);
    Objects.requireNonNull(definition, "definition");
    requireOpen();
    synchronized (layout) {
      String version = IndexNames.version(alias, nextVersionNumber(alias));
      openIndex(version, definition, true);
      LOG.info("Created Lucene index version {} for alias {}", version, alias);
      return version;
    }
  }

  @Override
  public Optional<String> swapAlias(String alias, String version) {
    IndexNames.requireValidAlias(alias);
    IndexNames.requireVersionOf(alias, version);
    requireOpen();
    synchronized (layout) {
      if (!indexes.containsKey(version)) {
        throw new IllegalStateException(
            "version '" + version + "' is not open: create it with createIndexVersion first");
      }
      Optional<String> previous = readAlias(alias);
      writeAlias(alias, version);
      aliases.put(alias, version);
      // An alias cannot share its name with an index; the plain index it replaces goes now.
      if (indexes.containsKey(alias) || Files.isDirectory(root.resolve(alias))) {
        dropIndex(alias);
      }
      LOG.info("Alias {} now serves {} (was {})", alias, version, previous.orElse(alias));
      return previous.filter(name -> !name.equals(version));
    }
  }

  @Override
  public Optional<String> aliasTarget(String alias) {
    IndexNames.requireValidAlias(alias);
    requireOpen();
    String loaded = aliases.get(alias);
    return loaded != null ? Optional.of(loaded) : readAlias(alias);
  }

  @Override
  public List<String> indexVersions(String alias) {
    IndexNames.requireValidAlias(alias);
    requireOpen();
    return versionsOnDisk(alias);
  }

  @Override
  public IndexingReport index(String index, List<SearchDocument> documents) {
    List<LuceneIndex> targets = writeTargets(index);
    if (documents.isEmpty()) {
      return IndexingReport.empty();
    }
    // A rebuild may use a changed definition: check every document against every target first, so
    // that a document that does not fit one of them fails the call before anything is written.
    for (LuceneIndex target : targets.subList(1, targets.size())) {
      documents.forEach(document -> DocumentCodec.toSource(target.definition(), document));
    }
    try {
      IndexingReport served = null;
      for (LuceneIndex target : targets) {
        IndexingReport report = target.index(documents);
        served = served == null ? report : served;
        refreshSoon(target);
      }
      return served;
    } catch (IOException e) {
      throw new SearchEngineException("cannot write to Lucene index " + index, e);
    } catch (AlreadyClosedException e) {
      throw closedWhileUsed(index, e);
    }
  }

  @Override
  public void delete(String index, Collection<String> ids) {
    List<LuceneIndex> targets = writeTargets(index);
    if (ids.isEmpty()) {
      return;
    }
    try {
      for (LuceneIndex target : targets) {
        target.delete(ids);
        refreshSoon(target);
      }
    } catch (IOException e) {
      throw new SearchEngineException("cannot delete from Lucene index " + index, e);
    } catch (AlreadyClosedException e) {
      throw closedWhileUsed(index, e);
    }
  }

  @Override
  public void refresh(String index) {
    try {
      for (LuceneIndex target : writeTargets(index)) {
        target.refresh();
      }
    } catch (IOException e) {
      throw new SearchEngineException("cannot refresh Lucene index " + index, e);
    } catch (AlreadyClosedException e) {
      throw closedWhileUsed(index, e);
    }
  }

  /**
   * For an index opened after its process died without closing it: the time since which writes that
   * returned may be missing (those after its last commit, or an earlier loss not yet {@link
   * #repaired}). The caller queues every document changed since then (minus a margin for clock
   * steps) for indexing again, then calls {@link #repaired}.
   */
  @Override
  public Optional<Instant> writesMissingSince(String index) {
    return open(index).missingSince();
  }

  @Override
  public void repaired(String index, Instant since) {
    try {
      for (LuceneIndex target : writeTargets(index)) {
        target.repaired(since);
      }
    } catch (IOException e) {
      throw new SearchEngineException("cannot commit Lucene index " + index, e);
    } catch (AlreadyClosedException e) {
      throw closedWhileUsed(index, e);
    }
  }

  @Override
  public SearchResult search(String index, SearchQuery query) {
    Objects.requireNonNull(query, "query");
    return onServedIndex(index, target -> target.search(query), "search");
  }

  @Override
  public DocumentVersionPage scanIdsAndVersions(String index, String afterId, int pageSize) {
    if (pageSize < 1 || pageSize > MAX_SCAN_PAGE) {
      throw new IllegalArgumentException(
          "pageSize must be between 1 and " + MAX_SCAN_PAGE + ", was " + pageSize);
    }
    return onServedIndex(index, target -> target.scan(afterId, pageSize), "scan");
  }

  @Override
  public void deleteIndex(String index) {
    IndexNames.requireValid(index);
    requireOpen();
    synchronized (layout) {
      Optional<String> target = readAlias(index);
      if (target.isPresent()) {
        deleteAlias(index);
        dropIndex(target.get());
        for (String version : versionsOnDisk(index)) {
          dropIndex(version);
        }
        if (Files.isDirectory(root.resolve(index))) {
          dropIndex(index);
        }
        return;
      }
      for (Map.Entry<String, String> alias : aliases.entrySet()) {
        if (alias.getValue().equals(index)) {
          throw new IllegalStateException(
              "index '"
                  + index
                  + "' is served by alias '"
                  + alias.getKey()
                  + "'; swap the alias to another version first");
        }
      }
      dropIndex(index);
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
    // Let a running refresh or commit finish: interrupting Lucene's file I/O would close the
    // writer for good, losing what it had not committed.
    refresher.shutdown();
    committer.shutdown();
    try {
      refresher.awaitTermination(30, TimeUnit.SECONDS);
      committer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
    aliases.clear();
    if (!failures.isEmpty()) {
      throw new SearchEngineException("could not close Lucene indexes " + failures);
    }
  }

  /** What one index operation does; may fail with I/O. */
  private interface IndexCall<T> {
    T on(LuceneIndex index) throws IOException;
  }

  /**
   * Runs a read on the index a name serves. If a swap and a drop closed that index under the read,
   * the read runs once more on what the name serves now, so a rebuild never fails a search.
   */
  private <T> T onServedIndex(String index, IndexCall<T> call, String what) {
    LuceneIndex target = open(index);
    try {
      return call.on(target);
    } catch (IOException e) {
      throw new SearchEngineException("cannot " + what + " Lucene index " + index, e);
    } catch (AlreadyClosedException e) {
      LuceneIndex now = open(index);
      if (now == target) {
        throw closedWhileUsed(index, e);
      }
      try {
        return call.on(now);
      } catch (IOException again) {
        throw new SearchEngineException("cannot " + what + " Lucene index " + index, again);
      } catch (AlreadyClosedException again) {
        throw closedWhileUsed(index, again);
      }
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

  private void refreshSoon(LuceneIndex index) {
    if (index.queueRefresh()) {
      try {
        refresher.execute(
            () -> {
              try {
                index.queuedRefresh();
              } catch (IOException | AlreadyClosedException e) {
                LOG.debug("Refresh of {} after a write failed", index.name(), e);
              }
            });
      } catch (RejectedExecutionException e) {
        // closing: nothing left to refresh for
      }
    }
  }

  private void commitAll() {
    for (LuceneIndex index : indexes.values()) {
      try {
        index.commitIfChanged();
      } catch (IOException | AlreadyClosedException e) {
        // The next round retries; a failing disk shows in health through the writer's tragedy.
        LOG.warn("Periodic commit of {} failed: {}", index.name(), e.toString());
      }
    }
  }

  /** The index a name serves: the alias's version, or the index of that name. */
  private LuceneIndex open(String index) {
    requireOpen();
    String physical = aliases.getOrDefault(index, index);
    LuceneIndex found = indexes.get(physical);
    if (found == null) {
      throw new IllegalStateException(
          "index '" + index + "' is not open: call ensureIndex before using it");
    }
    return found;
  }

  /**
   * Where a write to a name goes: the index it serves, then every open version of it that is newer
   * — one being rebuilt — so that no change made during a rebuild is missing from the new version.
   */
  private List<LuceneIndex> writeTargets(String index) {
    LuceneIndex served = open(index);
    long servedNumber = IndexNames.versionNumber(index, served.name()).orElse(0);
    var targets = new ArrayList<LuceneIndex>();
    targets.add(served);
    indexes.values().stream()
        .filter(
            candidate -> IndexNames.versionNumber(index, candidate.name()).orElse(0) > servedNumber)
        .sorted(Comparator.comparing(LuceneIndex::name))
        .forEach(targets::add);
    return targets;
  }

  private void openIndex(String name, IndexDefinition definition, boolean create) {
    IndexNames.requireValid(name);
    if (create && (indexes.containsKey(name) || Files.exists(root.resolve(name)))) {
      throw new IllegalStateException("index '" + name + "' exists already");
    }
    indexes.compute(
        name,
        (key, existing) -> {
          if (existing != null) {
            existing.redefine(definition);
            return existing;
          }
          try {
            LOG.debug("Opening Lucene index {} under {}", key, root);
            return LuceneIndex.open(key, root.resolve(key), definition, create);
          } catch (IOException e) {
            throw new SearchEngineException("cannot open Lucene index " + key, e);
          }
        });
  }

  /** Opens versions left by a rebuild that a restart interrupted, so writes keep reaching them. */
  private void openNewerVersions(String name, IndexDefinition definition) {
    String served = aliases.getOrDefault(name, name);
    long servedNumber = IndexNames.versionNumber(name, served).orElse(0);
    for (String version : versionsOnDisk(name)) {
      if (IndexNames.versionNumber(name, version).orElseThrow() > servedNumber) {
        openIndex(version, definition, false);
      }
    }
  }

  private long nextVersionNumber(String alias) {
    long highest = 0;
    for (String version : versionsOnDisk(alias)) {
      highest = Math.max(highest, IndexNames.versionNumber(alias, version).orElseThrow());
    }
    for (String open : indexes.keySet()) {
      highest = Math.max(highest, IndexNames.versionNumber(alias, open).orElse(0));
    }
    return highest + 1;
  }

  private List<String> versionsOnDisk(String alias) {
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(Files::isDirectory)
          .map(child -> child.getFileName().toString())
          .filter(name -> IndexNames.versionNumber(alias, name).isPresent())
          .sorted(
              Comparator.comparingLong(name -> IndexNames.versionNumber(alias, name).orElseThrow()))
          .toList();
    } catch (IOException e) {
      throw new SearchEngineException("cannot list Lucene indexes under " + root, e);
    }
  }

  private Optional<String> readAlias(String alias) {
    Path file = root.resolve(alias + ALIAS_SUFFIX);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new SearchEngineException("cannot read alias file " + file, e);
    }
  }

  /** Replaces the alias file in one rename, synced first, so a crash leaves the old or the new. */
  private void writeAlias(String alias, String version) {
    Path file = root.resolve(alias + ALIAS_SUFFIX);
    Path temporary = root.resolve(alias + ALIAS_SUFFIX + ".tmp");
    try {
      Files.writeString(temporary, version, StandardCharsets.UTF_8);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new SearchEngineException("cannot write alias file " + file, e);
    }
  }

  private void deleteAlias(String alias) {
    aliases.remove(alias);
    try {
      Files.deleteIfExists(root.resolve(alias + ALIAS_SUFFIX));
    } catch (IOException e) {
      throw new SearchEngineException("cannot delete alias " + alias, e);
    }
  }

  private void dropIndex(String index) {
    LuceneIndex removed = indexes.remove(index);
    try {
      if (removed != null) {
        removed.close();
      }
      deleteRecursively(root.resolve(index));
    } catch (IOException e) {
      throw new SearchEngineException("cannot delete Lucene index " + index, e);
    }
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
