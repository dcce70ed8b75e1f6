package dev.waibao.searchindex;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A count of the hits per value of a field, asked for alongside a query so that a search page can
 * show how many hits each refinement would leave.
 *
 * <p><b>Multi-select semantics.</b> A facet counts the hits of the query with every filter applied
 * <em>except the filters on its own field</em>: after a user picks the city 杭州, the city facet
 * still shows how many hits 宁波 would add, while every other facet shows counts within 杭州. This is
 * the usual behaviour of multi-select facet lists, and both engines implement it alike. Counts are
 * exact (the index definitions use one shard) and count each document once per value, however many
 * of its values fall into that value or band.
 */
public sealed interface Facet permits Facet.Terms, Facet.Ranges {

  /** Values a terms facet returns unless told otherwise. */
  int DEFAULT_SIZE = 10;

  /** The most values a terms facet may return. */
  int MAX_SIZE = 100;

  /** The most bands a range facet may have. */
  int MAX_RANGES = 20;

  /**
   * The largest magnitude of a range bound: Elasticsearch computes range buckets in doubles, which
   * hold integers exactly only up to 2^53, so larger bounds could make the engines disagree.
   */
  long MAX_BOUND = 1L << 53;

  /** The field counted. */
  String field();

  /** The {@value #DEFAULT_SIZE} most frequent values of a keyword field. */
  static Terms terms(String field) {
    return new Terms(field, DEFAULT_SIZE);
  }

  /** The {@code size} most frequent values of a keyword field. */
  static Terms terms(String field, int size) {
    return new Terms(field, size);
  }

  /** Counts per band of a long field, in the order given. */
  static Ranges ranges(String field, Range... ranges) {
    return new Ranges(field, Arrays.asList(ranges));
  }

  /**
   * The most frequent values of a keyword field: by count, largest first, ties by value in
   * ascending (UTF-8 byte) order. Values without hits are left out.
   *
   * @param size how many values at most, 1 to {@value #MAX_SIZE}
   */
  record Terms(String field, int size) implements Facet {
    public Terms {
      field = requireField(field);
      if (size < 1 || size > MAX_SIZE) {
        throw new IllegalArgumentException(
            "facets: size of '" + field + "' must be between 1 and " + MAX_SIZE + ", was " + size);
      }
    }
  }

  /**
   * Counts per band of a long field, every band reported in the order given, bands without hits
   * with a count of 0. Bands may overlap; a document counts in every band one of its values falls
   * into.
   *
   * @param ranges 1 to {@value #MAX_RANGES} bands with distinct keys
   */
  record Ranges(String field, List<Range> ranges) implements Facet {
    public Ranges {
      field = requireField(field);
      Objects.requireNonNull(ranges, "ranges");
      if (ranges.isEmpty() || ranges.size() > MAX_RANGES) {
        throw new IllegalArgumentException(
            "facets: '" + field + "' needs 1 to " + MAX_RANGES + " ranges, got " + ranges.size());
      }
      var keys = new HashSet<String>();
      for (Range range : ranges) {
        Objects.requireNonNull(range, "range");
        if (!keys.add(range.key())) {
          throw new IllegalArgumentException(
              "facets: '" + field + "' has two ranges keyed '" + range.key() + "'");
        }
      }
      ranges = List.copyOf(ranges);
    }
  }

  /**
   * One band of a range facet: {@code from} inclusive, {@code to} exclusive, as in Elasticsearch's
   * range aggregation; a missing bound is open.
   *
   * @param key how the result names the band, e.g. {@code 100K_TO_1M}
   * @param from lower bound (inclusive) or {@code null}
   * @param to upper bound (exclusive) or {@code null}
   */
  record Range(String key, Long from, Long to) {
    public Range {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("facets: a range needs a key");
      }
      requireBound(key, from);
      requireBound(key, to);
      if (from != null && to != null && from >= to) {
        throw new IllegalArgumentException(
            "facets: range '" + key + "' is empty: from " + from + " is not below to " + to);
      }
    }

    /** Values below {@code to}. */
    public static Range below(String key, long to) {
      return new Range(key, null, to);
    }

    /** Values from {@code from} (inclusive) to {@code to} (exclusive). */
    public static Range between(String key, long from, long to) {
      return new Range(key, from, to);
    }

    /** Values from {@code from} on. */
    public static Range atLeast(String key, long from) {
      return new Range(key, from, null);
    }

    /** Whether the value falls into this band. */
    public boolean contains(long value) {
      return (from == null || value >= from) && (to == null || value < to);
    }

    private static void requireBound(String key, Long bound) {
      if (bound != null && Math.abs(bound) > MAX_BOUND) {
        throw new IllegalArgumentException(
            "facets: bounds of range '" + key + "' must lie within ±2^53, was " + bound);
      }
    }
  }

  private static String requireField(String field) {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("facets: field must not be blank");
    }
    return field;
  }
}
