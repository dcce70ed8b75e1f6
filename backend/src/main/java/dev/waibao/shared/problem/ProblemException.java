package dev.waibao.shared.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A business error the client can act on, answered as an RFC 9457 problem. Each kind has a stable
 * {@code type} ({@code urn:waibao:problem:<slug>}) so the web app can branch on it.
 */
public class ProblemException extends RuntimeException {

  private static final String TYPE_PREFIX = "urn:waibao:problem:";

  private final String type;
  private final int status;
  private final String title;
  private final List<FieldError> errors;
  private final Duration retryAfter;

  protected ProblemException(
      String slug,
      int status,
      String title,
      String detail,
      List<FieldError> errors,
      Duration retryAfter) {
    super(detail);
    this.type = TYPE_PREFIX + slug;
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.retryAfter = retryAfter;
  }

  /** 400: the input breaks these rules; every offending field is listed. */
  public static ProblemException invalid(List<FieldError> errors) {
    return new ProblemException(
        "validation", 400, "Invalid input", "Some fields are invalid.", errors, null);
  }

  public static ProblemException invalid(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  /** 404 for a resource that does not exist, or that the caller may not know exists. */
  public static ProblemException notFound(String what) {
    return new ProblemException(
        "not-found", 404, "Not found", what + " does not exist.", List.of(), null);
  }

  /** 409: the request conflicts with the current state. */
  public static ProblemException conflict(
      String slug, String title, String detail, FieldError... errors) {
    return new ProblemException(slug, 409, title, detail, List.of(errors), null);
  }

  /** 401 with a specific reason. */
  public static ProblemException unauthorized(String slug, String title, String detail) {
    return new ProblemException(slug, 401, title, detail, List.of(), null);
  }

  /** 403: authenticated, but this action is not the caller's to take. */
  public static ProblemException forbidden(String detail) {
    return new ProblemException("forbidden", 403, "Forbidden", detail, List.of(), null);
  }

  /** 429: too many attempts; try again after the given time. */
  public static ProblemException tooManyAttempts(Duration retryAfter) {
    return new ProblemException(
        "too-many-attempts",
        429,
        "Too many attempts",
        "Too many failed attempts. Try again in "
            + Math.max(1, retryAfter.toSeconds())
            + " seconds.",
        List.of(),
        retryAfter);
  }

  /** 503: a component the request needs is down; the client may retry. */
  public static final class Unavailable extends ProblemException {
    public Unavailable(String detail) {
      super("unavailable", 503, "Service unavailable", detail, List.of(), Duration.ofSeconds(5));
    }
  }

  public String type() {
    return type;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** One invalid input: which field (a JSON path such as {@code user.email}) and why. */
  public record FieldError(String field, String message) {}
}
