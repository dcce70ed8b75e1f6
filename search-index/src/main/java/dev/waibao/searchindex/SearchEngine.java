package dev.waibao.searchindex;

import java.util.Collection;
import java.util.List;

/**
 * The port every search engine implements, so features index and search without knowing whether
 * Lucene or Elasticsearch runs underneath.
 *
 * <p>Index names are physical names chosen by the caller (lower-case letters, digits, {@code -} and
 * {@code _}); a later alias swap can point a stable name at a freshly built index. Every operation
 * on an index needs {@link #ensureIndex} first in this process, because the engine translates
 * queries with the index's {@link IndexDefinition}. Implementations are thread-safe.
 */
public interface SearchEngine extends AutoCloseable {

  /**
   * Creates the index from its definition unless it exists, and remembers the definition for later
   * calls. Safe to call on every start and from several instances at once.
   */
  void ensureIndex(String index, IndexDefinition definition);

  /**
   * Adds or replaces documents by id. A document whose version is not newer than the one already
   * indexed is skipped and reported as stale, so a late, out-of-order write cannot undo a newer
   * one.
   *
   * @throws IllegalArgumentException if a document does not fit the index definition; then nothing
   *     is written
   */
  IndexingReport index(String index, List<SearchDocument> documents);

  /** Removes documents by id; ids that are not indexed are ignored. */
  void delete(String index, Collection<String> ids);

  /** Makes every write that returned so far visible to searches. */
  void refresh(String index);

  /**
   * Runs a query.
   *
   * @throws IllegalArgumentException if the query names a field the definition lacks, or filters or
   *     sorts a field whose type does not allow it
   */
  SearchResult search(String index, SearchQuery query);

  /** Drops the index and its data; a missing index is ignored. */
  void deleteIndex(String index);

  /** Says whether the engine can serve requests, with a detail for operators. Never throws. */
  SearchHealth health();

  /** Releases what the engine owns; does not throw checked exceptions. */
  @Override
  void close();
}
