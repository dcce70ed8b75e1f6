package dev.waibao.searchindex;

import java.util.List;
import java.util.Optional;

/**
 * One page of hits, with the facet counts the query asked for.
 *
 * @param totalHits how many documents match in all, exactly
 * @param hits the requested page, in sort order
 * @param facets one result per facet of the query, in the query's order
 */
public record SearchResult(long totalHits, List<SearchHit> hits, List<FacetResult> facets) {

  public SearchResult {
    if (totalHits < 0) {
      throw new IllegalArgumentException("totalHits must not be negative");
    }
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }

  /** A result without facets. */
  public SearchResult(long totalHits, List<SearchHit> hits) {
    this(totalHits, hits, List.of());
  }

  /** The ids of the hits, in order. */
  public List<String> ids() {
    return hits.stream().map(SearchHit::id).toList();
  }

  /** The counts of the facet on a field, if the query asked for one. */
  public Optional<FacetResult> facet(String field) {
    return facets.stream().filter(facet -> facet.field().equals(field)).findFirst();
  }
}
