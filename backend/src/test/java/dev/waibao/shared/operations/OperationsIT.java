package dev.waibao.shared.operations;

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

@MicronautTest(transactional = false)
class OperationsIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;

  @BeforeAll
  void connect() {
    http = new Http(server, json);
  }

  @Test
  @SuppressWarnings("unchecked")
  void healthReportsDatabaseAndSearchUp() {
    HttpResponse<String> response = http.get("/health");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<String, Object> health = http.json(response);
    assertThat(health).containsEntry("status", "UP");
    Map<String, Object> details = (Map<String, Object>) health.get("details");
    assertThat((Map<String, Object>) details.get("database")).containsEntry("status", "UP");
    assertThat((Map<String, Object>) details.get("search")).containsEntry("status", "UP");
  }

  @Test
  void livenessAndReadinessAreUp() {
    assertThat(http.json(http.get("/health/liveness"))).containsEntry("status", "UP");
    assertThat(http.json(http.get("/health/readiness"))).containsEntry("status", "UP");
  }

  @Test
  void prometheusMetricsAreExposed() {
    HttpResponse<String> response = http.get("/prometheus");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
  }

  @Test
  void openApiDocumentAndItsUiAreServed() {
    HttpResponse<String> document = http.get("/swagger/waibao.yml");
    HttpResponse<String> ui = http.get("/swagger-ui/index.html");

    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body()).startsWith("openapi: 3").contains("title: Waibao API");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
  }
}
