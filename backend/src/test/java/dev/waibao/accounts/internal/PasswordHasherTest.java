package dev.waibao.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void storesArgon2idWithASaltSoEqualPasswordsHashDifferently() {
    String first = hasher.hash("correct-horse-42");
    String second = hasher.hash("correct-horse-42");

    assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second);
  }

  @Test
  void matchesOnlyTheRightPassword() {
    String hash = hasher.hash("correct-horse-42");

    assertThat(hasher.matches("correct-horse-42", hash)).isTrue();
    assertThat(hasher.matches("correct-horse-43", hash)).isFalse();
    assertThat(hasher.matches("correct-horse-42", "not a hash")).isFalse();
  }

  @Test
  void verifiesHashesStoredWithOtherCostParameters() {
    byte[] salt = "sixteen-byte-slt".getBytes(StandardCharsets.US_ASCII);
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(4096)
            .withIterations(1)
            .withParallelism(1)
            .withSalt(salt)
            .build());
    byte[] hash = new byte[32];
    generator.generateBytes("old-cheap-password-1".getBytes(StandardCharsets.UTF_8), hash);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    String stored =
        "$argon2id$v=19$m=4096,t=1,p=1$"
            + base64.encodeToString(salt)
            + "$"
            + base64.encodeToString(hash);

    assertThat(hasher.matches("old-cheap-password-1", stored)).isTrue();
    assertThat(hasher.matches("old-cheap-password-2", stored)).isFalse();
  }
}
