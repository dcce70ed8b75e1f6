package dev.waibao.searchindex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Free text")
class FreeTextTest {

  @Test
  @DisplayName("splits at any white space, including the ideographic space")
  void splitsAtWhiteSpace() {
    assertThat(FreeText.words("  呼叫中心\u3000外包\tCall  center\n"))
        .containsExactly("呼叫中心", "外包", "Call", "center");
  }

  @Test
  @DisplayName("has no words for blank or missing text")
  void hasNoWordsForBlankText() {
    assertThat(FreeText.words(" \u3000 ")).isEmpty();
    assertThat(FreeText.words(null)).isEmpty();
  }
}
