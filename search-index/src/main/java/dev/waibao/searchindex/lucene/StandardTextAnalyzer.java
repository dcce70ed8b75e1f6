package dev.waibao.searchindex.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Lucene's standard analyzer tuned to tokenize exactly like Elasticsearch's {@code standard}
 * analyzer: same tokenizer, lower-casing, no stop words, and the same position gap of 100 between
 * the values of a multi-valued text field, so a phrase never matches across two values.
 */
final class StandardTextAnalyzer extends AnalyzerWrapper {

  /** Elasticsearch's default {@code position_increment_gap} for text fields. */
  static final int POSITION_INCREMENT_GAP = 100;

  private final StandardAnalyzer standard = new StandardAnalyzer();

  StandardTextAnalyzer() {
    super(Analyzer.PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return standard;
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return POSITION_INCREMENT_GAP;
  }

  @Override
  public void close() {
    standard.close();
    super.close();
  }
}
