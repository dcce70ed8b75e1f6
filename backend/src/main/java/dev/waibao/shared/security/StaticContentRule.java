package dev.waibao.shared.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Lets anyone read what no controller serves: the web app's files, its client-side routes (which
 * fall back to {@code index.html}) and 404s. Every routed request is left to the route's own
 * {@code @Secured} rule, and a route without one is refused: deny by default.
 */
@Singleton
final class StaticContentRule implements SecurityRule<HttpRequest<?>> {

  @Override
  public Publisher<SecurityRuleResult> check(
      HttpRequest<?> request, @Nullable Authentication authentication) {
    boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
    boolean routed = RouteAttributes.getRouteMatch(request).isPresent();
    return Publishers.just(
        read && !routed ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
  }

  @Override
  public int getOrder() {
    return LOWEST_PRECEDENCE;
  }
}
