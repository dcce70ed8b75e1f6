package dev.waibao.searchindex;

import dev.waibao.searchindex.internal.Unicode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document to index: its id, the version of the source row it was built from, and its field
 * values.
 *
 * <p>Values are {@link String} (keyword and text fields), {@link Long} or {@link Integer} (long
 * fields), {@link java.time.Instant} (date fields), or a collection of one of those for a
 * multi-valued field. A field without a value is simply left out. The engine stores the id itself
 * in the keyword field {@value #ID_FIELD}, so {@code fields} must not contain it.
 *
 * @param id unique within the index
 * @param version grows with every change of the source row (e.g. its optimistic-lock version or the
 *     outbox sequence), so that the engine can drop stale writes
 * @param fields field name to value
 */
public record SearchDocument(String id, long version, Map<String, Object> fields) {

  /** The keyword field every index definition declares and the engines fill with the id. */
  public static final String ID_FIELD = "id";

  /** Elasticsearch's limit on {@code _id}; both engines enforce it so they accept the same ids. */
  private static final int MAX_ID_BYTES = 512;

  public SearchDocument {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (!Unicode.isWellFormed(id)) {
      throw new IllegalArgumentException("id must be well-formed Unicode");
    }
    if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
      throw new IllegalArgumentException("id must not exceed " + MAX_ID_BYTES + " bytes");
    }
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative, was " + version);
    }
    Objects.requireNonNull(fields, "fields");
    var copy = new LinkedHashMap<String, Object>();
    fields.forEach(
        (name, value) -> {
          if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("fields: a field name is blank in document " + id);
          }
          if (ID_FIELD.equals(name)) {
            throw new IllegalArgumentException(
                "fields: '" + ID_FIELD + "' is filled from the document id; leave it out");
          }
          copy.put(name, copyOf(id, name, value));
        });
    fields = Collections.unmodifiableMap(copy);
  }

  private static Object copyOf(String id, String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(
          "fields: '" + name + "' is null in document " + id + "; leave the field out instead");
    }
    if (value instanceof Collection<?> values) {
      var copy = new ArrayList<>(values.size());
      for (Object element : values) {
        if (element == null) {
          throw new IllegalArgumentException(
              "fields: '" + name + "' holds a null element in document " + id);
        }
        copy.add(element);
      }
      return List.copyOf(copy);
    }
    return value;
  }
}
