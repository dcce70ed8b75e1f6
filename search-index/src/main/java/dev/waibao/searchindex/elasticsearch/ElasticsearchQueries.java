package dev.waibao.searchindex.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.aggregations.RangeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import dev.waibao.searchindex.Facet;
import dev.waibao.searchindex.FacetResult;
import dev.waibao.searchindex.Filter;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.Sort;
import dev.waibao.searchindex.internal.DocumentCodec;
import dev.waibao.searchindex.internal.FreeText;
import dev.waibao.searchindex.internal.QueryRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates the engine-neutral query into Elasticsearch's query DSL, mirroring the Lucene engine:
 * every word a phrase in any search field (best field wins), the words together as an optional
 * phrase that lifts adjacent matches, filters that do not score, an id tie-break after every sort,
 * terms and range aggregations for facets, and the unified highlighter for snippets.
 */
final class ElasticsearchQueries {

  private static final String COUNTS = "counts";

  private ElasticsearchQueries() {}

  /**
   * The query matching and scoring the documents the facets count from: the text and the filters on
   * fields no facet counts. The hits are these narrowed by {@link #postFilter}.
   */
  static Query toQuery(IndexDefinition definition, SearchQuery query) {
    Query matching = toQuery(definition, query.text(), QueryRules.plainFilters(query), true);
    int toPass = QueryRules.facetFiltersToPass(query);
    if (toPass == 0) {
      return matching;
    }
    var atLeast =
        new BoolQuery.Builder()
            .should(QueryRules.facetFilters(query).stream().map(f -> toQuery(f)).toList())
            .minimumShouldMatch(Integer.toString(toPass))
            .build();
    return Query.of(q -> q.bool(b -> b.must(matching).filter(f -> f.bool(atLeast))));
  }

  /**
   * The filters on faceted fields, applied to the hits after matching so that each facet can count
   * under all but its own (see {@link QueryRules#facetFilters}); null if there are none.
   */
  static Query postFilter(SearchQuery query) {
    List<Filter> filters = QueryRules.facetFilters(query);
    return filters.isEmpty() ? null : allOf(filters);
  }

  private static Query allOf(List<Filter> filters) {
    var bool = new BoolQuery.Builder();
    for (Filter filter : filters) {
      bool.filter(toQuery(filter));
    }
    return Query.of(q -> q.bool(bool.build()));
  }

  /**
   * What the highlighter marks: the words, each a phrase, and nothing else, so the optional phrase
   * of all words does not mark differently than the Lucene engine does.
   */
  static Query highlightQuery(IndexDefinition definition, String text) {
    var bool = new BoolQuery.Builder();
    for (String word : FreeText.words(text)) {
      bool.should(phrase(definition, word, ZeroTermsQuery.None));
    }
    return Query.of(q -> q.bool(bool.build()));
  }

  private static Query toQuery(
      IndexDefinition definition, String text, List<Filter> filters, boolean scored) {
    List<String> words = FreeText.words(text);
    if (words.isEmpty() && filters.isEmpty()) {
      return Query.of(q -> q.matchAll(all -> all));
    }
    var bool = new BoolQuery.Builder();
    for (String word : words) {
      // A word without tokens (punctuation only) constrains nothing.
      bool.must(phrase(definition, word, ZeroTermsQuery.All));
    }
    if (scored) {
      FreeText.adjacentWords(text)
          .ifPresent(adjacent -> bool.should(phrase(definition, adjacent, ZeroTermsQuery.None)));
    }
    for (Filter filter : filters) {
      bool.filter(toQuery(filter));
    }
    return Query.of(q -> q.bool(bool.build()));
  }

