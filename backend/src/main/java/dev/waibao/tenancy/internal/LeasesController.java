package dev.waibao.tenancy.internal;

import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.security.Actor;
import dev.waibao.tenancy.LeaseStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Tenancy over HTTP: vendors apply and follow their leases; a park's operator decides on
 * applications and terminates leases; anyone reads a park's occupancy and current tenants.
 */
@Controller("/api")
@Tag(name = "Tenancy")
class LeasesController {

  private final Leasing leasing;
  private final LeaseQueries queries;
  private final Clock clock;

  LeasesController(Leasing leasing, LeaseQueries queries, Clock clock) {
    this.leasing = leasing;
    this.queries = queries;
    this.clock = clock;
  }

  @Post("/leases")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Apply, as a vendor, for units (or an area and seats) of a park")
  LeaseViews.LeaseView apply(Authentication authentication, @Body LeaseCommands.Apply command) {
    UUID id = leasing.apply(Actor.of(authentication), command);
    return queries.find(id).orElseThrow().lease();
  }

  @Get("/leases/mine")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "One's own vendor organisation's applications and leases, newest first")
  List<LeaseViews.LeaseView> mine(Authentication authentication) {
    return queries.ofVendor(Actor.of(authentication).organisationId());
  }

  @Get("/leases/{id}")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "An application or lease, for its vendor and its park's operator")
  LeaseViews.LeaseView lease(Authentication authentication, @PathVariable UUID id) {
    Actor actor = Actor.of(authentication);
    return queries
        .find(id)
        .filter(
            owned ->
                actor.belongsTo(owned.lease().vendorOrganisationId())
                    || actor.belongsTo(owned.operatorOrganisationId()))
        .orElseThrow(() -> ProblemException.notFound("The lease"))
        .lease();
  }

  @Post("/leases/{id}/approval")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "Approve an application with units (or open space) and monthly rent")
  LeaseViews.LeaseView approve(
      Authentication authentication, @PathVariable UUID id, @Body LeaseCommands.Approve command) {
    leasing.approve(Actor.of(authentication), id, command);
    return queries.find(id).orElseThrow().lease();
  }

  @Post("/leases/{id}/rejection")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "Reject an application with a reason")
  LeaseViews.LeaseView reject(
      Authentication authentication, @PathVariable UUID id, @Body LeaseCommands.Reject command) {
    leasing.reject(Actor.of(authentication), id, command);
    return queries.find(id).orElseThrow().lease();
  }

  @Post("/leases/{id}/termination")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "Terminate an approved or active lease from a date (exclusive end)")
  LeaseViews.LeaseView terminate(
      Authentication authentication, @PathVariable UUID id, @Body LeaseCommands.Terminate command) {
    leasing.terminate(Actor.of(authentication), id, command);
    return queries.find(id).orElseThrow().lease();
  }

  @Get("/parks/{parkId}/leases")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "A park's applications and leases, for its operator; status filters")
  List<LeaseViews.LeaseView> ofPark(
      Authentication authentication,
      @PathVariable UUID parkId,
      @QueryValue @Nullable String status) {
    Actor actor = Actor.of(authentication);
    UUID operator =
        queries.operatorOf(parkId).orElseThrow(() -> ProblemException.notFound("The park"));
    if (!actor.belongsTo(operator)) {
      throw ProblemException.forbidden(
          "Only the park's operator sees its applications and leases.");
    }
    LeaseStatus parsed = null;
    if (status != null && !status.isBlank()) {
      parsed =
          Arrays.stream(LeaseStatus.values())
              .filter(s -> s.name().equals(status.strip()))
              .findFirst()
              .orElseThrow(
                  () ->
                      ProblemException.invalid(
                          "status", "must be one of " + Arrays.toString(LeaseStatus.values())));
    }
    return queries.ofPark(parkId, parsed);
  }

  @Get("/parks/{parkId}/occupancy")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary =
          "A park's leased area and seats today and monthly (12 months back, 12 ahead), and the"
              + " names of its current tenants")
  LeaseViews.Occupancy occupancy(@PathVariable UUID parkId) {
    return queries
        .occupancy(parkId, TenancyCalendar.today(clock))
        .orElseThrow(() -> ProblemException.notFound("The park"));
  }
}
