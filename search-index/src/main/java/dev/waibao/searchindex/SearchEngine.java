package dev.waibao.searchindex;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The port every search engine implements, so features index and search without knowing whether
 * Lucene or Elasticsearch runs underneath.
 *
 * <p>Index names are chosen by the caller (lower-case letters, digits, {@code -} and {@code _}).
 * Every operation on an index needs {@link #ensureIndex} or {@link #ensureAlias} first in this
 * process, because the engine translates queries with the index's {@link IndexDefinition}.
 * Implementations are thread-safe.
 *
 * <h2>Aliases and rebuilding without downtime</h2>
 *
 * An alias is a stable name (e.g. {@code tenders}) that serves one physical <em>version</em> of the
 * index ({@code tenders-v1}, {@code tenders-v2}, …; names of the form {@code <alias>-v<number>} are
 * reserved for versions). Every operation accepts an alias where it accepts an index name. A
 * rebuild runs like this, and searches through the alias keep answering from the old version
 * throughout:
 *
 * <ol>
 *   <li>{@link #createIndexVersion} creates the next version. From then on, every write to the
 *       alias — from any app instance, because the engine finds the versions in the index store
 *       itself — goes to the version the alias serves <em>and</em> to every newer version: changes
 *       made during the rebuild reach the new version without the caller doing anything.
 *   <li>The caller bulk-loads every document from the source of truth into the new version by its
 *       physical name. Versions decide races: whichever of the loader and a concurrent write
 *       carries the newer version wins, in whatever order they arrive.
 *   <li>The caller compares the new version with the source of truth through {@link
 *       #scanIdsAndVersions} and repairs what differs. This closes the remaining gaps: a write
 *       whose targets were resolved just before the version existed, and a document deleted during
 *       the load and then loaded again from an older read.
 *   <li>{@link #swapAlias} points the alias at the new version atomically.
 *   <li>The caller drops the old version with {@link #deleteIndex} once it likes.
 * </ol>
 *
 * <p>Sealed bid contents, drafts and anything else that is not public must never be indexed: search
 * results go to whoever may search.
 */
public interface SearchEngine extends AutoCloseable {

  /** The most documents {@link #scanIdsAndVersions} returns per page. */
  int MAX_SCAN_PAGE = 10_000;

  /**
   * Makes sure an index or alias of this name exists, creating a plain (unversioned) index from the
   * definition if neither does, and remembers the definition for later calls. Safe to call on every
   * start and from several instances at once.
   */
  void ensureIndex(String index, IndexDefinition definition);

  /**
   * Makes sure the alias exists: if neither an alias nor an index of this name exists, creates
   * version 1 and points the alias at it. An existing plain index of this name is kept; the first
   * {@link #swapAlias} replaces it. Remembers the definition for the alias. Safe to call on every
   * start.
   */
  void ensureAlias(String alias, IndexDefinition definition);

  /**
   * Creates the next version of the alias's index, empty, and returns its physical name. Until it
   * is swapped in, writes to the alias also go to it (see the class comment).
   *
   * @throws IllegalStateException if another caller created the same version at the same moment
   */
  String createIndexVersion(String alias, IndexDefinition definition);

  /**
   * Points the alias at the given version in one atomic step, so every search is served either by
   * the old or by the new version. A plain index that carries the alias's name is deleted in the
   * same step, as an alias cannot share its name.
   *
   * @param version a physical version of this alias, as {@link #createIndexVersion} returned it
   * @return the version the alias served before, which still exists, if there was one
   */
  Optional<String> swapAlias(String alias, String version);

  /** The physical index the alias serves, if the alias exists. */
  Optional<String> aliasTarget(String alias);

  /** Every version of the alias's index that exists, oldest first. */
  List<String> indexVersions(String alias);

  /**
   * Adds or replaces documents by id. A document whose version is not newer than the one already
   * indexed is skipped and reported as stale, so a late, out-of-order write cannot undo a newer
   * one. Large lists are sent in batches; prefer a few thousand documents per call to single ones.
   * Writes to an alias go to every version it writes to (see the class comment); the report then
   * covers the served version, plus the failures of all.
   *
   * @throws IllegalArgumentException if a document does not fit the index definition; then nothing
   *     is written
   */
  IndexingReport index(String index, List<SearchDocument> documents);

  /** Removes documents by id; ids that are not indexed are ignored. */
  void delete(String index, Collection<String> ids);

  /**
   * For an engine that acknowledges writes before they are durable (embedded Lucene commits
   * periodically): if the index was opened after its process died without closing it, the time
   * since which writes that returned may be missing. The caller then queues every document changed
   * since that time (minus a margin) for indexing again and calls {@link #repaired}. Elasticsearch
   * makes every acknowledged write durable in its translog, so it never reports a loss.
   */
  default Optional<Instant> writesMissingSince(String index) {
    Objects.requireNonNull(index, "index");
    return Optional.empty();
  }

  /**
   * Says that everything {@link #writesMissingSince} reported from {@code since} on has been queued
   * for indexing again (durably, e.g. in an outbox), so the engine stops reporting it.
   */
  default void repaired(String index, Instant since) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(since, "since");
  }

  /** Makes every write that returned so far visible to searches. */
  void refresh(String index);

  /**
   * Runs a query.
   *
   * @throws IllegalArgumentException if the query names a field the definition lacks, filters,
   *     sorts, counts or highlights a field whose type does not allow it
   */
  SearchResult search(String index, SearchQuery query);

  /**
   * One page of the ids and versions in the index, ascending by id, for comparing the index with
   * the database. Pages follow the id, not a snapshot: a document changed during the walk shows one
   * of its versions, a document added behind the cursor is missed, and is caught by the next walk.
   * Sees writes after {@link #refresh}, like searches.
   *
   * @param afterId continue after this id, or {@code null} to start at the beginning
   * @param pageSize 1 to {@value #MAX_SCAN_PAGE}
   */
  DocumentVersionPage scanIdsAndVersions(String index, String afterId, int pageSize);

  /** Every id and version of the index in ascending id order, fetched page by page as consumed. */
  default Stream<DocumentVersion> idsAndVersions(String index, int pageSize) {
    Objects.requireNonNull(index, "index");
    DocumentVersionPage first = scanIdsAndVersions(index, null, pageSize);
    return Stream.iterate(
            first,
            Objects::nonNull,
            page ->
                page.nextAfter()
                    .map(after -> scanIdsAndVersions(index, after, pageSize))
                    .orElse(null))
        .flatMap(page -> page.versions().stream());
  }

  /**
   * Drops the index and its data; a missing index is ignored. Dropping an alias drops it with every
   * version of its index.
   */
  void deleteIndex(String index);

  /** Says whether the engine can serve requests, with a detail for operators. Never throws. */
  SearchHealth health();

  /** Releases what the engine owns; does not throw checked exceptions. */
  @Override
  void close();
}
