package dev.waibao.tenders.web;

import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.tenders.application.Bidding;
import dev.waibao.tenders.application.Clarifications;
import dev.waibao.tenders.application.Evaluations;
import dev.waibao.tenders.application.Tenders;
import dev.waibao.tenders.infrastructure.TenderQueries;
import dev.waibao.tenders.model.Tender;
import dev.waibao.tenders.model.TenderInput;
import dev.waibao.tenders.model.TenderStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Tenders, their Q&A, bids, evaluation and award. */
@Controller("/api/tenders")
@Tag(name = "Tenders")
class TendersController {

  private final Tenders tenders;
  private final TenderQueries queries;
  private final Clarifications clarifications;
  private final Bidding bidding;
  private final Evaluations evaluations;

  TendersController(
      Tenders tenders,
      TenderQueries queries,
      Clarifications clarifications,
      Bidding bidding,
      Evaluations evaluations) {
    this.tenders = tenders;
    this.queries = queries;
    this.clarifications = clarifications;
    this.bidding = bidding;
    this.evaluations = evaluations;
  }

  @Serdeable
  record CancelRequest(@Nullable String reason) {}

  @Post
  @Secured("CLIENT")
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Draft a tender")
  Tender create(Authentication authentication, @Body TenderInput input) {
    return tenders.create(Actor.of(authentication), input);
  }

  @Patch("/{id}")
  @Secured("CLIENT")
  @Operation(summary = "Edit a draft, or amend an active tender")
  Tender update(Authentication authentication, @PathVariable UUID id, @Body TenderInput input) {
    return tenders.update(Actor.of(authentication), id, input);
  }

  @Post("/{id}/publish")
  @Secured("CLIENT")
  @Operation(summary = "Publish a draft: vendors see it and may bid until the deadline")
  Tender publish(Authentication authentication, @PathVariable UUID id) {
    return tenders.publish(Actor.of(authentication), id);
  }

  @Post("/{id}/cancel")
  @Secured("CLIENT")
  @Operation(summary = "Cancel a tender with a reason")
  Tender cancel(Authentication authentication, @PathVariable UUID id, @Body CancelRequest body) {
    return tenders.cancel(Actor.of(authentication), id, body.reason());
  }

  @Get("/{id}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "A published tender (a draft only for its client)")
  Tender tender(@Nullable Authentication authentication, @PathVariable UUID id) {
    return tenders.visible(actor(authentication), id);
  }

  @Get
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary = "Published tenders, newest first; with mine=true a client's own, drafts included")
  TenderQueries.Page list(
      @Nullable Authentication authentication,
      @QueryValue(defaultValue = "false") boolean mine,
      @QueryValue @Nullable String status,
      @QueryValue(defaultValue = "0") int page,
      @QueryValue(defaultValue = "20") int size) {
    Actor actor = actor(authentication);
    new Violations()
        .require(page >= 0 && page <= 10_000, "page", "must be between 0 and 10000")
        .require(size >= 1 && size <= 100, "size", "must be between 1 and 100")
        .require(
            status == null
                || Arrays.stream(TenderStatus.values()).anyMatch(s -> s.name().equals(status)),
            "status",
            "is not a tender status")
        .require(!mine || actor != null, "mine", "requires signing in")
        .throwIfAny();
    return queries.list(mine ? actor.organisationId() : null, status, page, size);
  }

  @Post("/{id}/questions")
  @Secured("VENDOR")
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Ask a clarification question (until the clarification deadline)")
  Clarifications.PublishedQuestion ask(
      Authentication authentication,
      @PathVariable UUID id,
      @Body Clarifications.QuestionCommand command) {
    return clarifications.ask(Actor.of(authentication), id, command);
  }

  @Get("/{id}/questions")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "Questions and answers of a published tender, without askers")
  List<Clarifications.PublishedQuestion> questions(
      @Nullable Authentication authentication, @PathVariable UUID id) {
    Actor actor = actor(authentication);
    tenders.visible(actor, id);
    return clarifications.questions(actor, id);
  }

  @Post("/{id}/questions/{questionId}/answer")
  @Secured("CLIENT")
  @Operation(summary = "Answer a question; the answer is published to all")
  Clarifications.PublishedQuestion answer(
      Authentication authentication,
      @PathVariable UUID id,
      @PathVariable UUID questionId,
      @Body Clarifications.AnswerCommand command) {
    return clarifications.answer(Actor.of(authentication), id, questionId, command);
  }

  @Post("/{id}/bids")
  @Secured("VENDOR")
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Submit a sealed bid (until the bid deadline)")
  Bidding.BidView submit(
      Authentication authentication, @PathVariable UUID id, @Body Bidding.BidCommand command) {
    return bidding.submit(Actor.of(authentication), id, command);
  }

  @Get("/{id}/bids/mine")
  @Secured("VENDOR")
  @Operation(summary = "One's own live bids on the tender")
  List<Bidding.BidView> mine(Authentication authentication, @PathVariable UUID id) {
    return bidding.mine(Actor.of(authentication), id);
  }

  @Put("/{id}/bids/mine")
  @Secured("VENDOR")
  @Operation(summary = "Revise one's bid (a new version; every version is kept)")
  Bidding.BidView revise(
      Authentication authentication, @PathVariable UUID id, @Body Bidding.BidCommand command) {
    return bidding.revise(Actor.of(authentication), id, command);
  }

  @Delete("/{id}/bids/mine")
  @Secured("VENDOR")
  @Operation(summary = "Withdraw one's bid (of a lot, with lotId)")
  HttpResponse<Void> withdraw(
      Authentication authentication, @PathVariable UUID id, @QueryValue @Nullable UUID lotId) {
    bidding.withdraw(Actor.of(authentication), id, lotId);
    return HttpResponse.noContent();
  }

  @Get("/{id}/bids")
  @Secured("CLIENT")
  @Operation(summary = "All bids side by side with their ranking: the client's, after the deadline")
  List<Evaluations.RankedBid> bids(Authentication authentication, @PathVariable UUID id) {
    return evaluations.bids(Actor.of(authentication), id);
  }

  @Post("/{id}/evaluations")
  @Secured("CLIENT")
  @Operation(summary = "Score a bid's quality criteria; returns the new ranking")
  List<Evaluations.RankedBid> evaluate(
      Authentication authentication,
      @PathVariable UUID id,
      @Body Evaluations.ScoreCommand command) {
    return evaluations.score(Actor.of(authentication), id, command);
  }

  @Post("/{id}/award")
  @Secured("CLIENT")
  @Operation(summary = "Award a bid with a reason; the others lose and a contract follows")
  Evaluations.AwardResult award(
      Authentication authentication,
      @PathVariable UUID id,
      @Body Evaluations.AwardCommand command) {
    return evaluations.award(Actor.of(authentication), id, command);
  }

  private static Actor actor(@Nullable Authentication authentication) {
    return authentication == null ? null : Actor.of(authentication);
  }
}
