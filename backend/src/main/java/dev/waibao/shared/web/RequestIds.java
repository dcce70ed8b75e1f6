package dev.waibao.shared.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sane), echoed in the
 * response and recorded with every audit event the request causes.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestIds implements Ordered {

  public static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = "waibao.requestId";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,80}");

  /** The id of a request this filter has seen. */
  public static Optional<String> of(HttpRequest<?> request) {
    return request.getAttribute(ATTRIBUTE, String.class);
  }

  @RequestFilter
  void assign(HttpRequest<?> request) {
    String given = request.getHeaders().get(HEADER);
    String id =
        given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    request.setAttribute(ATTRIBUTE, id);
  }

  @ResponseFilter
  void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
    of(request).ifPresent(id -> response.header(HEADER, id));
  }

  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }
}
