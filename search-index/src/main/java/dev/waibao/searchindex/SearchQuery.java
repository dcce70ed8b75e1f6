package dev.waibao.searchindex;

import dev.waibao.searchindex.internal.FreeText;
import dev.waibao.searchindex.internal.Unicode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to search for: optional free text, filters, facets to count, fields to highlight, one page
 * of hits and their order.
 *
 * <p>Free text is split at white space into words; every word must occur, as a phrase of its
 * tokens, in one of the index's search fields. A Chinese word is thus found inside longer text
 * ("呼叫" in "呼叫中心外包") and English is matched case-insensitively. Hits where the words stand next to
 * each other, in the order typed, rank above hits where they are scattered. The text is never
 * parsed as query syntax: quotes, {@code + - && || ! ( ) { } [ ] ^ ~ * ? : \ /} and the like are
 * plain characters, which the standard analyzer drops as punctuation.
 *
 * <p>Every limit below is checked here, so hostile input fails with an {@link
 * IllegalArgumentException} whose message starts with the offending parameter ({@code text}, {@code
 * page}, {@code size}, {@code filters}, {@code facets}, {@code highlight}) before it reaches an
 * engine; the backend answers it with 400.
 *
 * @param text free text, or {@code null} (blank counts as none) to match every document; at most
 *     {@value #MAX_TEXT_LENGTH} characters and {@value #MAX_WORDS} words
 * @param filters conditions that all must hold, at most {@value #MAX_FILTERS}
 * @param facets counts to compute over all hits, at most {@value #MAX_FACETS}, one per field
 * @param highlight text fields to return highlighted snippets of, at most {@value
 *     #MAX_HIGHLIGHT_FIELDS}
 * @param page zero-based page number
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param sort order of the hits
 */
public record SearchQuery(
    String text,
    List<Filter> filters,
    List<Facet> facets,
    Set<String> highlight,
    int page,
    int size,
    Sort sort) {

  /** The largest page a caller may ask for. */
  public static final int MAX_SIZE = 100;

  /** Page size when the caller does not choose one. */
  public static final int DEFAULT_SIZE = 20;

  /**
   * How deep paging may reach (Elasticsearch's default result window); both engines refuse beyond
   * it so that they behave the same. Deeper walks need a search-after cursor, not pages.
   */
  public static final int MAX_WINDOW = 10_000;

  /** The longest free text accepted: far more than anyone types, far less than an attack needs. */
  public static final int MAX_TEXT_LENGTH = 500;

  /** The most words of free text: each becomes a clause per search field. */
  public static final int MAX_WORDS = 32;

  /** The most filters of one query. */
  public static final int MAX_FILTERS = 32;

  /** The most facets of one query: each costs a pass over the hits. */
  public static final int MAX_FACETS = 16;

  /** The most highlighted fields of one query. */
  public static final int MAX_HIGHLIGHT_FIELDS = 8;

  public SearchQuery {
    text = text == null || text.isBlank() ? null : Unicode.wellFormed(text.strip());
    filters = filters == null ? List.of() : List.copyOf(filters);
    facets = facets == null ? List.of() : List.copyOf(facets);
    highlight = highlight == null ? Set.of() : Collections.unmodifiableSet(copy(highlight));
    sort = sort == null ? Sort.relevance() : sort;
    checkText(text);
    if (filters.size() > MAX_FILTERS) {
      throw new IllegalArgumentException(
          "filters: at most " + MAX_FILTERS + " filters, got " + filters.size());
    }
    checkFacets(facets);
    checkHighlight(highlight);
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

  /** A query without facets or highlights, as before they existed. */
  public SearchQuery(String text, List<Filter> filters, int page, int size, Sort sort) {
    this(text, filters, List.of(), Set.of(), page, size, sort);
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
    return new SearchQuery(text, combined, facets, highlight, page, size, sort);
  }

  /** This query also counting the given facets. */
  public SearchQuery withFacets(Facet... more) {
    var combined = new ArrayList<>(facets);
    combined.addAll(Arrays.asList(more));
    return new SearchQuery(text, filters, combined, highlight, page, size, sort);
  }

  /** This query also returning highlighted snippets of the given text fields. */
  public SearchQuery highlighting(String... fields) {
    var combined = new LinkedHashSet<>(highlight);
    combined.addAll(Arrays.asList(fields));
    return new SearchQuery(text, filters, facets, combined, page, size, sort);
  }

  /** This query asking for another page. */
  public SearchQuery page(int page, int size) {
    return new SearchQuery(text, filters, facets, highlight, page, size, sort);
  }

  /** This query in another order. */
  public SearchQuery sortedBy(Sort sort) {
    return new SearchQuery(text, filters, facets, highlight, page, size, sort);
  }

  /** This query with its filters replaced. */
  public SearchQuery withFilters(List<Filter> replacement) {
    return new SearchQuery(text, replacement, facets, highlight, page, size, sort);
  }

  private static Set<String> copy(Set<String> fields) {
    var copy = new LinkedHashSet<String>();
    for (String field : fields) {
      if (field == null || field.isBlank()) {
        throw new IllegalArgumentException("highlight: field names must not be blank");
      }
      copy.add(field);
    }
    return copy;
  }

  private static void checkText(String text) {
    if (text == null) {
      return;
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "text must be at most "
              + MAX_TEXT_LENGTH
              + " characters, was "
              + text.length()
              + "; shorten the query");
    }
    int words = FreeText.words(text).size();
    if (words > MAX_WORDS) {
      throw new IllegalArgumentException(
          "text must have at most " + MAX_WORDS + " words, had " + words);
    }
  }

  private static void checkFacets(List<Facet> facets) {
    if (facets.size() > MAX_FACETS) {
      throw new IllegalArgumentException(
          "facets: at most " + MAX_FACETS + " facets, got " + facets.size());
    }
    var fields = new HashSet<String>();
    for (Facet facet : facets) {
      if (facet == null) {
        throw new IllegalArgumentException("facets: a facet is null");
      }
      if (!fields.add(facet.field())) {
        throw new IllegalArgumentException(
            "facets: field '" + facet.field() + "' is counted twice");
      }
    }
  }

  private static void checkHighlight(Set<String> highlight) {
    if (highlight.size() > MAX_HIGHLIGHT_FIELDS) {
      throw new IllegalArgumentException(
          "highlight: at most " + MAX_HIGHLIGHT_FIELDS + " fields, got " + highlight.size());
    }
  }
}
