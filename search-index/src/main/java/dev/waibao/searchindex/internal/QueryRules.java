package dev.waibao.searchindex.internal;

import dev.waibao.searchindex.FieldType;
import dev.waibao.searchindex.Filter;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.Sort;

/**
 * Checks a query against an index definition before an engine translates it, so both engines reject
 * the same queries with the same message instead of failing in engine-specific ways.
 */
public final class QueryRules {

  private QueryRules() {}

  /**
   * @throws IllegalArgumentException if a filter or the sort does not fit the field's type
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
  }
}
