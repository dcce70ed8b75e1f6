package dev.waibao.shared.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * Answers every request that matched no route and no static file: client-side routes of the web app
 * get {@code index.html} so deep links and reloads work; everything else gets a 404 problem.
 */
@Controller
@Hidden
final class NotFoundFallback {

  /** Paths owned by the server, never by the single-page app. */
  private static final Set<String> SERVER_PREFIXES =
      Set.of("/api/", "/health", "/prometheus", "/swagger", "/swagger-ui");

  private final ErrorResponseProcessor<?> errorResponseProcessor;
  private final Optional<byte[]> indexHtml;

  NotFoundFallback(ErrorResponseProcessor<?> errorResponseProcessor, ResourceResolver resources) {
    this.errorResponseProcessor = errorResponseProcessor;
    this.indexHtml = resources.getResourceAsStream("classpath:public/index.html").map(this::read);
  }

  @Error(status = HttpStatus.NOT_FOUND, global = true)
  HttpResponse<?> notFound(HttpRequest<?> request) {
    if (indexHtml.isPresent() && isClientRoute(request)) {
      return HttpResponse.ok(indexHtml.get())
          .contentType(MediaType.TEXT_HTML_TYPE)
          .header("Cache-Control", "no-cache");
    }
    return errorResponseProcessor.processResponse(
        ErrorContext.builder(request)
            .errorMessage("No resource exists at " + request.getPath())
            .build(),
        HttpResponse.notFound());
  }

  private static boolean isClientRoute(HttpRequest<?> request) {
    if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
      return false;
    }
    String path = request.getPath();
    if (path.equals("/api") || SERVER_PREFIXES.stream().anyMatch(path::startsWith)) {
      return false;
    }
    String lastSegment = path.substring(path.lastIndexOf('/') + 1);
    return !lastSegment.contains(".");
  }

  private byte[] read(InputStream stream) {
    try (stream) {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the web app's index.html", e);
    }
  }
}
