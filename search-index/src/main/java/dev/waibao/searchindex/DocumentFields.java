package dev.waibao.searchindex;

import java.util.List;
import java.util.Map;

/** How document records fill a {@link SearchDocument}: absent values and empty lists left out. */
final class DocumentFields {

  private DocumentFields() {}

  static void put(Map<String, Object> fields, String name, Object value) {
    if (value != null) {
      fields.put(name, value);
    }
  }

  static void putAll(Map<String, Object> fields, String name, List<String> values) {
    if (!values.isEmpty()) {
      fields.put(name, values);
    }
  }

  static List<String> copy(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
