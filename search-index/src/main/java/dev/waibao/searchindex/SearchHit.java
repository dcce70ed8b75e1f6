package dev.waibao.searchindex;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One matching document.
 *
 * <p>Field values come back as they were indexed, with the same Java types in both engines: {@link
 * String} for keyword and text, {@link Long} for long, {@link Instant} (millisecond precision) for
 * date fields, and a {@link List} where a list was indexed.
 *
 * @param id the document id
 * @param score relevance, or {@code null} when hits are sorted by a field
 * @param fields stored field values, including {@value SearchDocument#ID_FIELD}
 */
public record SearchHit(String id, Double score, Map<String, Object> fields) {

  public SearchHit {
    fields = Map.copyOf(fields);
  }

  /** A single-valued keyword or text field; the first value of a list. */
  public Optional<String> string(String field) {
    return first(field).map(String.class::cast);
  }

  /** All values of a keyword or text field, empty when it has none. */
  public List<String> strings(String field) {
    return all(field).stream().map(String.class::cast).toList();
  }

  /** A single-valued long field; the first value of a list. */
  public Optional<Long> number(String field) {
    return first(field).map(Long.class::cast);
  }

  /** A single-valued date field; the first value of a list. */
  public Optional<Instant> instant(String field) {
    return first(field).map(Instant.class::cast);
  }

  private Optional<Object> first(String field) {
    return all(field).stream().findFirst();
  }

  private List<Object> all(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return List.of();
    }
    return value instanceof List<?> list ? List.copyOf(list) : List.of(value);
  }
}
