package dev.waibao.shared.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The secret that signs access tokens. Several instances must share one ({@code
 * WAIBAO_JWT_SECRET}); a single machine without it gets a random secret kept in the data directory,
 * so sessions survive a restart.
 */
public final class SigningSecret {

  public static final String ENVIRONMENT_VARIABLE = "WAIBAO_JWT_SECRET";
  public static final String PROPERTY =
      "micronaut.security.token.jwt.signatures.secret.generator.secret";
  private static final int MIN_LENGTH = 32;

  private SigningSecret() {}

  public static String resolve(Map<String, String> environment, Path dataDir) {
    String configured = environment.get(ENVIRONMENT_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      if (configured.length() < MIN_LENGTH) {
        throw new IllegalStateException(
            ENVIRONMENT_VARIABLE + " must be at least " + MIN_LENGTH + " characters long");
      }
      return configured;
    }
    Path file = dataDir.resolve("jwt-secret");
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
      }
      Files.createDirectories(dataDir);
      byte[] random = new byte[48];
      new SecureRandom().nextBytes(random);
      String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Files.writeString(file, secret, StandardCharsets.US_ASCII);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the token signing secret in " + file, e);
    }
  }
}
