package dev.waibao.testing;

import dev.waibao.shared.security.SigningSecret;
import io.micronaut.test.support.TestPropertyProvider;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * Base for {@code @MicronautTest} integration tests: the application runs against the shared real
 * PostgreSQL and an embedded Lucene index in a directory of the test's own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest implements TestPropertyProvider {

  private final Path dataDir = TemporaryDirectories.create("waibao-test-data");

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>();
    TestDatabase.datasourceProperties()
        .forEach((key, value) -> properties.put(key, String.valueOf(value)));
    properties.put("waibao.data-dir", dataDir.toString());
    properties.put("waibao.search.engine", "lucene");
    properties.put("micronaut.server.port", "-1");
    properties.put(SigningSecret.PROPERTY, "integration-tests-signing-secret-0123456789abcdef");
    // lets each test act from its own client address (sign-in throttling counts per address)
    properties.put("micronaut.server.client-address-header", "X-Forwarded-For");
    return properties;
  }
}
