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

  @Test
  @DisplayName("rejects text longer than 500 characters, naming the text")
  void rejectsLongText() {
    assertThat(SearchQuery.matching("呼".repeat(SearchQuery.MAX_TEXT_LENGTH)).text()).hasSize(500);
    assertThatThrownBy(() -> SearchQuery.matching("呼".repeat(SearchQuery.MAX_TEXT_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("text");
    assertThatThrownBy(() -> SearchQuery.matching("a".repeat(10 * 1024)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("text")
        .hasMessageContaining("500");
  }

  @Test
  @DisplayName("rejects more than 32 words, naming the text")
  void rejectsTooManyWords() {
    String words = "a ".repeat(SearchQuery.MAX_WORDS);
    assertThat(SearchQuery.matching(words).text()).isNotNull();
    assertThatThrownBy(() -> SearchQuery.matching(words + "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("text")
        .hasMessageContaining("words");
  }

  @Test
  @DisplayName("replaces half an emoji in the text instead of failing")
  void replacesLoneSurrogates() {
    assertThat(SearchQuery.matching("呼叫\uD83D").text()).isEqualTo("呼叫\uFFFD");
    assertThat(SearchQuery.matching("😀呼叫").text()).isEqualTo("😀呼叫");
  }

  @Test
  @DisplayName("limits filters, facets and highlighted fields, naming each")
  void limitsFiltersFacetsAndHighlights() {
    var filters = new ArrayList<Filter>();
    for (int i = 0; i <= SearchQuery.MAX_FILTERS; i++) {
      filters.add(Filter.anyOf("city", "c" + i));
    }
    assertThatThrownBy(() -> SearchQuery.all().withFilters(filters))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("filters");
    var facets = new ArrayList<Facet>();
    for (int i = 0; i <= SearchQuery.MAX_FACETS; i++) {
      facets.add(Facet.terms("field" + i));
    }
    assertThatThrownBy(() -> SearchQuery.all().withFacets(facets.toArray(Facet[]::new)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("facets");
    assertThatThrownBy(() -> SearchQuery.all().withFacets(Facet.terms("city"), Facet.terms("city")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("facets")
        .hasMessageContaining("twice");
    assertThatThrownBy(
            () -> SearchQuery.all().highlighting("a", "b", "c", "d", "e", "f", "g", "h", "i"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("highlight");
    assertThatThrownBy(() -> SearchQuery.all().highlighting(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("highlight");
  }

  @Test
  @DisplayName("limits the values of a filter, their length and their encoding")
  void limitsFilterValues() {
    var values = new ArrayList<String>();
    for (int i = 0; i <= Filter.MAX_VALUES; i++) {
      values.add("v" + i);
    }
    assertThatThrownBy(() -> Filter.anyOf("city", values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 100");
    assertThatThrownBy(() -> Filter.anyOf("city", "x".repeat(Filter.MAX_VALUE_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("characters");
    assertThatThrownBy(() -> Filter.anyOf("city", "\uDC00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unicode");
  }

  @Test
  @DisplayName("keeps facets and highlights through the other withers")
  void keepsFacetsAndHighlights() {
    SearchQuery query =
        SearchQuery.matching("呼叫")
            .withFacets(Facet.terms("city"))
            .highlighting("title")
            .filteredBy(Filter.anyOf("city", "杭州"))
            .sortedBy(Sort.ascending("budgetMin"))
            .page(2, 10);

    assertThat(query.facets()).containsExactly(Facet.terms("city"));
    assertThat(query.highlight()).containsExactly("title");
    assertThat(query.page()).isEqualTo(2);
  }
}
