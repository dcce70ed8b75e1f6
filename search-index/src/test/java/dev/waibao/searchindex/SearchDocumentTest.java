package dev.waibao.searchindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Search document")
class SearchDocumentTest {

  @Test
  @DisplayName("needs an id and a non-negative version")
  void needsIdAndVersion() {
    assertThatThrownBy(() -> new SearchDocument(" ", 1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("id");
    assertThatThrownBy(() -> new SearchDocument("x".repeat(513), 1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("id");
    assertThatThrownBy(() -> new SearchDocument("t", -1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("version");
  }

  @Test
  @DisplayName("leaves the id field to the engine")
  void leavesTheIdFieldToTheEngine() {
    assertThatThrownBy(() -> new SearchDocument("t", 1, Map.of("id", "t")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'id'");
  }

  @Test
  @DisplayName("rejects null values, which are left out instead")
  void rejectsNullValues() {
    var fields = new HashMap<String, Object>();
    fields.put("city", null);
    assertThatThrownBy(() -> new SearchDocument("t", 1, fields))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("city");
    var withNullElement = new ArrayList<String>();
    withNullElement.add(null);
    assertThatThrownBy(() -> new SearchDocument("t", 1, Map.of("categories", withNullElement)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("categories");
  }

  @Test
  @DisplayName("copies its fields and lists")
  void copiesItsFields() {
    var categories = new ArrayList<>(List.of("ITO.SAAS"));
    var document = new SearchDocument("t", 1, Map.of("categories", categories));

    categories.add("ITO.GIS");

    assertThat(document.fields().get("categories")).isEqualTo(List.of("ITO.SAAS"));
  }
}
