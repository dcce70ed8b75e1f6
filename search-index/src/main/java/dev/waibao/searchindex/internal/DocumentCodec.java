package dev.waibao.searchindex.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waibao.searchindex.FieldType;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.SearchDocument;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns documents into the JSON source both engines store and back into the Java values a {@link
 * dev.waibao.searchindex.SearchHit} returns. Both engines keep the same source, so hits look the
 * same whichever engine served them.
 */
public final class DocumentCodec {

  private DocumentCodec() {}

  /**
   * The JSON-ready source of a document: the id under {@value SearchDocument#ID_FIELD}, longs as
   * {@link Long}, dates as ISO-8601 strings at millisecond precision (what Elasticsearch keeps),
   * keyword and text values well-formed ({@link Unicode}), text without the highlight marker
   * characters (see {@link Snippets}).
   *
   * @throws IllegalArgumentException if a field is undefined or its value has the wrong type
   */
  public static Map<String, Object> toSource(IndexDefinition definition, SearchDocument document) {
    var source = new LinkedHashMap<String, Object>();
    source.put(SearchDocument.ID_FIELD, document.id());
    document
        .fields()
        .forEach(
            (field, value) -> {
              FieldType type = fieldType(definition, document, field);
              if (value instanceof List<?> list) {
                var encoded = new ArrayList<>(list.size());
                for (Object element : list) {
                  encoded.add(encode(document, field, type, element));
                }
                source.put(field, encoded);
              } else {
                source.put(field, encode(document, field, type, value));
              }
            });
    return source;
  }

  /**
   * The single values of a field value that {@link #toSource} accepted: the value itself or the
   * elements of its list.
   */
  public static List<?> valuesOf(Object value) {
    return value instanceof List<?> list ? list : List.of(value);
  }

  /** Milliseconds since the epoch: the precision at which both engines index dates. */
  public static long epochMillis(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
  }

  /** Stored source back to Java values, typed by the definition; unknown fields are dropped. */
  public static Map<String, Object> fromSource(IndexDefinition definition, JsonNode source) {
    var fields = new TreeMap<String, Object>();
    source
        .properties()
        .forEach(
            entry -> {
              FieldType type = definition.fields().get(entry.getKey());
              JsonNode node = entry.getValue();
              if (type == null || node.isNull()) {
                return;
              }
              if (node.isArray()) {
                var values = new ArrayList<>(node.size());
                node.forEach(element -> values.add(decode(type, element)));
                fields.put(entry.getKey(), List.copyOf(values));
              } else {
                fields.put(entry.getKey(), decode(type, node));
              }
            });
    return Collections.unmodifiableMap(fields);
  }

  private static FieldType fieldType(
      IndexDefinition definition, SearchDocument document, String field) {
    FieldType type = definition.fields().get(field);
    if (type == null) {
      throw new IllegalArgumentException(
          "document "
              + document.id()
              + ": field '"
              + field
              + "' is not defined in index definition '"
              + definition.name()
              + "'");
    }
    return type;
  }

  private static Object encode(
      SearchDocument document, String field, FieldType type, Object value) {
    return switch (type) {
      case KEYWORD -> {
        if (value instanceof String string) {
          yield Unicode.wellFormed(string);
        }
        throw wrongType(document, field, type, value);
      }
      case TEXT -> {
        if (value instanceof String string) {
          yield Snippets.withoutMarkers(Unicode.wellFormed(string));
        }
        throw wrongType(document, field, type, value);
      }
      case LONG -> {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
          yield ((Number) value).longValue();
        }
        throw wrongType(document, field, type, value);
      }
      case DATE -> {
        if (value instanceof Instant instant) {
          yield instant.truncatedTo(ChronoUnit.MILLIS).toString();
        }
        throw wrongType(document, field, type, value);
      }
    };
  }

  private static IllegalArgumentException wrongType(
      SearchDocument document, String field, FieldType type, Object value) {
    String expected =
        switch (type) {
          case KEYWORD, TEXT -> "a String";
          case LONG -> "a Long or Integer";
          case DATE -> "an Instant";
        };
    return new IllegalArgumentException(
        "document "
            + document.id()
            + ": field '"
            + field
            + "' is "
            + type.mappingType()
            + " and needs "
            + expected
            + ", got "
            + value.getClass().getSimpleName());
  }

  private static Object decode(FieldType type, JsonNode node) {
    return switch (type) {
      case KEYWORD, TEXT -> node.asText();
      case LONG -> node.asLong();
      case DATE -> decodeDate(node);
    };
  }

  private static Instant decodeDate(JsonNode node) {
    if (node.isNumber()) {
      return Instant.ofEpochMilli(node.asLong());
    }
    try {
      return Instant.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("stored date is not ISO-8601: " + node.asText(), e);
    }
  }
}
