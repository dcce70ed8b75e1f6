package dev.waibao.accounts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"91110000600037341L", "91230100MA1B2C3D49", "91230600123456789N"})
  void acceptsCodesWhoseCheckCharacterMatches(String code) {
    assertThat(CreditCode.problemWith(code)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "91110000600037341X, has a wrong check character (the 18th)",
    "91110000600037341, must be exactly 18 characters",
    "9111000060003734100, must be exactly 18 characters",
    "91110000600O37341L, 'may contain only digits and the capital letters A–Y except I, O, S, V and Z'",
    "9111000060003734SL, 'may contain only digits and the capital letters A–Y except I, O, S, V and Z'",
  })
  void refusesMalformedCodesSayingWhy(String code, String problem) {
    assertThat(CreditCode.problemWith(code)).contains(problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void requiresACode(String code) {
    assertThat(CreditCode.problemWith(code)).contains("is required");
  }

  @ParameterizedTest
  @CsvSource({"9111000060003734, 1L", "91230100MA1B2C3D, 49"})
  void computesTheCheckCharacterOfGb32100(String first16, String last2) {
    String first17 = first16 + last2.charAt(0);
    assertThat(CreditCode.checkCharacter(first17)).isEqualTo(last2.charAt(1));
  }
}
