package dev.waibao.searchindex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one definition of an index that both engines obey: Elasticsearch creates the index from
 * {@link #body()} as it stands, and the Lucene engine reads the same field types from it.
 *
 * <p>Definitions live as JSON resources at {@code dev/waibao/searchindex/indexes/<name>.json},
 * holding Elasticsearch {@code settings} and {@code mappings}. Only field types both engines
 * implement ({@link FieldType}) and the {@code standard} analyzer are allowed, so that a definition
 * cannot make the engines disagree. The free-text fields and their boosts come from {@code
 * mappings._meta.searchFields}; without it every text field counts once.
 *
 * @param name the definition's name, e.g. {@code tenders}
 * @param body the Elasticsearch create-index body (settings and mappings) as JSON
 * @param fields every field and its type
 * @param searchFields text fields searched by free text, with their boosts
 */
public record IndexDefinition(
    String name, String body, Map<String, FieldType> fields, Map<String, Float> searchFields) {

  private static final String RESOURCE_FOLDER = "/dev/waibao/searchindex/indexes/";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*");
  private static final ObjectMapper JSON = new ObjectMapper();

  public IndexDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
    fields = Map.copyOf(fields);
    searchFields = Map.copyOf(searchFields);
    if (fields.get(SearchDocument.ID_FIELD) != FieldType.KEYWORD) {
      throw new IllegalArgumentException(
          "index definition '" + name + "' must declare 'id' as a keyword field");
    }
    for (String field : fields.keySet()) {
      if (field.startsWith("_")) {
        throw new IllegalArgumentException(
            "index definition '" + name + "': field names starting with '_' are reserved");
      }
    }
    if (searchFields.isEmpty()) {
      throw new IllegalArgumentException(
          "index definition '" + name + "' has no text field for free-text search");
    }
    for (Map.Entry<String, Float> searchField : searchFields.entrySet()) {
      if (fields.get(searchField.getKey()) != FieldType.TEXT) {
        throw new IllegalArgumentException(
            "index definition '"
                + name
                + "': search field '"
                + searchField.getKey()
                + "' is not a text field");
      }
      if (!(searchField.getValue() > 0)) {
        throw new IllegalArgumentException(
            "index definition '"
                + name
                + "': boost of '"
                + searchField.getKey()
                + "' must be positive");
      }
    }
  }

  /** Loads {@code dev/waibao/searchindex/indexes/<name>.json} from the class path. */
  public static IndexDefinition load(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("index definition name is invalid: " + name);
    }
    String resource = RESOURCE_FOLDER + name + ".json";
    try (InputStream in = IndexDefinition.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no index definition at classpath:" + resource);
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath:" + resource, e);
    }
  }

  /** Reads a definition from Elasticsearch create-index JSON. */
  public static IndexDefinition parse(String name, String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("index definition '" + name + "' is not valid JSON", e);
    }
    JsonNode properties = root.path("mappings").path("properties");
    if (!properties.isObject()) {
      throw new IllegalArgumentException(
          "index definition '" + name + "' has no mappings.properties");
    }
    var fields = new LinkedHashMap<String, FieldType>();
    properties
        .properties()
        .forEach(
            entry -> fields.put(entry.getKey(), fieldType(name, entry.getKey(), entry.getValue())));
    var searchFields = new LinkedHashMap<String, Float>();
    JsonNode boosts = root.path("mappings").path("_meta").path("searchFields");
    if (boosts.isObject()) {
      boosts.properties().forEach(entry -> searchFields.put(entry.getKey(), boost(name, entry)));
    } else {
      fields.forEach(
          (field, type) -> {
            if (type == FieldType.TEXT) {
              searchFields.put(field, 1f);
            }
          });
    }
    return new IndexDefinition(name, body, fields, searchFields);
  }

  /** The type of a field, if the definition declares it. */
  public Optional<FieldType> fieldType(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  /**
   * The type of a field the caller refers to.
   *
   * @throws IllegalArgumentException if the definition does not declare the field
   */
  public FieldType requireField(String field) {
    FieldType type = fields.get(field);
    if (type == null) {
      throw new IllegalArgumentException(
          "field '" + field + "' is not defined in index definition '" + name + "'");
    }
    return type;
  }

  private static FieldType fieldType(String name, String field, JsonNode mapping) {
    if (mapping.has("properties") || mapping.has("fields")) {
      throw new IllegalArgumentException(
          "index definition '"
              + name
              + "': object and multi-fields are not supported ("
              + field
              + ")");
    }
    FieldType type = FieldType.ofMappingType(mapping.path("type").asText("object"));
    if (type == FieldType.TEXT) {
      String analyzer = mapping.path("analyzer").asText("standard");
      if (!"standard".equals(analyzer) || mapping.has("search_analyzer")) {
        throw new IllegalArgumentException(
            "index definition '"
                + name
                + "': text field '"
                + field
                + "' must use the standard analyzer, the only one both engines share");
      }
    }
    return type;
  }

  private static Float boost(String name, Map.Entry<String, JsonNode> entry) {
    if (!entry.getValue().isNumber()) {
      throw new IllegalArgumentException(
          "index definition '" + name + "': boost of '" + entry.getKey() + "' is not a number");
    }
    return entry.getValue().floatValue();
  }
}
