package dev.waibao.searchindex;

import java.util.List;

/**
 * One page of hits.
 *
 * @param totalHits how many documents match in all, exactly
 * @param hits the requested page, in sort order
 */
public record SearchResult(long totalHits, List<SearchHit> hits) {

  public SearchResult {
    if (totalHits < 0) {
      throw new IllegalArgumentException("totalHits must not be negative");
    }
    hits = List.copyOf(hits);
  }

  /** The ids of the hits, in order. */
  public List<String> ids() {
    return hits.stream().map(SearchHit::id).toList();
  }
}
