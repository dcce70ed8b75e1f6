package dev.waibao.shared.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects every invalid field of one request, so the client learns all of them at once and nothing
 * is written while any remains.
 */
public final class Violations {

  private final List<ProblemException.FieldError> errors = new ArrayList<>();

  /** Records {@code problem} (a phrase such as "is required") against {@code field}. */
  public Violations check(String field, Optional<String> problem) {
    problem.ifPresent(message -> add(field, message));
    return this;
  }

  public Violations require(boolean valid, String field, String message) {
    if (!valid) {
      add(field, message);
    }
    return this;
  }

  /** A required text of at most {@code maxLength} characters. */
  public Violations text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return add(field, "is required");
    }
    return optionalText(field, value, maxLength);
  }

  /** An optional text that, when given, is not blank and at most {@code maxLength} characters. */
  public Violations optionalText(String field, String value, int maxLength) {
    if (value == null) {
      return this;
    }
    if (value.isBlank()) {
      return add(field, "must not be blank");
    }
    return require(
        value.strip().length() <= maxLength, field, "must be at most " + maxLength + " characters");
  }

  public Violations add(String field, String message) {
    errors.add(new ProblemException.FieldError(field, message));
    return this;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws the 400 problem listing every violation, if there is any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }
}
