package dev.waibao.searchindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * One pass over the documents the text and the plain filters match, which fills the page and every
 * facet's hits at once: each document is tested against the faceted filters, goes to the page if it
 * passes all of them, and to a facet's hits if it passes those the facet counts under (all but the
 * facet's own). Re-running the text query once per facet with its filter left out gives the same
 * hits, at the cost of matching the phrases again each time — the dominant cost of a search.
 */
final class FacetedSearch implements CollectorManager<FacetedSearch.Pass, FacetedSearch.Result> {

  /** The page, and per facet (in the order given) the hits it counts. */
  record Result(TopFieldDocs page, List<List<FacetsCollector.MatchingDocs>> facetHits) {}

  private final TopFieldCollectorManager page;
  private final List<Weight> filters;
  private final long[] facetMasks;
  private final long all;

  /**
   * @param filters the faceted filters' weights (at most 64), made without scores
   * @param facetMasks per facet, the bits of the filters it counts under
   */
  FacetedSearch(TopFieldCollectorManager page, List<Weight> filters, long[] facetMasks) {
    if (filters.size() > Long.SIZE) {
      throw new IllegalArgumentException("filters: at most 64 faceted filters");
    }
    this.page = page;
    this.filters = filters;
    this.facetMasks = facetMasks.clone();
    this.all = filters.size() == Long.SIZE ? -1L : (1L << filters.size()) - 1;
  }

  @Override
  public Pass newCollector() throws IOException {
    return new Pass(page.newCollector());
  }

  @Override
  public Result reduce(Collection<Pass> passes) throws IOException {
    var pages = new ArrayList<TopFieldCollector>();
    List<List<FacetsCollector.MatchingDocs>> facetHits = new ArrayList<>();
    for (int facet = 0; facet < facetMasks.length; facet++) {
      facetHits.add(new ArrayList<>());
    }
    for (Pass pass : passes) {
      pages.add(pass.page);
      for (int facet = 0; facet < facetMasks.length; facet++) {
        facetHits.get(facet).addAll(pass.facetHits.get(facet));
      }
    }
    return new Result(page.reduce(pages), facetHits);
  }

  /** The collector of one slice of the index. */
  final class Pass implements Collector {
    private final TopFieldCollector page;
    private final List<List<FacetsCollector.MatchingDocs>> facetHits = new ArrayList<>();

    Pass(TopFieldCollector page) {
      this.page = page;
      for (int facet = 0; facet < facetMasks.length; facet++) {
        facetHits.add(new ArrayList<>());
      }
    }

    @Override
    public ScoreMode scoreMode() {
      // Every document must be seen: no skipping of non-competitive ones, which the facets count.
      return page.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      LeafCollector pageLeaf = page.getLeafCollector(context);
      var memberships = new Membership[filters.size()];
      for (int i = 0; i < memberships.length; i++) {
        memberships[i] = Membership.of(filters.get(i), context);
      }
      int maxDoc = context.reader().maxDoc();
      // Facets counting under the same filters share one bit set.
      var bits = new FixedBitSet[facetMasks.length];
      for (int facet = 0; facet < facetMasks.length; facet++) {
        for (int earlier = 0; earlier < facet && bits[facet] == null; earlier++) {
          if (facetMasks[earlier] == facetMasks[facet]) {
            bits[facet] = bits[earlier];
          }
        }
        if (bits[facet] == null) {
          bits[facet] = new FixedBitSet(maxDoc);
        }
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) throws IOException {
          pageLeaf.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
          long passed = 0;
          for (int i = 0; i < memberships.length; i++) {
            if (memberships[i].contains(doc)) {
              passed |= 1L << i;
            }
          }
          if (passed == all) {
            pageLeaf.collect(doc);
          }
          for (int facet = 0; facet < facetMasks.length; facet++) {
            if ((passed & facetMasks[facet]) == facetMasks[facet]) {
              bits[facet].set(doc);
            }
          }
        }

        @Override
        public void finish() throws IOException {
          pageLeaf.finish();
          for (int facet = 0; facet < facetMasks.length; facet++) {
            int count = bits[facet].cardinality();
            facetHits
                .get(facet)
                .add(
                    new FacetsCollector.MatchingDocs(
                        context, new BitDocIdSet(bits[facet], count), count, null));
          }
        }
      };
    }
  }

  /** Whether documents of one segment, asked in increasing order, match one filter. */
  private static final class Membership {
    private static final Membership NONE = new Membership(null, null);

    private final DocIdSetIterator approximation;
    private final TwoPhaseIterator twoPhase;
    private int checked = -1;
    private boolean matched;

    private Membership(DocIdSetIterator approximation, TwoPhaseIterator twoPhase) {
      this.approximation = approximation;
      this.twoPhase = twoPhase;
    }

    static Membership of(Weight filter, LeafReaderContext context) throws IOException {
      ScorerSupplier supplier = filter.scorerSupplier(context);
      if (supplier == null) {
        return NONE;
      }
      // A small lead cost: the filter is only ever advanced to documents the text matched, so a
      // range may be checked on doc values instead of materialising every match of the segment.
      Scorer scorer = supplier.get(1);
      TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
      return new Membership(
          twoPhase == null ? scorer.iterator() : twoPhase.approximation(), twoPhase);
    }

    boolean contains(int doc) throws IOException {
      if (approximation == null) {
        return false;
      }
      if (doc != checked) {
        checked = doc;
        int current = approximation.docID();
        if (current < doc) {
          current = approximation.advance(doc);
        }
        matched = current == doc && (twoPhase == null || twoPhase.matches());
      }
      return matched;
    }
  }
}
