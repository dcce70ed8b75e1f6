package dev.waibao.shared.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/** Endpoints that exist only in tests, to drive the server's error handling from outside. */
@Requires(env = "test")
@Controller("/api/test")
@Secured(SecurityRule.IS_ANONYMOUS)
class FailingTestController {

  @Serdeable
  record Greeting(String name) {}

  @Post("/echo")
  @Consumes(MediaType.APPLICATION_JSON)
  Greeting echo(@Body Greeting greeting) {
    return greeting;
  }

  @Get("/boom")
  String boom() {
    throw new IllegalStateException("secret-internal-detail in dev.waibao.internal.Secret");
  }
}
