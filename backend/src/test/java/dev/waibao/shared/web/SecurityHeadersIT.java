package dev.waibao.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest(transactional = false)
class SecurityHeadersIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;

  @BeforeAll
  void connect() {
    http = new Http(server, json);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/", "/tenders/42", "/api/reference/cities", "/api/me", "/api/nothing", "/health"})
  void everyResponseCarriesTheSecurityHeaders(String path) {
    HttpResponse<String> response = http.get(path);

    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            policy ->
                assertThat(policy)
                    .contains("default-src 'self'")
                    .contains("script-src 'self';")
                    .contains("frame-ancestors 'none'"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy"))
        .hasValue("strict-origin-when-cross-origin");
    assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void crossOriginRequestsGetNoCorsAllowanceByDefault() {
    HttpResponse<String> preflight =
        http.call(
            "OPTIONS",
            "/api/auth/sign-in",
            null,
            null,
            Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST"));

    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}
