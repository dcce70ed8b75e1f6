package dev.waibao.searchindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Search query")
class SearchQueryTest {

  @Test
  @DisplayName("defaults to the first page of 20 by relevance")
  void defaults() {
    SearchQuery query = SearchQuery.matching("呼叫");

    assertThat(query.page()).isZero();
    assertThat(query.size()).isEqualTo(SearchQuery.DEFAULT_SIZE);
    assertThat(query.sort()).isEqualTo(Sort.relevance());
    assertThat(query.filters()).isEmpty();
  }

  @Test
  @DisplayName("rejects a negative page, naming the page")
  void rejectsANegativePage() {
    assertThatThrownBy(() -> SearchQuery.all().page(-1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("page");
  }

  @ParameterizedTest(name = "size {0}")
  @ValueSource(ints = {0, -1, 101})
  @DisplayName("rejects a size outside 1 to 100, naming the size")
  void rejectsASizeOutOfRange(int size) {
    assertThatThrownBy(() -> SearchQuery.all().page(0, size))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("size");
  }

  @ParameterizedTest(name = "size {0}")
  @ValueSource(ints = {1, 100})
  @DisplayName("accepts the smallest and largest size")
  void acceptsSizeBounds(int size) {
    assertThat(SearchQuery.all().page(0, size).size()).isEqualTo(size);
  }

  @Test
  @DisplayName("rejects paging beyond the first 10000 hits, naming the page")
  void rejectsDeepPaging() {
    assertThat(SearchQuery.all().page(99, 100).page()).isEqualTo(99);
    assertThatThrownBy(() -> SearchQuery.all().page(100, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("page");
    assertThatThrownBy(() -> SearchQuery.all().page(Integer.MAX_VALUE, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("page");
  }

  @Test
  @DisplayName("treats blank text as no text and trims the rest")
  void treatsBlankTextAsNone() {
    assertThat(SearchQuery.matching(" \u3000 ").freeText()).isEmpty();
    assertThat(SearchQuery.matching("  呼叫 ").freeText()).hasValue("呼叫");
  }

  @Test
  @DisplayName("copies its filters, so a caller's later change does not leak in")
  void copiesItsFilters() {
    var filters = new ArrayList<Filter>();
    filters.add(Filter.anyOf("city", "杭州"));
    var query = new SearchQuery(null, filters, 0, 10, null);

    filters.clear();

    assertThat(query.filters()).hasSize(1);
    assertThat(query.sort()).isEqualTo(Sort.relevance());
  }

  @Test
  @DisplayName("adds filters and changes sort without touching the original")
  void withersLeaveTheOriginal() {
    SearchQuery original = SearchQuery.matching("呼叫");

    SearchQuery changed =
        original.filteredBy(Filter.anyOf("city", "杭州")).sortedBy(Sort.descending("publishedAt"));

    assertThat(original.filters()).isEmpty();
    assertThat(changed.filters()).hasSize(1);
    assertThat(changed.sort())
        .isEqualTo(new Sort.ByField("publishedAt", Sort.Direction.DESCENDING));
    assertThat(changed.text()).isEqualTo("呼叫");
  }

  @Test
  @DisplayName("filters reject what cannot match")
  void filtersRejectWhatCannotMatch() {
    assertThatThrownBy(() -> Filter.anyOf("city"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("values");
    assertThatThrownBy(() -> Filter.anyOf("city", List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> Filter.anyOf(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field");
    assertThatThrownBy(() -> Filter.between("budgetMin", 10, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min");
    assertThatThrownBy(() -> new Filter.LongRange("budgetMin", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    Instant now = Instant.now();
    assertThatThrownBy(() -> Filter.between("bidDeadline", now, now.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from");
  }

  @Test
  @DisplayName("sorting needs a field and a direction")
  void sortingNeedsAFieldAndDirection() {
    assertThatThrownBy(() -> Sort.ascending(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field");
    assertThatThrownBy(() -> new Sort.ByField("city", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("direction");
  }
}
