package dev.waibao.searchindex;

/**
 * The order of hits. Ties are always broken by document id, so paging is stable in both engines.
 */
public sealed interface Sort permits Sort.Relevance, Sort.ByField {

  /** Best match first. */
  static Sort relevance() {
    return Relevance.INSTANCE;
  }

  /** Smallest value first; documents without a value come last. */
  static Sort ascending(String field) {
    return new ByField(field, Direction.ASCENDING);
  }

  /** Largest value first; documents without a value come last. */
  static Sort descending(String field) {
    return new ByField(field, Direction.DESCENDING);
  }

  /** Which end of a field's values comes first. */
  enum Direction {
    ASCENDING,
    DESCENDING
  }

  /** Orders by score, best first. */
  record Relevance() implements Sort {
    private static final Relevance INSTANCE = new Relevance();
  }

  /**
   * Orders by a keyword, long or date field. For a multi-valued field the smallest value counts
   * when ascending and the largest when descending.
   */
  record ByField(String field, Direction direction) implements Sort {
    public ByField {
      if (field == null || field.isBlank()) {
        throw new IllegalArgumentException("sort field must not be blank");
      }
      if (direction == null) {
        throw new IllegalArgumentException("sort direction must not be null");
      }
    }
  }
}
