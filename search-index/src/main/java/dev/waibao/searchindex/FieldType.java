package dev.waibao.searchindex;

/** How an engine indexes a field; named after the Elasticsearch mapping type that declares it. */
public enum FieldType {
  /** Exact values: filterable with {@link Filter.AnyOf} and sortable. */
  KEYWORD("keyword"),
  /** Analyzed text (standard analyzer), searched by free text; neither filterable nor sortable. */
  TEXT("text"),
  /** 64-bit integers: range-filterable and sortable. */
  LONG("long"),
  /** Instants at millisecond precision: range-filterable and sortable. */
  DATE("date");

  private final String mappingType;

  FieldType(String mappingType) {
    this.mappingType = mappingType;
  }

  /** The Elasticsearch mapping type of this field type. */
  public String mappingType() {
    return mappingType;
  }

  /** The field type declared by an Elasticsearch mapping type. */
  public static FieldType ofMappingType(String mappingType) {
    for (FieldType type : values()) {
      if (type.mappingType.equals(mappingType)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "mapping type '" + mappingType + "' is not supported by both engines");
  }
}
