package dev.waibao.searchindex.internal;

import dev.waibao.searchindex.Facet;
import dev.waibao.searchindex.FieldType;
import dev.waibao.searchindex.Filter;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.Sort;
import java.util.List;

/**
 * Checks a query against an index definition before an engine translates it, so both engines reject
 * the same queries with the same message instead of failing in engine-specific ways; and holds the
 * rules of the query model that both translations need.
 */
public final class QueryRules {

  private QueryRules() {}

  /**
   * @throws IllegalArgumentException if a filter, the sort, a facet or a highlighted field does not
   *     fit the field's type
   */
  public static void check(IndexDefinition definition, SearchQuery query) {
    for (Filter filter : query.filters()) {
      FieldType type = definition.requireField(filter.field());
      FieldType expected =
          switch (filter) {
            case Filter.AnyOf anyOf -> FieldType.KEYWORD;
            case Filter.LongRange range -> FieldType.LONG;
            case Filter.DateRange range -> FieldType.DATE;
          };
      if (type != expected) {
        throw new IllegalArgumentException(
            "filters: field '"
                + filter.field()
                + "' is "
                + type.mappingType()
                + ", a "
                + filter.getClass().getSimpleName()
                + " filter needs a "
                + expected.mappingType()
                + " field");
      }
    }
    if (query.sort() instanceof Sort.ByField byField) {
      FieldType type = definition.requireField(byField.field());
      if (type == FieldType.TEXT) {
        throw new IllegalArgumentException(
            "sort: field '" + byField.field() + "' is text; sort by a keyword, long or date field");
      }
    }
    for (Facet facet : query.facets()) {
      FieldType type = definition.requireField(facet.field());
      FieldType expected =
          switch (facet) {
            case Facet.Terms terms -> FieldType.KEYWORD;
            case Facet.Ranges ranges -> FieldType.LONG;
          };
      if (type != expected) {
        throw new IllegalArgumentException(
            "facets: field '"
                + facet.field()
                + "' is "
                + type.mappingType()
                + ", a "
                + facet.getClass().getSimpleName()
                + " facet needs a "
                + expected.mappingType()
                + " field");
      }
    }
    for (String field : query.highlight()) {
      FieldType type = definition.requireField(field);
      if (type != FieldType.TEXT) {
        throw new IllegalArgumentException(
            "highlight: field '" + field + "' is " + type.mappingType() + ", not text");
      }
    }
  }

  /**
   * The filters on a field the query also counts as a facet. They narrow the hits but not every
   * facet, so the engines apply them after matching (Elasticsearch's {@code post_filter}) and count
   * each facet under the subset {@link #facetScope} names: the text query runs once, not once per
   * facet.
   */
  public static List<Filter> facetFilters(SearchQuery query) {
    return query.filters().stream().filter(filter -> isFaceted(filter, query)).toList();
  }

  /** The filters on fields no facet counts: part of the matching query itself. */
  public static List<Filter> plainFilters(SearchQuery query) {
    return query.filters().stream().filter(filter -> !isFaceted(filter, query)).toList();
  }

  /**
   * Of the {@link #facetFilters}, those a facet counts under: all but the ones on its own field.
   * With the {@link #plainFilters} in the query they are all the filters but the facet's own.
   */
  public static List<Filter> facetScope(Facet facet, SearchQuery query) {
    return facetFilters(query).stream()
        .filter(filter -> !filter.field().equals(facet.field()))
        .toList();
  }

  /**
   * How many of the {@link #facetFilters} a document must pass to be counted by some facet: all but
   * one (a facet drops only its own field's filters), or none when there is at most one. The
   * engines add this to the matching query so that the costly text matching skips documents no
   * facet counts.
   */
  public static int facetFiltersToPass(SearchQuery query) {
    return Math.max(0, facetFilters(query).size() - 1);
  }

  private static boolean isFaceted(Filter filter, SearchQuery query) {
    return query.facets().stream().anyMatch(facet -> facet.field().equals(filter.field()));
  }
}
