package dev.waibao.searchindex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The counts of one {@link Facet}: for a terms facet the most frequent values, for a range facet
 * every band by its key.
 *
 * @param field the field counted
 * @param counts values (or band keys) with their hit counts, in the facet's order
 */
public record FacetResult(String field, List<Count> counts) {

  public FacetResult {
    Objects.requireNonNull(field, "field");
    counts = List.copyOf(counts);
  }

  /** The count of a value or band, 0 if the result does not list it. */
  public long count(String value) {
    for (Count count : counts) {
      if (count.value().equals(value)) {
        return count.count();
      }
    }
    return 0;
  }

  /** Value to count, in the facet's order; handy in tests and for JSON. */
  public Map<String, Long> asMap() {
    var map = new LinkedHashMap<String, Long>();
    counts.forEach(count -> map.put(count.value(), count.count()));
    return map;
  }

  /**
   * How many hits have one value, or fall into one band.
   *
   * @param value the keyword value, or the band's key
   * @param count hits, never negative
   */
  public record Count(String value, long count) {
    public Count {
      Objects.requireNonNull(value, "value");
      if (count < 0) {
        throw new IllegalArgumentException("count must not be negative");
      }
    }
  }
}
