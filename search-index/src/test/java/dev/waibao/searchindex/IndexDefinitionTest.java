package dev.waibao.searchindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
                Map.entry("clientId", FieldType.KEYWORD),
                Map.entry("clientName", FieldType.TEXT),
                Map.entry("requiredCertifications", FieldType.KEYWORD),
                Map.entry("requiredLanguages", FieldType.KEYWORD),
                Map.entry("minHeadcount", FieldType.LONG),
                Map.entry("budgetMin", FieldType.LONG),
                Map.entry("budgetMax", FieldType.LONG),
                Map.entry("bidDeadline", FieldType.DATE),
                Map.entry("publishedAt", FieldType.DATE)));
    assertThat(tenders.searchFields())
        .containsOnly(
            Map.entry("title", 3f), Map.entry("clientName", 2f), Map.entry("description", 1f));
    assertThat(tenders.body()).contains("\"dynamic\": \"strict\"");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {TenderDocument.class, FirmDocument.class, ParkDocument.class})
  @DisplayName("declares every field its document writes, and nothing more")
  void declaresEveryDocumentField(Class<?> document) throws Exception {
    var definition = (IndexDefinition) document.getMethod("indexDefinition").invoke(null);
    var written = new HashSet<String>();
    for (Field constant : constantsOf(document)) {
      String field = (String) constant.get(null);
      if (!constant.getName().equals("INDEX")) {
        written.add(field);
      }
    }
    written.add(SearchDocument.ID_FIELD);

    assertThat(definition.name()).isEqualTo(document.getField("INDEX").get(null));
    assertThat(definition.fields().keySet()).containsExactlyInAnyOrderElementsOf(written);
    assertThat(definition.body()).contains("\"dynamic\": \"strict\"");
  }

  @Test
  @DisplayName("searches the names of vendors and parks above their descriptions")
  void searchesNamesAboveDescriptions() {
    for (IndexDefinition definition :
        new IndexDefinition[] {FirmDocument.indexDefinition(), ParkDocument.indexDefinition()}) {
      assertThat(definition.searchFields())
          .containsOnly(
              Map.entry("nameZh", 3f), Map.entry("nameEn", 3f), Map.entry("description", 1f));
    }
  }

  @Test
  @DisplayName("counts tender budgets in four bands on the upper bound")
  void countsBudgetsInFourBands() {
    assertThat(TenderDocument.BUDGET_BANDS.field()).isEqualTo(TenderDocument.BUDGET_MAX);
    assertThat(TenderDocument.BUDGET_BANDS.ranges())
        .extracting(Facet.Range::key)
        .containsExactly("UNDER_100K", "100K_TO_1M", "1M_TO_10M", "10M_AND_MORE");
    assertThat(TenderDocument.BUDGET_BANDS.ranges().get(1).contains(100_000)).isTrue();
    assertThat(TenderDocument.BUDGET_BANDS.ranges().get(1).contains(1_000_000)).isFalse();
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
