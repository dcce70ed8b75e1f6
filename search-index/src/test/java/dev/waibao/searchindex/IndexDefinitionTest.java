package dev.waibao.searchindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Index definition")
class IndexDefinitionTest {

  @Test
  @DisplayName("reads the tenders definition with every field's type")
  void readsTheTendersDefinition() {
    IndexDefinition tenders = IndexDefinition.load("tenders");

    assertThat(tenders.name()).isEqualTo("tenders");
    assertThat(tenders.fields())
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("id", FieldType.KEYWORD),
                Map.entry("title", FieldType.TEXT),
                Map.entry("description", FieldType.TEXT),
                Map.entry("categories", FieldType.KEYWORD),
                Map.entry("industry", FieldType.KEYWORD),
                Map.entry("city", FieldType.KEYWORD),
                Map.entry("deliveryMode", FieldType.KEYWORD),
                Map.entry("status", FieldType.KEYWORD),
                Map.entry("budgetMin", FieldType.LONG),
                Map.entry("budgetMax", FieldType.LONG),
                Map.entry("bidDeadline", FieldType.DATE),
                Map.entry("publishedAt", FieldType.DATE)));
    assertThat(tenders.searchFields())
        .containsOnly(Map.entry("title", 3f), Map.entry("description", 1f));
    assertThat(tenders.body()).contains("\"dynamic\": \"strict\"");
  }

  @Test
  @DisplayName("declares every field the tender document writes")
  void declaresEveryTenderDocumentField() throws IllegalAccessException {
    var definition = TenderDocument.indexDefinition();
    for (Field constant : constantsOf(TenderDocument.class)) {
      String field = (String) constant.get(null);
      if (!field.equals(TenderDocument.INDEX)) {
        assertThat(definition.fieldType(field)).as(constant.getName()).isPresent();
      }
    }
  }

  @Test
  @DisplayName("refuses analyzers the Lucene engine cannot reproduce")
  void refusesOtherAnalyzers() {
    String body =
        """
        {"mappings": {"properties": {
          "id": {"type": "keyword"},
          "title": {"type": "text", "analyzer": "smartcn"}}}}
        """;

    assertThatThrownBy(() -> IndexDefinition.parse("x", body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("standard analyzer");
  }

  @Test
  @DisplayName("refuses field types the Lucene engine does not implement")
  void refusesUnsupportedTypes() {
    String body =
        """
        {"mappings": {"properties": {
          "id": {"type": "keyword"}, "title": {"type": "text"}, "location": {"type": "geo_point"}}}}
        """;

    assertThatThrownBy(() -> IndexDefinition.parse("x", body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("geo_point");
  }

  @Test
  @DisplayName("needs an id keyword field and something to search")
  void needsIdAndSearchField() {
    assertThatThrownBy(
            () ->
                IndexDefinition.parse(
                    "x", "{\"mappings\": {\"properties\": {\"title\": {\"type\": \"text\"}}}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'id'");
    assertThatThrownBy(
            () ->
                IndexDefinition.parse(
                    "x", "{\"mappings\": {\"properties\": {\"id\": {\"type\": \"keyword\"}}}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("free-text");
  }

  @Test
  @DisplayName("searches every text field once when no boosts are given")
  void searchesEveryTextFieldWithoutBoosts() {
    IndexDefinition definition =
        IndexDefinition.parse(
            "x",
            """
            {"mappings": {"properties": {
              "id": {"type": "keyword"}, "name": {"type": "text"}, "about": {"type": "text"}}}}
            """);

    assertThat(definition.searchFields())
        .containsOnly(Map.entry("name", 1f), Map.entry("about", 1f));
  }

  @Test
  @DisplayName("names the missing resource")
  void namesTheMissingResource() {
    assertThatThrownBy(() -> IndexDefinition.load("nothing-here"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing-here.json");
  }

  private static Iterable<Field> constantsOf(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()))
        .filter(field -> field.getType() == String.class)
        .toList();
  }
}
