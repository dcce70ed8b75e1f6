package dev.waibao.accounts.model;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character
 * alphabet (no I, O, S, V or Z), the last being a check character over the first 17.
 */
public final class CreditCode {

  public static final int LENGTH = 18;
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private CreditCode() {}

  /** Why {@code code} is not a valid credit code, or empty if it is. */
  public static Optional<String> problemWith(String code) {
    if (code == null || code.isBlank()) {
      return Optional.of("is required");
    }
    if (code.length() != LENGTH) {
      return Optional.of("must be exactly 18 characters");
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Optional.of(
            "may contain only digits and the capital letters A–Y except I, O, S, V and Z");
      }
    }
    if (code.charAt(LENGTH - 1) != checkCharacter(code.substring(0, LENGTH - 1))) {
      return Optional.of("has a wrong check character (the 18th)");
    }
    return Optional.empty();
  }

  /** The 18th character that makes the first 17 a valid code. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return ALPHABET.charAt(check == 31 ? 0 : check);
  }

  /** Upper-cases and strips what people type around a code. */
  public static String normalise(String code) {
    return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
  }
}
