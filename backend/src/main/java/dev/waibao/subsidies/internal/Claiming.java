package dev.waibao.subsidies.internal;

import dev.waibao.audit.AuditTrail;
import dev.waibao.shared.database.Constraints;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Claims from submission to payment: a vendor submits (the engine computes, the budget is
 * committed), the policy's owner approves or rejects, and pays an approved claim into the ledger.
 * Each step locks the policy's budget year, so concurrent claims never commit more than the budget;
 * a unique index keeps each basis in one claim.
 */
@Singleton
class Claiming {

  private final PolicyStore policies;
  private final ClaimStore claims;
  private final ClaimEngine engine;
  private final AuditTrail audit;
  private final Clock clock;

  Claiming(
      PolicyStore policies, ClaimStore claims, ClaimEngine engine, AuditTrail audit, Clock clock) {
    this.policies = policies;
    this.claims = claims;
    this.engine = engine;
    this.audit = audit;
    this.clock = clock;
  }

  @Serdeable
  record Decision(
      @Nullable String decision, @Nullable BigDecimal amount, @Nullable String reason) {}

  @Serdeable
  record Payment(@Nullable String reference, @Nullable LocalDate paidOn) {}

  /** What a claim would be worth, without saving anything. */
  @Transactional
  Assessment estimate(Actor actor, ClaimInput input) {
    Policy policy = policyOf(actor, input);
    return engine.assess(actor.organisationId(), policy, input, SubsidyCalendar.today(clock));
  }

  @Transactional
  UUID submit(Actor actor, ClaimInput input) {
    Policy policy = policyOf(actor, input);
    LocalDate today = SubsidyCalendar.today(clock);
    // every claim on the policy this year waits here: what it checks stays true until it commits
    PolicyStore.Budget budget = policies.lockBudget(policy, today.getYear());
    Assessment assessment = engine.assess(actor.organisationId(), policy, input, today);
    if (assessment.amount().compareTo(budget.remaining()) > 0) {
      throw NotEligible.beyondBudget(budget.year(), assessment.amount(), budget.remaining());
    }
    UUID id = UUID.randomUUID();
    try {
      claims.insert(
          id,
          policy,
          actor.organisationId(),
          budget.year(),
          assessment,
          actor.userId(),
          clock.instant());
    } catch (RuntimeException e) {
      if (Constraints.violatedUnique(e, ClaimStore.BASIS_CLAIMED_ONCE)) {
        throw NotEligible.alreadyClaimed("Another claim holds the same basis.");
      }
      throw e;
    }
    policies.commit(policy.id(), budget.year(), assessment.amount());
    audit.record(
        actor,
        "subsidy-claim.submitted",
        "subsidy_claim",
        id,
        null,
        new Submitted(policy.id(), policy.revision(), assessment.amount(), assessment.basis()));
    return id;
  }

  @Serdeable
  record Submitted(UUID policyId, int revision, BigDecimal amount, ClaimBasis basis) {}

  @Serdeable
  record Decided(
      ClaimStatus status,
      BigDecimal computedAmount,
      @Nullable BigDecimal amount,
      @Nullable String reason) {}

