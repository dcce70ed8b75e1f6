package dev.waibao.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.IntegrationTest;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deny by default, kept honest: every route of the application must state who may call it. A new
 * endpoint without {@code @Secured} fails the build here (and is refused at run time anyway).
 */
@MicronautTest(transactional = false)
class RoutesRequireAnExplicitRuleIT extends IntegrationTest {

  @Inject Router router;

  @Test
  void everyApplicationRouteDeclaresWhoMayCallIt() {
    List<String> routes =
        router
            .uriRoutes()
            .filter(route -> route instanceof MethodBasedRouteInfo<?, ?>)
            .map(route -> (MethodBasedRouteInfo<?, ?>) route)
            .filter(
                route ->
                    !route.getTargetMethod().getDeclaringType().isAnnotationPresent(Endpoint.class))
            .map(
                route ->
                    route.getTargetMethod().getDeclaringType().getSimpleName()
                        + "."
                        + route.getTargetMethod().getMethodName()
                        + (route.getTargetMethod().hasAnnotation(Secured.class)
                            ? ""
                            : " <- no @Secured"))
            .toList();

    assertThat(routes).as("the application has routes").hasSizeGreaterThan(10);
    assertThat(routes).filteredOn(route -> route.endsWith("no @Secured")).isEmpty();
  }
}
