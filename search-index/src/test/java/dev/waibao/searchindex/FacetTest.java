package dev.waibao.searchindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Facet")
class FacetTest {

  @Test
  @DisplayName("a terms facet returns 1 to 100 values, 10 unless told")
  void termsFacetSize() {
    assertThat(Facet.terms("city").size()).isEqualTo(Facet.DEFAULT_SIZE);
    assertThat(Facet.terms("city", 100).size()).isEqualTo(100);
    assertThatThrownBy(() -> Facet.terms("city", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("facets");
    assertThatThrownBy(() -> Facet.terms("city", 101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("facets");
    assertThatThrownBy(() -> Facet.terms(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("facets");
  }

  @Test
  @DisplayName("a band includes its lower bound and excludes its upper bound")
  void bandBounds() {
    Facet.Range band = Facet.Range.between("b", 100, 200);

    assertThat(band.contains(99)).isFalse();
    assertThat(band.contains(100)).isTrue();
    assertThat(band.contains(199)).isTrue();
    assertThat(band.contains(200)).isFalse();
    assertThat(Facet.Range.below("low", 0).contains(Long.MIN_VALUE)).isTrue();
    assertThat(Facet.Range.atLeast("high", 0).contains(Long.MAX_VALUE)).isTrue();
  }

  @Test
  @DisplayName("rejects empty bands, duplicate keys and bounds beyond 2^53")
  void rejectsBadRanges() {
    assertThatThrownBy(() -> Facet.Range.between("b", 5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () -> Facet.ranges("budgetMax", Facet.Range.below("a", 1), Facet.Range.atLeast("a", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two ranges");
    assertThatThrownBy(() -> Facet.Range.atLeast("huge", (1L << 53) + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2^53");
    assertThatThrownBy(() -> Facet.ranges("budgetMax"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("facets");
    assertThatThrownBy(() -> new Facet.Range(" ", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key");
  }

  @Test
  @DisplayName("a result reads counts by value, 0 for values it does not list")
  void resultReadsCounts() {
    var result =
        new FacetResult(
            "city", List.of(new FacetResult.Count("杭州", 3), new FacetResult.Count("宁波", 1)));

    assertThat(result.count("杭州")).isEqualTo(3);
    assertThat(result.count("温州")).isZero();
    assertThat(result.asMap())
        .containsExactly(java.util.Map.entry("杭州", 3L), java.util.Map.entry("宁波", 1L));
  }
}
