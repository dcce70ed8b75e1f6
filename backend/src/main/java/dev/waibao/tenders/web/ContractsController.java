package dev.waibao.tenders.web;

import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.security.Actor;
import dev.waibao.tenders.application.Contracts;
import dev.waibao.tenders.infrastructure.ContractStore;
import dev.waibao.tenders.infrastructure.Notifications;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** Contracts after awards, vendors' ratings, and each organisation's notifications. */
@Controller("/api")
@Tag(name = "Contracts and notifications")
class ContractsController {

  private final Contracts contracts;
  private final Notifications notifications;

  ContractsController(Contracts contracts, Notifications notifications) {
    this.contracts = contracts;
    this.notifications = notifications;
  }

  @Serdeable
  record UnreadCount(int unread) {}

  @Get("/contracts/{id}")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "A contract, for its client, its vendor or the authority")
  ContractStore.StoredContract contract(Authentication authentication, @PathVariable UUID id) {
    return contracts.visible(Actor.of(authentication), id);
  }

  @Post("/contracts/{id}/complete")
  @Secured("CLIENT")
  @Operation(summary = "Mark a contract completed")
  ContractStore.StoredContract complete(Authentication authentication, @PathVariable UUID id) {
    return contracts.complete(Actor.of(authentication), id);
  }

  @Post("/contracts/{id}/terminate")
  @Secured("CLIENT")
  @Operation(summary = "Terminate a contract with a reason")
  ContractStore.StoredContract terminate(
      Authentication authentication, @PathVariable UUID id, @Body Contracts.EndCommand command) {
    return contracts.terminate(Actor.of(authentication), id, command);
  }

  @Post("/contracts/{id}/rating")
  @Secured("CLIENT")
  @Operation(
      summary = "Rate the vendor of a completed contract (1–5 on quality, schedule, communication)")
  ContractStore.RatingSummary rate(
      Authentication authentication, @PathVariable UUID id, @Body Contracts.RatingCommand command) {
    return contracts.rate(Actor.of(authentication), id, command);
  }

  @Get("/vendors/{organisationId}/rating")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "A vendor's average ratings from completed contracts")
  ContractStore.RatingSummary rating(@PathVariable UUID organisationId) {
    return contracts.rating(organisationId);
  }

  @Get("/notifications")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "The organisation's notifications, newest first")
  List<Notifications.Notification> inbox(Authentication authentication) {
    return notifications.inbox(Actor.of(authentication).organisationId(), 100);
  }

  @Get("/notifications/unread-count")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "How many notifications are unread")
  UnreadCount unread(Authentication authentication) {
    return new UnreadCount(notifications.unread(Actor.of(authentication).organisationId()));
  }

  @Post("/notifications/{id}/read")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "Mark a notification read")
  HttpResponse<Void> read(Authentication authentication, @PathVariable UUID id) {
    if (!notifications.markRead(Actor.of(authentication).organisationId(), id)) {
      throw ProblemException.notFound("The notification");
    }
    return HttpResponse.noContent();
  }
}
