package dev.waibao.accounts.model;

import java.util.Optional;

/**
 * The minimum a password must meet: long enough to resist guessing (10 to 128 characters), at least
 * one letter and one digit, and not the user's own e-mail address.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /** Why {@code password} is not acceptable for the user with {@code email}, or empty. */
  public static Optional<String> problemWith(String password, String email) {
    if (password == null || password.isEmpty()) {
      return Optional.of("is required");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      return Optional.of("must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
    }
    if (password.codePoints().noneMatch(Character::isLetter)
        || password.codePoints().noneMatch(Character::isDigit)) {
      return Optional.of("must contain at least one letter and one digit");
    }
    if (email != null && password.equalsIgnoreCase(email.strip())) {
      return Optional.of("must not be your e-mail address");
    }
    return Optional.empty();
  }
}
