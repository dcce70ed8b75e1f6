package dev.waibao.searchindex.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import co.elastic.clients.json.JsonData;
import dev.waibao.searchindex.Filter;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.Sort;
import dev.waibao.searchindex.internal.DocumentCodec;
import dev.waibao.searchindex.internal.FreeText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates the engine-neutral query into Elasticsearch's query DSL, mirroring the Lucene engine:
 * every word a phrase in any search field (best field wins), filters that do not score, and an id
 * tie-break after every sort.
 */
final class ElasticsearchQueries {

  private ElasticsearchQueries() {}

  static Query toQuery(IndexDefinition definition, SearchQuery query) {
    List<String> words = FreeText.words(query.text());
    if (words.isEmpty() && query.filters().isEmpty()) {
      return Query.of(q -> q.matchAll(all -> all));
    }
    List<String> fields = new ArrayList<>();
    definition.searchFields().forEach((field, boost) -> fields.add(field + "^" + boost));
    var bool = new BoolQuery.Builder();
    for (String word : words) {
      bool.must(
          must ->
              must.multiMatch(
                  match ->
                      match
                          .query(word)
                          .fields(fields)
                          .type(TextQueryType.Phrase)
                          // A word without tokens (punctuation only) constrains nothing.
                          .zeroTermsQuery(ZeroTermsQuery.All)));
    }
    for (Filter filter : query.filters()) {
      bool.filter(toQuery(filter));
    }
    return Query.of(q -> q.bool(bool.build()));
  }

  private static Query toQuery(Filter filter) {
    return switch (filter) {
      case Filter.AnyOf anyOf ->
          Query.of(
              q ->
                  q.terms(
                      terms ->
                          terms
                              .field(anyOf.field())
                              .terms(
                                  values ->
                                      values.value(
                                          anyOf.values().stream().map(FieldValue::of).toList()))));
      // Untyped, not "number": the typed number range takes doubles and would round large longs.
      case Filter.LongRange range ->
          Query.of(
              q ->
                  q.range(
                      r ->
                          r.untyped(
                              untyped -> {
                                untyped.field(range.field());
                                if (range.min() != null) {
                                  untyped.gte(JsonData.of(range.min()));
                                }
                                if (range.max() != null) {
                                  untyped.lte(JsonData.of(range.max()));
                                }
                                return untyped;
                              })));
      case Filter.DateRange range ->
          Query.of(
              q ->
                  q.range(
                      r ->
                          r.date(
                              date -> {
                                date.field(range.field());
                                if (range.from() != null) {
                                  date.gte(millisecondIso(range.from()));
                                }
                                if (range.to() != null) {
                                  date.lte(millisecondIso(range.to()));
                                }
                                return date;
                              })));
    };
  }

  static List<SortOptions> toSort(Sort sort) {
    SortOptions byId =
        SortOptions.of(s -> s.field(f -> f.field(SearchDocument.ID_FIELD).order(SortOrder.Asc)));
    return switch (sort) {
      case Sort.Relevance relevance ->
          List.of(SortOptions.of(s -> s.score(score -> score.order(SortOrder.Desc))), byId);
      case Sort.ByField byField -> {
        // Elasticsearch's defaults already match the contract: min value ascending, max
        // descending, missing values last.
        SortOrder order =
            byField.direction() == Sort.Direction.DESCENDING ? SortOrder.Desc : SortOrder.Asc;
        SortOptions primary =
            SortOptions.of(s -> s.field(f -> f.field(byField.field()).order(order)));
        yield SearchDocument.ID_FIELD.equals(byField.field())
            ? List.of(primary)
            : List.of(primary, byId);
      }
    };
  }

  /** Dates are compared at the millisecond precision at which both engines index them. */
  private static String millisecondIso(Instant instant) {
    return Instant.ofEpochMilli(DocumentCodec.epochMillis(instant)).toString();
  }
}
