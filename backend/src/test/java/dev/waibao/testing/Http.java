package dev.waibao.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A plain HTTP client for tests that must see exactly what a browser or script would: raw status,
 * headers and body, with no client-side error handling in between.
 */
public final class Http {

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final JsonMapper json;

  public Http(EmbeddedServer server, JsonMapper json) {
    this(server.getURI(), json);
  }

  /**
   * A client of the application at {@code base}, e.g. a packaged jar running in its own process.
   */
  public Http(URI base, JsonMapper json) {
    this.base = base;
    this.json = json;
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path));
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** Sends {@code method} with a JSON body (or none), as the holder of {@code accessToken}. */
  public HttpResponse<String> call(
      String method, String path, Object body, String accessToken, Map<String, String> headers) {
    HttpRequest.Builder request = request(path).header("Accept", "application/json");
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(write(body)));
    }
    return send(request);
  }

  public HttpResponse<String> post(String path, Object body, String accessToken) {
    return call("POST", path, body, accessToken, Map.of());
  }

  public HttpResponse<String> get(String path, String accessToken) {
    return call("GET", path, null, accessToken, Map.of());
  }

  public String write(Object body) {
    try {
      return body instanceof String text ? text : json.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public java.util.List<Map<String, Object>> jsonList(HttpResponse<String> response) {
    try {
      return json.readValue(
          response.body(),
          io.micronaut.core.type.Argument.listOf(
              io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
    } catch (IOException e) {
      throw new UncheckedIOException("Not a JSON array: " + response.body(), e);
    }
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> json(HttpResponse<String> response) {
    try {
      return json.readValue(response.body(), Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + response.body(), e);
    }
  }
}
