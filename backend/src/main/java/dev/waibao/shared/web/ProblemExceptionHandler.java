package dev.waibao.shared.web;

import dev.waibao.shared.problem.ProblemException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a business error with its problem: stable type, status, and the fields at fault. */
@Produces
@Singleton
final class ProblemExceptionHandler
    implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
    Problem problem =
        new Problem(
            exception.type(),
            exception.title(),
            exception.status(),
            exception.getMessage(),
            request.getPath(),
            exception.errors().stream()
                .map(error -> new Problem.FieldError(error.field(), error.message()))
                .toList());
    MutableHttpResponse<Problem> response =
        HttpResponse.<Problem>status(io.micronaut.http.HttpStatus.valueOf(exception.status()))
            .body(problem)
            .contentType(Problem.MEDIA_TYPE);
    exception
        .retryAfter()
        .ifPresent(
            wait -> response.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds()))));
    return response;
  }
}
