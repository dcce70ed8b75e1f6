package dev.waibao.search;

import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.SearchDocument;
import java.util.Collection;
import java.util.Map;

/**
 * A feature's documents for one index, read from the database (the source of truth). Features
 * implement it as a bean; the relay and the rebuild find it by index name.
 */
public interface DocumentSource {

  String index();

  IndexDefinition definition();

  /**
   * The current public documents for these ids; an id missing from the answer is not (or no longer)
   * public and is removed from the index.
   */
  Map<String, SearchDocument> load(Collection<String> ids);
}