  private static Query phrase(IndexDefinition definition, String phrase, ZeroTermsQuery zeroTerms) {
    List<String> fields = new ArrayList<>();
    definition.searchFields().forEach((field, boost) -> fields.add(field + "^" + boost));
    return Query.of(
        q ->
            q.multiMatch(
                match ->
                    match
                        .query(phrase)
                        .fields(fields)
                        .type(TextQueryType.Phrase)
                        .zeroTermsQuery(zeroTerms)));
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

  /**
   * One aggregation per facet, named by its position. The query's documents are counted under the
   * faceted filters other than the facet's own ({@link QueryRules#facetScope}), so a selected value
   * keeps its siblings (see {@link Facet}); where none apply, the counts come straight from the
   * query's documents. The text query runs once however many facets there are.
   */
  static Map<String, Aggregation> aggregations(IndexDefinition definition, SearchQuery query) {
    var aggregations = new LinkedHashMap<String, Aggregation>();
    List<Facet> facets = query.facets();
    for (int i = 0; i < facets.size(); i++) {
      Facet facet = facets.get(i);
      Aggregation counts = counts(facet);
      List<Filter> scope = QueryRules.facetScope(facet, query);
      if (scope.isEmpty()) {
        aggregations.put(name(i), counts);
      } else {
        aggregations.put(
            name(i),
            Aggregation.of(filtered -> filtered.filter(allOf(scope)).aggregations(COUNTS, counts)));
      }
    }
    return aggregations;
  }

  /** The facet results from the aggregations {@link #aggregations} asked for. */
  static List<FacetResult> facets(SearchQuery query, Map<String, Aggregate> aggregations) {
    var results = new ArrayList<FacetResult>();
    List<Facet> facets = query.facets();
    for (int i = 0; i < facets.size(); i++) {
      Facet facet = facets.get(i);
      Aggregate aggregate = aggregations.get(name(i));
      if (!QueryRules.facetScope(facet, query).isEmpty()) {
        aggregate = aggregate.filter().aggregations().get(COUNTS);
      }
      results.add(new FacetResult(facet.field(), counts(aggregate)));
    }
    return results;
  }

  private static Aggregation counts(Facet facet) {
    return switch (facet) {
      case Facet.Terms terms ->
          Aggregation.of(
              a ->
                  a.terms(
                      t ->
                          t.field(terms.field())
                              .size(terms.size())
                              .minDocCount(1)
                              // Stated, not left to defaults: the Lucene engine sorts the same way.
                              .order(
                                  List.of(
                                      NamedValue.of("_count", SortOrder.Desc),
                                      NamedValue.of("_key", SortOrder.Asc)))));
      case Facet.Ranges ranges ->
          Aggregation.of(
              a ->
                  a.range(
                      r ->
                          r.field(ranges.field())
                              .ranges(
                                  ranges.ranges().stream()
                                      .map(ElasticsearchQueries::toRange)
                                      .toList())));
    };
  }

  private static AggregationRange toRange(Facet.Range range) {
    // Exact as doubles: Facet.Range keeps its bounds within ±2^53.
    return AggregationRange.of(
        r -> {
          r.key(range.key());
          if (range.from() != null) {
            r.from(range.from().doubleValue());
          }
          if (range.to() != null) {
            r.to(range.to().doubleValue());
          }
          return r;
        });
  }

  private static List<FacetResult.Count> counts(Aggregate aggregate) {
    var counts = new ArrayList<FacetResult.Count>();
    if (aggregate.isSterms()) {
      for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
        counts.add(new FacetResult.Count(bucket.key().stringValue(), bucket.docCount()));
      }
    } else if (aggregate.isRange()) {
      for (RangeBucket bucket : aggregate.range().buckets().array()) {
        counts.add(new FacetResult.Count(bucket.key(), bucket.docCount()));
      }
    }
    // Anything else is an unmapped field's empty result: no counts.
    return counts;
  }

  private static String name(int position) {
    return "facet" + position;
  }

  static List<SortOptions> toSort(Sort sort) {
    SortOptions byId = byId();
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

  /** Ascending by id: the tie-break of every sort, and the order of a scan. */
  static SortOptions byId() {
    return SortOptions.of(s -> s.field(f -> f.field(SearchDocument.ID_FIELD).order(SortOrder.Asc)));
  }

  /** Dates are compared at the millisecond precision at which both engines index them. */
  private static String millisecondIso(Instant instant) {
    return Instant.ofEpochMilli(DocumentCodec.epochMillis(instant)).toString();
  }
}
