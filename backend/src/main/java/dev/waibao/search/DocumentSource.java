package dev.waibao.search;

import dev.waibao.searchindex.DocumentVersion;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.SearchDocument;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A feature's documents for one index, read from the database (the source of truth). Features
 * implement it as a bean; the relay, the rebuild and the consistency check find it by index name.
 */
public interface DocumentSource {

  String index();

  IndexDefinition definition();

  /**
   * The current public documents for these ids; an id missing from the answer is not (or no longer)
   * public and is removed from the index.
   */
  Map<String, SearchDocument> load(Collection<String> ids);

  /**
   * One page of the ids and versions of every document the index should hold, ascending by id in
   * the order the engines walk an index ({@link String#compareTo} for ids of ASCII characters, as
   * UUIDs are; PostgreSQL orders {@code uuid} the same way).
   *
   * @param afterId continue after this id, or {@code null} to start at the beginning
   * @param limit at most this many
   */
  List<DocumentVersion> versions(String afterId, int limit);
}
