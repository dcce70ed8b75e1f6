package dev.waibao.testing;

import java.util.Map;

/**
 * The authority's administrator in integration tests. Nobody registers as the authority: the
 * bootstrap creates it from configuration, so tests that need it add these properties. Every test
 * class uses the same account, as they share one database.
 */
public final class TheAuthority {

  public static final String EMAIL = "authority-admin@test.waibao.example";
  public static final String PASSWORD = "authority-test-2026";

  private TheAuthority() {}

  public static Map<String, String> bootstrapProperties() {
    return Map.of(
        "waibao.bootstrap.authority.email", EMAIL,
        "waibao.bootstrap.authority.password", PASSWORD);
  }

  public static Accounts.SignedIn signIn(Accounts accounts) {
    return accounts.signIn(EMAIL, PASSWORD);
  }
}
