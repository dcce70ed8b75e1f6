package dev.waibao.searchindex.lucene;

import dev.waibao.searchindex.FieldType;
import dev.waibao.searchindex.Filter;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.Sort;
import dev.waibao.searchindex.internal.DocumentCodec;
import dev.waibao.searchindex.internal.FreeText;
import dev.waibao.searchindex.internal.QueryRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Translates the engine-neutral query into Lucene, mirroring what the Elasticsearch engine asks its
 * server for: every word a phrase in any search field (best field wins), the words together as an
 * optional phrase that lifts adjacent matches, filters that do not score, and an id tie-break after
 * every sort.
 */
final class LuceneQueries {

  private final QueryBuilder phrases;

  LuceneQueries(Analyzer analyzer) {
    this.phrases = new QueryBuilder(analyzer);
  }

  /**
   * The query matching and scoring what the facets count from: the text and the filters on fields
   * no facet counts. The hits are these that also pass the faceted filters ({@link FacetedSearch}).
   */
  Query toQuery(IndexDefinition definition, SearchQuery query) {
    Query matching = toQuery(definition, query.text(), QueryRules.plainFilters(query), true);
    int toPass = QueryRules.facetFiltersToPass(query);
    if (toPass == 0) {
      return matching;
    }
    var atLeast = new BooleanQuery.Builder().setMinimumNumberShouldMatch(toPass);
    for (Filter filter : QueryRules.facetFilters(query)) {
      atLeast.add(toQuery(filter), BooleanClause.Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(matching, BooleanClause.Occur.MUST)
        .add(atLeast.build(), BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * What the highlighter marks: the words, each a phrase, and nothing else. The optional phrase of
   * all words is left out so that the engines mark the words alike; Elasticsearch is given the same
   * query as its highlight query.
   */
  Query highlightQuery(IndexDefinition definition, String text) {
    var bool = new BooleanQuery.Builder();
    for (String word : FreeText.words(text)) {
      Query words = anyField(definition, word);
      if (words != null) {
        bool.add(words, BooleanClause.Occur.SHOULD);
      }
    }
    return bool.build();
  }

  private Query toQuery(
      IndexDefinition definition, String text, List<Filter> filters, boolean scored) {
    var bool = new BooleanQuery.Builder();
    boolean constrained = false;
    for (String word : FreeText.words(text)) {
      Query words = anyField(definition, word);
      // A word without tokens (punctuation only) constrains nothing, as Elasticsearch's
      // zero_terms_query=all makes it.
      if (words != null) {
        bool.add(words, BooleanClause.Occur.MUST);
        constrained = true;
      }
    }
    if (scored && constrained) {
      FreeText.adjacentWords(text)
          .map(adjacent -> anyField(definition, adjacent))
          .ifPresent(adjacent -> bool.add(adjacent, BooleanClause.Occur.SHOULD));
    }
    for (Filter filter : filters) {
      bool.add(toQuery(filter), BooleanClause.Occur.FILTER);
      constrained = true;
    }
    return constrained ? bool.build() : new MatchAllDocsQuery();
  }

  /** The phrase in the best of the search fields, or null if the phrase has no tokens. */
  private Query anyField(IndexDefinition definition, String phrase) {
    List<Query> perField = new ArrayList<>();
    for (Map.Entry<String, Float> field : definition.searchFields().entrySet()) {
      Query query = phrases.createPhraseQuery(field.getKey(), phrase);
      if (query != null) {
        perField.add(field.getValue() == 1f ? query : new BoostQuery(query, field.getValue()));
      }
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0f);
  }

  static Query toQuery(Filter filter) {
    return switch (filter) {
      case Filter.AnyOf anyOf ->
          KeywordField.newSetQuery(
              anyOf.field(), anyOf.values().stream().map(BytesRef::new).toList());
      case Filter.LongRange range ->
          LongField.newRangeQuery(
              range.field(),
              range.min() == null ? Long.MIN_VALUE : range.min(),
              range.max() == null ? Long.MAX_VALUE : range.max());
      case Filter.DateRange range ->
          LongField.newRangeQuery(
              range.field(),
              range.from() == null ? Long.MIN_VALUE : DocumentCodec.epochMillis(range.from()),
              range.to() == null ? Long.MAX_VALUE : DocumentCodec.epochMillis(range.to()));
    };
  }

  static org.apache.lucene.search.Sort toSort(IndexDefinition definition, Sort sort) {
    SortField byId = byId();
    return switch (sort) {
      case Sort.Relevance relevance ->
          new org.apache.lucene.search.Sort(SortField.FIELD_SCORE, byId);
      case Sort.ByField byField -> {
        boolean descending = byField.direction() == Sort.Direction.DESCENDING;
        SortField primary =
            byField(byField.field(), definition.requireField(byField.field()), descending);
        yield SearchDocument.ID_FIELD.equals(byField.field())
            ? new org.apache.lucene.search.Sort(primary)
            : new org.apache.lucene.search.Sort(primary, byId);
      }
    };
  }

  /** Ascending by id: the tie-break of every sort, and the order of a scan. */
  static SortField byId() {
    return byField(SearchDocument.ID_FIELD, FieldType.KEYWORD, false);
  }

  /**
   * Like Elasticsearch: the smallest of several values counts ascending, the largest descending,
   * and documents without a value come last either way.
   */
  private static SortField byField(String field, FieldType type, boolean descending) {
    return switch (type) {
      case KEYWORD -> {
        SortField sortField =
            KeywordField.newSortField(
                field,
                descending,
                descending ? SortedSetSelector.Type.MAX : SortedSetSelector.Type.MIN);
        sortField.setMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
        yield sortField;
      }
      case LONG, DATE -> {
        SortField sortField =
            LongField.newSortField(
                field,
                descending,
                descending ? SortedNumericSelector.Type.MAX : SortedNumericSelector.Type.MIN);
        sortField.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
        yield sortField;
      }
      case TEXT -> throw new IllegalArgumentException("sort: field '" + field + "' is text");
    };
  }
}
