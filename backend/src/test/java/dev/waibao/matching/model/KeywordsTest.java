package dev.waibao.matching.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordsTest {

  @Test
  void chineseIsCutIntoTwoCharacterWordsAndEnglishIntoWordsWithoutTheCommonest() {
    assertThat(Keywords.of("呼叫中心外包 Call centre and the outsourcing, 24/7", 10))
        .containsExactly("呼叫", "中心", "外包", "call", "centre", "outsourcing");
  }

  @Test
  void keepsTheFirstDistinctKeywordsUpToTheLimit() {
    assertThat(Keywords.of("banking banking insurance telecom logistics", 3))
        .containsExactly("banking", "insurance", "telecom");
    assertThat(Keywords.of(null, 3)).isEmpty();
  }
}
