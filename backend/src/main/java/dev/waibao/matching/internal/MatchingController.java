package dev.waibao.matching.internal;

import dev.waibao.shared.paging.PageRequest;
import dev.waibao.shared.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** Vendors ranked for a tender, tenders recommended to a vendor, and invitations to tender. */
@Controller("/api")
@Tag(name = "Matching")
class MatchingController {

  private final Matching matching;

  MatchingController(Matching matching) {
    this.matching = matching;
  }

  @Serdeable
  record InviteRequest(@Nullable UUID vendorId) {}

  @Get("/tenders/{id}/matches")
  @Secured("CLIENT")
  @Operation(
      summary =
          "Vendors ranked for the tender, with each part of the score and, for near-misses, the"
              + " requirements they miss (the tender's client only)")
  MatchViews.Ranking<MatchViews.VendorMatch> matches(
      Authentication authentication,
      @PathVariable UUID id,
      @QueryValue(defaultValue = "0") int page,
      @QueryValue(defaultValue = "20") int size) {
    return matching.vendors(Actor.of(authentication), id, PageRequest.of(page, size));
  }

  @Post("/tenders/{id}/invitations")
  @Secured("CLIENT")
  @Operation(
      summary =
          "Invite a matched vendor to the tender; the vendor is notified once, a repeat changes"
              + " nothing")
  HttpResponse<MatchViews.Invitation> invite(
      Authentication authentication, @PathVariable UUID id, @Body InviteRequest body) {
    MatchViews.Invitation invitation =
        matching.invite(Actor.of(authentication), id, body.vendorId());
    return invitation.created() ? HttpResponse.created(invitation) : HttpResponse.ok(invitation);
  }

  @Get("/vendors/me/recommended-tenders")
  @Secured("VENDOR")
  @Operation(summary = "Active tenders ranked for the signed-in vendor, explained like matches")
  MatchViews.Ranking<MatchViews.TenderMatch> recommended(
      Authentication authentication,
      @QueryValue(defaultValue = "0") int page,
      @QueryValue(defaultValue = "20") int size) {
    return matching.tenders(Actor.of(authentication), PageRequest.of(page, size));
  }
}
