package dev.waibao.searchindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Document records")
class DocumentRecordsTest {

  @Test
  @DisplayName("a firm becomes a search document without its absent values")
  void firmToSearchDocument() {
    var firm =
        new FirmDocument(
            "f1",
            3,
            "哈尔滨华信软件",
            null,
            null,
            List.of("ITO.SOFTWARE"),
            List.of(),
            "哈尔滨",
            null,
            "SMALL",
            null,
            List.of("DOMESTIC"),
            50L,
            null);

    SearchDocument document = firm.toSearchDocument();

    assertThat(document.id()).isEqualTo("f1");
    assertThat(document.version()).isEqualTo(3);
    assertThat(document.fields())
        .containsExactly(
            Map.entry("nameZh", "哈尔滨华信软件"),
            Map.entry("capabilities", List.of("ITO.SOFTWARE")),
            Map.entry("city", "哈尔滨"),
            Map.entry("sizeTier", "SMALL"),
            Map.entry("markets", List.of("DOMESTIC")),
            Map.entry("headcount", 50L));
  }

  @Test
  @DisplayName("a park becomes a search document without its absent values")
  void parkToSearchDocument() {
    var park =
        new ParkDocument("p1", 1, null, "Daqing Park", "园区", "大庆", "ORDINARY", null, 0L, null);

    assertThat(park.toSearchDocument().fields())
        .containsExactly(
            Map.entry("nameEn", "Daqing Park"),
            Map.entry("description", "园区"),
            Map.entry("city", "大庆"),
            Map.entry("level", "ORDINARY"),
            Map.entry("availableArea", 0L));
  }

  @Test
  @DisplayName("firms and parks need a name in at least one language")
  void firmsAndParksNeedAName() {
    assertThatThrownBy(
            () ->
                new FirmDocument(
                    "f", 1, null, null, null, null, null, null, null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(
            () -> new ParkDocument("p", 1, null, null, null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }
}
