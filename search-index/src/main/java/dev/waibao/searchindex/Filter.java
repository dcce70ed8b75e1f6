package dev.waibao.searchindex;

import dev.waibao.searchindex.internal.Unicode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A condition a hit must meet; filters never change scores, and all filters of a query must hold.
 */
public sealed interface Filter permits Filter.AnyOf, Filter.LongRange, Filter.DateRange {

  /** The most values of one {@link AnyOf} filter; more is a mistake or an attack. */
  int MAX_VALUES = 100;

  /** The longest value of an {@link AnyOf} filter, in characters (ids may take 512 bytes). */
  int MAX_VALUE_LENGTH = 512;

  /** The field the filter applies to. */
  String field();

  /** Matches documents whose keyword field holds at least one of the values. */
  static AnyOf anyOf(String field, String... values) {
    return new AnyOf(field, new LinkedHashSet<>(Arrays.asList(values)));
  }

  /** Matches documents whose keyword field holds at least one of the values. */
  static AnyOf anyOf(String field, Collection<String> values) {
    return new AnyOf(field, new LinkedHashSet<>(values));
  }

  /** Matches documents whose long field lies between the bounds, both inclusive. */
  static LongRange between(String field, long min, long max) {
    return new LongRange(field, min, max);
  }

  /** Matches documents whose long field is at least {@code min}. */
  static LongRange atLeast(String field, long min) {
    return new LongRange(field, min, null);
  }

  /** Matches documents whose long field is at most {@code max}. */
  static LongRange atMost(String field, long max) {
    return new LongRange(field, null, max);
  }

  /** Matches documents whose date field lies between the instants, both inclusive. */
  static DateRange between(String field, Instant from, Instant to) {
    return new DateRange(field, from, to);
  }

  /** Matches documents whose date field is at or after {@code from}. */
  static DateRange onOrAfter(String field, Instant from) {
    return new DateRange(field, from, null);
  }

  /** Matches documents whose date field is at or before {@code to}. */
  static DateRange onOrBefore(String field, Instant to) {
    return new DateRange(field, null, to);
  }

  /**
   * Term filter on a keyword field: exact, case-sensitive values, any of which may match.
   *
   * @param values 1 to {@value #MAX_VALUES}, none blank or longer than {@value #MAX_VALUE_LENGTH}
   *     characters
   */
  record AnyOf(String field, Set<String> values) implements Filter {
    public AnyOf {
      field = requireField(field);
      Objects.requireNonNull(values, "values");
      if (values.isEmpty()) {
        throw new IllegalArgumentException("values of filter on '" + field + "' must not be empty");
      }
      if (values.size() > MAX_VALUES) {
        throw new IllegalArgumentException(
            "values of filter on '"
                + field
                + "' must be at most "
                + MAX_VALUES
                + ", got "
                + values.size());
      }
      for (String value : values) {
        if (value == null || value.isBlank()) {
          throw new IllegalArgumentException(
              "values of filter on '" + field + "' must not contain blanks");
        }
        if (!Unicode.isWellFormed(value)) {
          throw new IllegalArgumentException(
              "values of filter on '" + field + "' must be well-formed Unicode");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
          throw new IllegalArgumentException(
              "values of filter on '"
                  + field
                  + "' must be at most "
                  + MAX_VALUE_LENGTH
                  + " characters long");
        }
      }
      values = Set.copyOf(values);
    }
  }

  /**
   * Inclusive range on a long field; a missing bound is open.
   *
   * @param min lower bound or {@code null}
   * @param max upper bound or {@code null}
   */
  record LongRange(String field, Long min, Long max) implements Filter {
    public LongRange {
      field = requireField(field);
      if (min == null && max == null) {
        throw new IllegalArgumentException("range on '" + field + "' needs min or max");
      }
      if (min != null && max != null && min > max) {
        throw new IllegalArgumentException(
            "range on '" + field + "': min " + min + " is greater than max " + max);
      }
    }
  }

  /**
   * Inclusive range on a date field, at millisecond precision like the stored dates; a missing
   * bound is open.
   *
   * @param from lower bound or {@code null}
   * @param to upper bound or {@code null}
   */
  record DateRange(String field, Instant from, Instant to) implements Filter {
    public DateRange {
      field = requireField(field);
      if (from == null && to == null) {
        throw new IllegalArgumentException("range on '" + field + "' needs from or to");
      }
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException(
            "range on '" + field + "': from " + from + " is after to " + to);
      }
    }
  }

  private static String requireField(String field) {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("field of a filter must not be blank");
    }
    return field;
  }
}
