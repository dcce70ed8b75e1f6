package dev.waibao.shared.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every error the server produces (routing, content negotiation, body parsing, validation,
 * unexpected failures) into {@code application/problem+json}, for browsers as for scripts. Server
 * failures are logged with a reference and answered without any internal detail.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    int status = response.code();
    String path = context.getRequest().getPath();
    Problem problem;
    if (status >= 500) {
      String reference = UUID.randomUUID().toString();
      context
          .getRootCause()
          .ifPresentOrElse(
              cause ->
                  LOG.error(
                      "Request {} {} failed [{}]",
                      context.getRequest().getMethod(),
                      path,
                      reference,
                      cause),
              () ->
                  LOG.error(
                      "Request {} {} failed with {} [{}]",
                      context.getRequest().getMethod(),
                      path,
                      status,
                      reference));
      problem =
          new Problem(
              Problem.GENERIC_TYPE,
              title(status),
              status,
              "The server could not complete the request. Reference: " + reference,
              path,
              null);
    } else {
      List<Problem.FieldError> fields =
          context.getErrors().stream()
              .filter(error -> error.getPath().isPresent())
              .map(error -> new Problem.FieldError(error.getPath().get(), error.getMessage()))
              .toList();
      String detail =
          context.getErrors().stream()
              .filter(error -> error.getPath().isEmpty())
              .map(Error::getMessage)
              .findFirst()
              .orElse(fields.isEmpty() ? null : "Some fields are invalid.");
      problem = new Problem(Problem.GENERIC_TYPE, title(status), status, detail, path, fields);
    }
    return response.body(problem).contentType(Problem.MEDIA_TYPE);
  }

  private static String title(int status) {
    try {
      return HttpStatus.valueOf(status).getReason();
    } catch (IllegalArgumentException unknown) {
      return "HTTP " + status;
    }
  }
}
