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
 * <p>Highlights are safe to insert into HTML as they are: the field's text HTML-escaped, each match
 * wrapped in {@value #MARK_START}…{@value #MARK_END}, cut to a snippet of about {@value
 * #SNIPPET_LENGTH} characters around the first match with {@value #ELLIPSIS} where text was left
 * out. A requested field the document has gets a snippet even without a match (then unmarked), so a
 * page can always render the snippet.
 *
 * @param id the document id
 * @param version the version of the indexed document, see {@link SearchDocument#version()}
 * @param score relevance, or {@code null} when hits are sorted by a field
 * @param fields stored field values, including {@value SearchDocument#ID_FIELD}
 * @param highlights field to HTML snippet, for the text fields the query asked to highlight
 */
public record SearchHit(
    String id,
    long version,
    Double score,
    Map<String, Object> fields,
    Map<String, String> highlights) {

  /** What opens a match in a highlight. */
  public static final String MARK_START = "<mark>";

  /** What closes a match in a highlight. */
  public static final String MARK_END = "</mark>";

  /** What stands for text left out of a highlight snippet. */
  public static final String ELLIPSIS = "…";

  /** The most characters of text (not counting markup) a highlight snippet shows. */
  public static final int SNIPPET_LENGTH = 160;

  public SearchHit {
    fields = Map.copyOf(fields);
    highlights = Map.copyOf(highlights);
  }

  /** The highlighted snippet of a text field, if the query asked for it and the field has text. */
  public Optional<String> highlight(String field) {
    return Optional.ofNullable(highlights.get(field));
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
