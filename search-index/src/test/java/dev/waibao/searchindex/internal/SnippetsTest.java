package dev.waibao.searchindex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Snippets")
class SnippetsTest {

  private static final String S = Snippets.START;
  private static final String E = Snippets.END;

  @Test
  @DisplayName("wraps matches in mark and escapes everything else")
  void wrapsMatchesAndEscapes() {
    assertThat(
            Snippets.snippet(
                "<a href='x'>呼叫</a> & \"b\"", "<a href='x'>" + S + "呼叫" + E + "</a> & \"b\""))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;<mark>呼叫</mark>&lt;/a&gt; &amp; &quot;b&quot;");
  }

  @Test
  @DisplayName("merges touching and overlapping matches into one mark")
  void mergesTouchingMatches() {
    assertThat(Snippets.snippet("呼叫中心", S + "呼" + E + S + "叫" + E + "中心"))
        .isEqualTo("<mark>呼叫</mark>中心");
    assertThat(Snippets.snippet("call center", S + "call" + E + " " + S + "center" + E))
        .isEqualTo("<mark>call</mark> <mark>center</mark>");
  }

  @Test
  @DisplayName("marks nothing when the engine's text is not the original")
  void marksNothingOnMismatch() {
    assertThat(Snippets.snippet("abc", S + "x" + E + "bc")).isEqualTo("abc");
    assertThat(Snippets.snippet("abc", null)).isEqualTo("abc");
    assertThat(Snippets.markedVersionOf("abc", List.of("x", "a" + S + "b" + E + "c")))
        .isEqualTo("a" + S + "b" + E + "c");
  }

  @Test
  @DisplayName("keeps a cut-off engine text's marks when it is a prefix of the original")
  void keepsPrefixMarks() {
    assertThat(Snippets.snippet("abcdef", S + "ab" + E + "c")).isEqualTo("<mark>ab</mark>cdef");
  }

  @Test
  @DisplayName("cuts a window around the first match, with an ellipsis where text was left out")
  void cutsAWindow() {
    String text = "0123456789".repeat(10);
    String marked = text.substring(0, 55) + S + "5" + E + text.substring(56);

    assertThat(Snippets.snippet(text, marked, 20))
        .isEqualTo("…" + text.substring(50, 55) + "<mark>5</mark>" + text.substring(56, 70) + "…");
    assertThat(Snippets.snippet(text, null, 20)).isEqualTo(text.substring(0, 20) + "…");
    assertThat(Snippets.snippet(text, text.substring(0, 98) + S + "89" + E, 20))
        .isEqualTo("…" + text.substring(80, 98) + "<mark>89</mark>");
  }

  @Test
  @DisplayName("never cuts an emoji in half")
  void neverSplitsSurrogatePairs() {
    String text = "😀".repeat(30);

    String snippet = Snippets.snippet(text, null, 11);

    assertThat(snippet).isEqualTo("😀".repeat(5) + "…");
  }

  @Test
  @DisplayName("replaces the marker characters in indexed text")
  void replacesMarkersInIndexedText() {
    assertThat(Snippets.withoutMarkers("a" + S + "b" + E)).isEqualTo("a\uFFFDb\uFFFD");
    assertThat(Snippets.withoutMarkers("plain")).isEqualTo("plain");
  }
}
