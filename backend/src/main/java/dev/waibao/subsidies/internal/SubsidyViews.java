package dev.waibao.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the API shows of policies, claims, the ledger and budgets. */
final class SubsidyViews {

  private SubsidyViews() {}

  /** A policy with what this year's budget has committed and paid. */
  @Serdeable
  record PolicyView(
      UUID id,
      UUID ownerOrganisationId,
      String ownerNameZh,
      @Nullable String ownerNameEn,
      @Nullable UUID parkId,
      @Nullable String parkNameZh,
      @Nullable String parkNameEn,
      PolicyType type,
      String nameZh,
      @Nullable String nameEn,
      LocalDate validFrom,
      @Nullable LocalDate validTo,
      BigDecimal annualBudget,
      FundingSource fundingSource,
      Rules.PolicyRule rule,
      int revision,
      boolean inForce,
      int budgetYear,
      BigDecimal committed,
      BigDecimal paid,
      BigDecimal remaining,
      long claims) {}

  @Serdeable
  record ClaimView(
      UUID id,
      UUID policyId,
      String policyNameZh,
      @Nullable String policyNameEn,
      int policyRevision,
      UUID policyOwnerOrganisationId,
      PolicyType type,
      ClaimStatus status,
      UUID claimantOrganisationId,
      String claimantNameZh,
      @Nullable String claimantNameEn,
      int budgetYear,
      ClaimBasis basis,
      BigDecimal computedAmount,
      List<Rules.Line> explanation,
      @Nullable BigDecimal provinceShare,
      @Nullable BigDecimal cityShare,
      @Nullable BigDecimal approvedAmount,
      @Nullable String decisionReason,
      @Nullable Instant decidedAt,
      BigDecimal paidAmount,
      Instant submittedAt,
      List<PaymentView> payments) {}

  /** One ledger entry. */
  @Serdeable
  record PaymentView(
      UUID id,
      UUID claimId,
      UUID policyId,
      String policyNameZh,
      @Nullable String policyNameEn,
      PolicyType type,
      String claimantNameZh,
      @Nullable String claimantNameEn,
      BigDecimal amount,
      FundingSource fundingSource,
      String reference,
      LocalDate paidOn,
      Instant recordedAt) {}

  /** What the engine computed for a basis, or why it is not eligible. */
  @Serdeable
  record Estimate(
      String basis,
      String label,
      @Nullable UUID leaseId,
      @Nullable UUID certificationId,
      List<Integer> months,
      @Nullable BigDecimal amount,
      List<Rules.Line> explanation,
      boolean eligible,
      List<Reason> reasons) {}

  @Serdeable
  record Reason(String field, String message) {}

  /** A policy a vendor may claim under, with estimates for what it holds today. */
  @Serdeable
  record Offer(PolicyView policy, List<Estimate> estimates) {}

  /** The engine's answer to a claim form, before submitting. */
  @Serdeable
  record AssessmentView(
      BigDecimal amount,
      @Nullable BigDecimal provinceShare,
      @Nullable BigDecimal cityShare,
      List<Rules.Line> explanation,
      ClaimBasis basis) {

    static AssessmentView of(Assessment a) {
      return new AssessmentView(
          a.amount(), a.provinceShare(), a.cityShare(), a.explanation(), a.basis());
    }
  }
}
