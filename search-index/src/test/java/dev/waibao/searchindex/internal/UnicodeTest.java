package dev.waibao.searchindex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Unicode")
class UnicodeTest {

  @Test
  @DisplayName("keeps surrogate pairs and replaces lone surrogates")
  void replacesLoneSurrogates() {
    assertThat(Unicode.wellFormed("a😀b")).isEqualTo("a😀b");
    assertThat(Unicode.wellFormed("a\uD83D")).isEqualTo("a\uFFFD");
    assertThat(Unicode.wellFormed("\uDE00a\uD83D\uD83D\uDE00")).isEqualTo("\uFFFDa\uFFFD😀");
    assertThat(Unicode.isWellFormed("呼叫😀")).isTrue();
    assertThat(Unicode.isWellFormed("\uDE00")).isFalse();
  }
}
