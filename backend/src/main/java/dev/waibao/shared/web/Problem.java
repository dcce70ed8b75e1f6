package dev.waibao.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem: the one shape of every error Waibao answers with. {@code type} is stable per
 * kind of error, so clients can branch on it; {@code errors} names each offending field.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    @Nullable String detail,
    @Nullable String instance,
    @Nullable List<FieldError> errors) {

  /** The type of problems that mean no more than their HTTP status. */
  public static final String GENERIC_TYPE = "about:blank";

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid input: which field (a JSON path such as {@code lots[0].budget}) and why. */
  @Serdeable
  public record FieldError(String field, String message) {}
}
