package dev.waibao.searchindex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What to search for: optional free text, filters, one page of hits and their order.
 *
 * <p>Free text is split at white space into words; every word must occur, as a phrase of its
 * tokens, in one of the index's search fields. A Chinese word is thus found inside longer text
 * ("呼叫" in "呼叫中心外包") and English is matched case-insensitively.
 *
 * @param text free text, or {@code null} (blank counts as none) to match every document
 * @param filters conditions that all must hold
 * @param page zero-based page number
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param sort order of the hits
 */
public record SearchQuery(String text, List<Filter> filters, int page, int size, Sort sort) {

  /** The largest page a caller may ask for. */
  public static final int MAX_SIZE = 100;

  /** Page size when the caller does not choose one. */
  public static final int DEFAULT_SIZE = 20;

  /**
   * How deep paging may reach (Elasticsearch's default result window); both engines refuse beyond
   * it so that they behave the same. Deeper walks need a search-after cursor, not pages.
   */
  public static final int MAX_WINDOW = 10_000;

  public SearchQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    filters = filters == null ? List.of() : List.copyOf(filters);
    sort = sort == null ? Sort.relevance() : sort;
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or greater, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    if ((long) page * size + size > MAX_WINDOW) {
      throw new IllegalArgumentException(
          "page "
              + page
              + " of size "
              + size
              + " reaches beyond the first "
              + MAX_WINDOW
              + " hits; narrow the query instead");
    }
  }

  /** First page of documents matching the free text, best first. */
  public static SearchQuery matching(String text) {
    return new SearchQuery(text, List.of(), 0, DEFAULT_SIZE, Sort.relevance());
  }

  /** First page of all documents, best first (all score alike, so in id order). */
  public static SearchQuery all() {
    return matching(null);
  }

  /** The free text, if any. */
  public Optional<String> freeText() {
    return Optional.ofNullable(text);
  }

  /** This query with more filters. */
  public SearchQuery filteredBy(Filter... more) {
    var combined = new ArrayList<>(filters);
    combined.addAll(Arrays.asList(more));
    return new SearchQuery(text, combined, page, size, sort);
  }

  /** This query asking for another page. */
  public SearchQuery page(int page, int size) {
    return new SearchQuery(text, filters, page, size, sort);
  }

  /** This query in another order. */
  public SearchQuery sortedBy(Sort sort) {
    return new SearchQuery(text, filters, page, size, sort);
  }
}
