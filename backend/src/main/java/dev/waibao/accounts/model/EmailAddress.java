package dev.waibao.accounts.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** E-mail addresses as accounts store them: trimmed and lower-case, so each has one spelling. */
public final class EmailAddress {

  public static final int MAX_LENGTH = 254;
  private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

  private EmailAddress() {}

  public static String normalise(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  /** Why {@code email} (already normalised) is not an address, or empty. */
  public static Optional<String> problemWith(String email) {
    if (email == null || email.isEmpty()) {
      return Optional.of("is required");
    }
    if (email.length() > MAX_LENGTH || !SHAPE.matcher(email).matches()) {
      return Optional.of("is not an e-mail address");
    }
    return Optional.empty();
  }
}