  @Transactional
  void decide(Actor actor, UUID claimId, Decision decision) {
    ClaimStore.Claim claim = ownedClaim(actor, claimId);
    ClaimStatus outcome = PolicyManagement.parse(ClaimStatus.class, decision.decision());
    String reason = decision.reason() == null ? null : decision.reason().strip();
    Violations v = new Violations();
    v.require(
        outcome == ClaimStatus.APPROVED || outcome == ClaimStatus.REJECTED,
        "decision",
        "must be APPROVED or REJECTED");
    v.optionalText("reason", decision.reason(), 2000);
    BigDecimal amount = null;
    if (outcome == ClaimStatus.REJECTED) {
      v.require(reason != null && !reason.isBlank(), "reason", "is required to reject a claim");
    } else if (outcome == ClaimStatus.APPROVED) {
      amount = decision.amount() == null ? claim.computedAmount() : decision.amount();
      v.require(
          amount.signum() > 0
              && amount.scale() <= 2
              && amount.compareTo(claim.computedAmount()) <= 0,
          "amount",
          "must be more than 0 and at most the computed " + Rules.plain(claim.computedAmount()));
      v.require(
          amount.compareTo(claim.computedAmount()) == 0 || (reason != null && !reason.isBlank()),
          "reason",
          "is required when the approved amount differs from the computed one");
    }
    v.throwIfAny();
    if (claim.status() != ClaimStatus.SUBMITTED) {
      throw ProblemException.conflict(
          "claim-decided", "Already decided", "The claim is already " + claim.status() + ".");
    }
    policies.lockBudget(claim.rule(), claim.budgetYear());
    Instant now = clock.instant();
    if (outcome == ClaimStatus.APPROVED) {
      claims.approve(claimId, amount, reason, actor.userId(), now);
      policies.commit(
          claim.policyId(), claim.budgetYear(), amount.subtract(claim.computedAmount()));
    } else {
      claims.reject(claimId, reason, actor.userId(), now);
      policies.commit(claim.policyId(), claim.budgetYear(), claim.computedAmount().negate());
    }
    audit.record(
        actor,
        outcome == ClaimStatus.APPROVED ? "subsidy-claim.approved" : "subsidy-claim.rejected",
        "subsidy_claim",
        claimId,
        new Decided(ClaimStatus.SUBMITTED, claim.computedAmount(), null, null),
        new Decided(outcome, claim.computedAmount(), amount, reason));
  }

  @Serdeable
  record Paid(
      BigDecimal amount, List<ClaimStore.Entry> entries, String reference, LocalDate paidOn) {}

  @Transactional
  void pay(Actor actor, UUID claimId, Payment payment) {
    ClaimStore.Claim claim = ownedClaim(actor, claimId);
    LocalDate today = SubsidyCalendar.today(clock);
    new Violations()
        .text("reference", payment.reference(), 100)
        .require(
            payment.paidOn() != null && !payment.paidOn().isAfter(today),
            "paidOn",
            "is required and must not be in the future")
        .throwIfAny();
    if (claim.status() != ClaimStatus.APPROVED) {
      throw ProblemException.conflict(
          "claim-not-payable",
          "Not payable",
          "Only an approved claim is paid; this one is " + claim.status() + ".");
    }
    BigDecimal amount = claim.approvedAmount().subtract(claim.paidAmount());
    List<ClaimStore.Entry> entries = new ArrayList<>();
    if (claim.rule().fundingSource() == FundingSource.PROVINCE_AND_CITY) {
      BigDecimal province = claim.rule().rule().training().provinceShare(amount);
      if (province.signum() > 0) {
        entries.add(new ClaimStore.Entry(FundingSource.PROVINCE, province));
      }
      if (amount.subtract(province).signum() > 0) {
        entries.add(new ClaimStore.Entry(FundingSource.CITY, amount.subtract(province)));
      }
    } else {
      entries.add(new ClaimStore.Entry(claim.rule().fundingSource(), amount));
    }
    policies.lockBudget(claim.rule(), claim.budgetYear());
    claims.pay(
        claimId,
        entries,
        payment.reference().strip(),
        payment.paidOn(),
        actor.userId(),
        clock.instant());
    policies.pay(claim.policyId(), claim.budgetYear(), amount);
    audit.record(
        actor,
        "subsidy-claim.paid",
        "subsidy_claim",
        claimId,
        null,
        new Paid(amount, entries, payment.reference().strip(), payment.paidOn()));
  }

  private ClaimStore.Claim ownedClaim(Actor actor, UUID claimId) {
    ClaimStore.Claim claim =
        claims.lock(claimId).orElseThrow(() -> ProblemException.notFound("The claim"));
    if (!actor.belongsTo(claim.rule().ownerOrganisationId())) {
      if (actor.belongsTo(claim.claimant())) {
        throw ProblemException.forbidden("Only the policy's owner reviews and pays its claims.");
      }
      throw ProblemException.notFound("The claim");
    }
    return claim;
  }

  private Policy policyOf(Actor actor, ClaimInput input) {
    if (actor.kind() != OrganisationKind.VENDOR) {
      throw ProblemException.forbidden("Only outsourcing firms claim subsidies.");
    }
    if (input.policyId() == null) {
      throw ProblemException.invalid("policyId", "is required");
    }
    return policies
        .find(input.policyId())
        .orElseThrow(() -> ProblemException.invalid("policyId", "is not a policy"));
  }
}
