package dev.waibao.subsidies.internal;

import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/**
 * Incentive policies (park operators for their parks, the authority province-wide), the claims
 * vendors make under them, their review and the payment ledger.
 */
@Controller("/api/subsidies")
@Tag(name = "Subsidies")
class SubsidiesController {

  private final PolicyManagement management;
  private final Claiming claiming;
  private final SubsidyQueries queries;
  private final Offers offers;

  SubsidiesController(
      PolicyManagement management, Claiming claiming, SubsidyQueries queries, Offers offers) {
    this.management = management;
    this.claiming = claiming;
    this.queries = queries;
    this.offers = offers;
  }

  @Get("/policies")
  @Secured({"VENDOR", "PARK_OPERATOR", "AUTHORITY"})
  @Operation(
      summary =
          "Policies with this year's budget use: one's own (park operator), all (authority), those"
              + " in force (vendor)")
  List<SubsidyViews.PolicyView> policies(Authentication authentication) {
    return queries.policies(Actor.of(authentication));
  }

  @Get("/policies/{id}")
  @Secured({"VENDOR", "PARK_OPERATOR", "AUTHORITY"})
  @Operation(summary = "One policy with its rule, revision and budget use")
  SubsidyViews.PolicyView policy(Authentication authentication, @PathVariable UUID id) {
    return queries
        .policy(Actor.of(authentication), id)
        .orElseThrow(() -> ProblemException.notFound("The policy"));
  }

  @Post("/policies")
  @Secured({"PARK_OPERATOR", "AUTHORITY"})
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Create a RENT, CERTIFICATION or TRAINING policy")
  SubsidyViews.PolicyView create(Authentication authentication, @Body PolicyInput input) {
    Actor actor = Actor.of(authentication);
    return queries.policy(actor, management.create(actor, input)).orElseThrow();
  }

  @Put("/policies/{id}")
  @Secured({"PARK_OPERATOR", "AUTHORITY"})
  @Operation(summary = "Revise a policy; claims keep the revision they were computed with")
  SubsidyViews.PolicyView update(
      Authentication authentication, @PathVariable UUID id, @Body PolicyInput input) {
    Actor actor = Actor.of(authentication);
    management.update(actor, id, input);
    return queries.policy(actor, id).orElseThrow();
  }

  @Get("/offers")
  @Secured("VENDOR")
  @Operation(summary = "Policies in force with an estimate of what one's firm could claim")
  List<SubsidyViews.Offer> offers(Authentication authentication) {
    return offers.available(Actor.of(authentication));
  }

  @Post("/claims/estimate")
  @Secured("VENDOR")
  @Operation(summary = "What a claim would be worth and why, without submitting it")
  SubsidyViews.AssessmentView estimate(Authentication authentication, @Body ClaimInput input) {
    return SubsidyViews.AssessmentView.of(claiming.estimate(Actor.of(authentication), input));
  }

  @Post("/claims")
  @Secured("VENDOR")
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Claim under a policy with a basis: lease months, a certification, a cohort")
  SubsidyViews.ClaimView claim(Authentication authentication, @Body ClaimInput input) {
    Actor actor = Actor.of(authentication);
    return queries.claim(actor, claiming.submit(actor, input)).orElseThrow();
  }

  @Get("/claims")
  @Secured({"VENDOR", "PARK_OPERATOR", "AUTHORITY"})
  @Operation(
      summary =
          "Claims: one's own (vendor), on one's policies (park operator), all (authority), newest"
              + " first")
  List<SubsidyViews.ClaimView> claims(
      Authentication authentication,
      @QueryValue @Nullable String status,
      @QueryValue @Nullable UUID policyId) {
    ClaimStatus parsed =
        status == null || status.isBlank()
            ? null
            : PolicyManagement.parse(ClaimStatus.class, status);
    new Violations()
        .require(
            status == null || status.isBlank() || parsed != null,
            "status",
            "must be one of SUBMITTED, APPROVED, REJECTED, PAID")
        .throwIfAny();
    return queries.claims(Actor.of(authentication), parsed, policyId);
  }

  @Get("/claims/{id}")
  @Secured({"VENDOR", "PARK_OPERATOR", "AUTHORITY"})
  @Operation(summary = "One claim with its basis, explanation, decision and payments")
  SubsidyViews.ClaimView claim(Authentication authentication, @PathVariable UUID id) {
    return queries
        .claim(Actor.of(authentication), id)
        .orElseThrow(() -> ProblemException.notFound("The claim"));
  }

  @Post("/claims/{id}/decision")
  @Secured({"PARK_OPERATOR", "AUTHORITY"})
  @Operation(
      summary =
          "Approve (the computed amount, or another with a reason) or reject (with a reason) a"
              + " claim on one's policy")
  SubsidyViews.ClaimView decide(
      Authentication authentication, @PathVariable UUID id, @Body Claiming.Decision decision) {
    Actor actor = Actor.of(authentication);
    claiming.decide(actor, id, decision);
    return queries.claim(actor, id).orElseThrow();
  }

  @Post("/claims/{id}/payments")
  @Secured({"PARK_OPERATOR", "AUTHORITY"})
  @Operation(summary = "Pay an approved claim: ledger entries per funding source, with a reference")
  SubsidyViews.ClaimView pay(
      Authentication authentication, @PathVariable UUID id, @Body Claiming.Payment payment) {
    Actor actor = Actor.of(authentication);
    claiming.pay(actor, id, payment);
    return queries.claim(actor, id).orElseThrow();
  }

  @Get("/ledger")
  @Secured({"VENDOR", "PARK_OPERATOR", "AUTHORITY"})
  @Operation(
      summary =
          "Payments: on one's policies (park operator), all (authority), received (vendor), newest"
              + " first")
  List<SubsidyViews.PaymentView> ledger(Authentication authentication) {
    return queries.ledger(Actor.of(authentication));
  }
}
