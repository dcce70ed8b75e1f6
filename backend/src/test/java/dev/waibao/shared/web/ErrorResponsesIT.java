package dev.waibao.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ErrorResponsesIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;

  @BeforeAll
  void connect() {
    http = new Http(server, json);
  }

  @Test
  void unknownApiRouteIsANotFoundProblem() {
    HttpResponse<String> response = http.get("/api/no-such-thing");

    assertProblem(response, 404);
  }

  @Test
  void missingStaticFileIsANotFoundProblemNotTheWebApp() {
    HttpResponse<String> response = http.get("/assets/no-such-file.js");

    assertProblem(response, 404);
  }

  @Test
  void clientSideRouteServesTheWebApp() {
    HttpResponse<String> response = http.get("/tenders/42");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(response.body()).contains("<div id=\"root\">");
  }

  @Test
  void malformedJsonIsABadRequestProblem() {
    HttpResponse<String> response =
        http.send(
            http.request("/api/test/echo")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"name\": ")));

    assertProblem(response, 400);
  }

  @Test
  void wellFormedJsonIsAccepted() {
    HttpResponse<String> response =
        http.send(
            http.request("/api/test/echo")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"name\": \"外包\"}")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(http.json(response)).containsEntry("name", "外包");
  }

  @Test
  void wrongMethodIsAMethodNotAllowedProblem() {
    HttpResponse<String> response = http.send(http.request("/api/test/echo").DELETE());

    assertProblem(response, 405);
  }

  @Test
  void wrongMediaTypeIsAnUnsupportedMediaTypeProblem() {
    HttpResponse<String> response =
        http.send(
            http.request("/api/test/echo")
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("name=外包")));

    assertProblem(response, 415);
  }

  @Test
  void bodyOverOneMebibyteIsAPayloadTooLargeProblem() {
    String big = "{\"name\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
    HttpResponse<String> response =
        http.send(
            http.request("/api/test/echo")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(big)));

    assertProblem(response, 413);
  }

  @Test
  void unexpectedFailureRevealsNoInternals() {
    HttpResponse<String> response = http.get("/api/test/boom");

    assertProblem(response, 500);
    assertThat(response.body())
        .doesNotContain("secret-internal-detail")
        .doesNotContain("IllegalStateException")
        .doesNotContain("dev.waibao")
        .doesNotContain("\tat ");
  }

  private void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    Map<String, Object> problem = http.json(response);
    assertThat(problem).containsEntry("status", status).containsKey("title");
  }
}
