package dev.waibao.shared.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Security headers on every response. The policy fits the single-page app: scripts only from this
 * origin, inline styles allowed because Ant Design injects them at run time, and no framing. The
 * bundled Swagger UI needs inline scripts, so its pages alone get that allowance.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders implements Ordered {

  private static final String APP_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private static final String SWAGGER_UI_POLICY =
      APP_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

  @ResponseFilter
  void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    boolean swaggerUi = request.getPath().startsWith("/swagger-ui/");
    response.header("Content-Security-Policy", swaggerUi ? SWAGGER_UI_POLICY : APP_POLICY);
    response.header("X-Content-Type-Options", "nosniff");
    response.header("Referrer-Policy", "strict-origin-when-cross-origin");
    response.header("X-Frame-Options", "DENY");
  }

  /** Outermost, so even responses that security or routing produce early carry the headers. */
  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }
}
