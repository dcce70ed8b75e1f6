package dev.waibao.searchindex.lucene;

import dev.waibao.searchindex.Facet;
import dev.waibao.searchindex.FacetResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Counts facets over the documents gathered per segment (by a {@link FacetsCollector} or {@link
 * FacetedSearch}), straight from the doc values that {@code KeywordField} and {@code LongField}
 * write anyway: no taxonomy index and no extra fields, so any keyword or long field can be counted.
 * Counting follows Elasticsearch's terms and range aggregations: a document counts once per value,
 * and once per band however many of its values fall into it.
 */
final class LuceneFacets {

  private LuceneFacets() {}

  static FacetResult count(Facet facet, List<FacetsCollector.MatchingDocs> hits)
      throws IOException {
    return switch (facet) {
      case Facet.Terms terms -> terms(terms, hits);
      case Facet.Ranges ranges -> ranges(ranges, hits);
    };
  }

  private static FacetResult terms(Facet.Terms facet, List<FacetsCollector.MatchingDocs> hits)
      throws IOException {
    Map<BytesRef, Long> counts = new HashMap<>();
    for (FacetsCollector.MatchingDocs matching : hits) {
      if (matching.totalHits() == 0) {
        continue;
      }
      SortedSetDocValues values =
          DocValues.getSortedSet(matching.context().reader(), facet.field());
      // Count segment ordinals first and resolve them to terms once: lookups are the costly part.
      int[] perOrdinal = new int[Math.toIntExact(values.getValueCount())];
      DocIdSetIterator docs = matching.bits().iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (values.advanceExact(doc)) {
          for (int i = 0; i < values.docValueCount(); i++) {
            perOrdinal[Math.toIntExact(values.nextOrd())]++;
          }
        }
      }
      for (int ordinal = 0; ordinal < perOrdinal.length; ordinal++) {
        if (perOrdinal[ordinal] > 0) {
          counts.merge(
              BytesRef.deepCopyOf(values.lookupOrd(ordinal)),
              (long) perOrdinal[ordinal],
              Long::sum);
        }
      }
    }
    // Elasticsearch's terms order: count descending, then the term's bytes ascending.
    List<Map.Entry<BytesRef, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(
        Map.Entry.<BytesRef, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    var result = new ArrayList<FacetResult.Count>();
    for (Map.Entry<BytesRef, Long> entry :
        sorted.subList(0, Math.min(facet.size(), sorted.size()))) {
      result.add(new FacetResult.Count(entry.getKey().utf8ToString(), entry.getValue()));
    }
    return new FacetResult(facet.field(), result);
  }

  private static FacetResult ranges(Facet.Ranges facet, List<FacetsCollector.MatchingDocs> hits)
      throws IOException {
    List<Facet.Range> bands = facet.ranges();
    long[] counts = new long[bands.size()];
    boolean[] counted = new boolean[bands.size()];
    for (FacetsCollector.MatchingDocs matching : hits) {
      if (matching.totalHits() == 0) {
        continue;
      }
      SortedNumericDocValues values =
          DocValues.getSortedNumeric(matching.context().reader(), facet.field());
      DocIdSetIterator docs = matching.bits().iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (!values.advanceExact(doc)) {
          continue;
        }
        Arrays.fill(counted, false);
        for (int i = 0; i < values.docValueCount(); i++) {
          long value = values.nextValue();
          for (int band = 0; band < bands.size(); band++) {
            if (!counted[band] && bands.get(band).contains(value)) {
              counted[band] = true;
              counts[band]++;
            }
          }
        }
      }
    }
    var result = new ArrayList<FacetResult.Count>();
    for (int band = 0; band < bands.size(); band++) {
      result.add(new FacetResult.Count(bands.get(band).key(), counts[band]));
    }
    return new FacetResult(facet.field(), result);
  }
}
