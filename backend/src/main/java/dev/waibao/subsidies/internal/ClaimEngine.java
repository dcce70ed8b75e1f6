package dev.waibao.subsidies.internal;

import dev.waibao.firms.VendorFacts;
import dev.waibao.firms.model.CertificationStatus;
import dev.waibao.parks.ParkDirectory;
import dev.waibao.shared.problem.ProblemException.FieldError;
import dev.waibao.tenancy.LeaseTerms;
import dev.waibao.tenancy.Leases;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Decides whether a claim's basis meets its policy's rule and computes the amount with a readable
 * explanation (which rule, which numbers). It changes nothing: {@link Claiming} saves. Called
 * inside a transaction; not itself transactional, so a refusal it throws and a caller catches (an
 * estimate) does not doom that transaction.
 */
@Singleton
class ClaimEngine {

  private static final Pattern IDENTITY_NUMBER = Pattern.compile("^[0-9]{17}[0-9X]$");
  private static final int MAX_TRAINEES = 500;

  private final Leases leases;
  private final ParkDirectory parks;
  private final VendorFacts vendors;
  private final WellKnownFirms wellKnown;
  private final ClaimStore claims;

  ClaimEngine(
      Leases leases,
      ParkDirectory parks,
      VendorFacts vendors,
      WellKnownFirms wellKnown,
      ClaimStore claims) {
    this.leases = leases;
    this.parks = parks;
    this.vendors = vendors;
    this.wellKnown = wellKnown;
    this.claims = claims;
  }

  Assessment assess(UUID claimant, Policy policy, ClaimInput input, LocalDate today) {
    if (!policy.inForceOn(today)) {
      throw NotEligible.because(
          "policyId",
          "is not in force on "
              + today
              + " (valid "
              + policy.validFrom()
              + " to "
              + (policy.validTo() == null ? "open-ended" : policy.validTo())
              + ")");
    }
    Rules.Line rule =
        new Rules.Line(
            "rule",
            Map.of(
                "policy", policy.nameZh(),
                "revision", String.valueOf(policy.revision()),
                "type", policy.type().name()),
            "Policy \"%s\" (revision %d), %s rule"
                .formatted(policy.nameZh(), policy.revision(), policy.type()));
    Assessment assessment =
        switch (policy.type()) {
          case RENT -> rent(claimant, policy, input, today, rule);
          case CERTIFICATION -> certification(claimant, policy, input, rule);
          case TRAINING -> training(claimant, policy, input, today, rule);
        };
    List<String> taken = claims.taken(assessment.basisKeys());
    if (!taken.isEmpty()) {
      throw NotEligible.alreadyClaimed(
          "Already claimed by another claim that was not rejected: " + String.join(", ", taken));
    }
    return assessment;
  }

  private void requireTenantOfPolicyPark(UUID claimant, Policy policy, String field) {
    if (policy.provinceWide()) {
      return;
    }
    boolean tenant =
        leases.ofVendor(claimant).stream()
            .anyMatch(l -> l.parkId().equals(policy.parkId()) && l.status().occupiesSpace());
    if (!tenant) {
      throw NotEligible.because(
          field,
          "is not eligible: the policy is for tenants of its park, and your firm has no lease there");
    }
  }

  private Assessment rent(
      UUID claimant, Policy policy, ClaimInput input, LocalDate today, Rules.Line ruleLine) {
    Rules.RentRule rule = policy.rule().rent();
    if (input.leaseId() == null) {
      throw NotEligible.because("leaseId", "is required for a rent subsidy");
    }
    LeaseTerms lease =
        leases
            .find(input.leaseId())
            .filter(l -> l.vendorOrganisationId().equals(claimant))
            .orElseThrow(() -> NotEligible.because("leaseId", "is not a lease of your firm"));
    if (!lease.status().occupiesSpace() || lease.monthlyRent() == null) {
      throw NotEligible.because(
          "leaseId", "is " + lease.status() + ": only an approved lease earns a rent subsidy");
    }
    List<FieldError> reasons = new ArrayList<>();
    var park = parks.find(lease.parkId()).orElseThrow();
    if (!policy.provinceWide() && !policy.parkId().equals(lease.parkId())) {
      reasons.add(new FieldError("leaseId", "is in another park than the policy's"));
    }
    if (!rule.parkLevels().contains(park.level())) {
      reasons.add(
          new FieldError(
              "leaseId",
              "is in a park of level "
                  + park.level()
                  + "; the policy covers "
                  + rule.parkLevels()));
    }
    var standing = vendors.standing(claimant);
    if (standing.isEmpty()) {
      reasons.add(new FieldError("claimant", "has no vendor profile"));
    } else {
      if (!rule.sizeTiers().isEmpty() && !rule.sizeTiers().contains(standing.get().sizeTier())) {
        reasons.add(
            new FieldError(
                "claimant",
                "is a "
                    + standing.get().sizeTier()
                    + " firm; the policy covers "
                    + rule.sizeTiers()));
      }
      if (!rule.capabilities().isEmpty()
          && rule.capabilities().stream().noneMatch(standing.get().capabilities()::contains)) {
        reasons.add(
            new FieldError("claimant", "offers none of the capabilities " + rule.capabilities()));
      }
    }
    if (rule.wellKnownOnly() && !wellKnown.isWellKnown(claimant, today)) {
      reasons.add(
          new FieldError("claimant", "is not recognised by the authority as a well-known firm"));
    }
    List<Integer> months = input.months() == null ? List.of() : input.months();
    if (months.isEmpty()) {
      reasons.add(new FieldError("months", "must name at least one month of the lease"));
    }
    Rules.RentRule.Monthly monthly = rule.monthly(lease.monthlyRent(), lease.area());
    List<ClaimBasis.LeaseMonth> periods = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (Integer number : months) {
      if (number == null || number < 1 || !seen.add(number)) {
        reasons.add(new FieldError("months", "must be distinct month numbers from 1"));
        continue;
      }
      LocalDate from = lease.start().plusMonths(number - 1L);
      LocalDate to = lease.start().plusMonths(number).minusDays(1);
      if (!from.isBefore(lease.end())) {
        reasons.add(
            new FieldError(
                "months", "month " + number + " is after the lease ends on " + lease.end()));
      } else if (from.isAfter(today)) {
        reasons.add(
            new FieldError(
                "months", "month " + number + " has not begun (it starts " + from + ")"));
      } else if (!policy.inForceOn(from)) {
        reasons.add(
            new FieldError(
                "months",
                "month " + number + " (from " + from + ") is outside the policy's validity"));
      } else {
        periods.add(new ClaimBasis.LeaseMonth(number, from, to, monthly.amount()));
        keys.add("RENT:" + lease.id() + ":" + number);
      }
    }
    int held = claims.rentMonthsHeld(policy.id(), lease.id());
    if (held + months.size() > rule.maxMonths()) {
      reasons.add(
          new FieldError(
              "months",
              "would make "
                  + (held + months.size())
                  + " months of this lease under the policy; it pays at most "
                  + rule.maxMonths()));
    }
    if (!reasons.isEmpty()) {
      throw NotEligible.because(reasons);
    }
    BigDecimal total = monthly.amount().multiply(BigDecimal.valueOf(periods.size()));
    List<Rules.Line> lines =
        List.of(
            ruleLine,
            monthly.line(),
            new Rules.Line(
                "rentTotal",
                Map.of(
                    "months", String.valueOf(periods.size()),
                    "monthly", Rules.plain(monthly.amount()),
                    "total", Rules.plain(total),
                    "maxMonths", String.valueOf(rule.maxMonths())),
                "%d months × %s = %s (at most %d months per lease)"
                    .formatted(
                        periods.size(),
                        Rules.plain(monthly.amount()),
                        Rules.plain(total),
                        rule.maxMonths())));
    return new Assessment(
        Rules.money(total),
        null,
        null,
        lines,
        keys,
        new ClaimBasis(lease.id(), lease.parkId(), periods, null, null, null, null, null, null));
  }

  private Assessment certification(
      UUID claimant, Policy policy, ClaimInput input, Rules.Line ruleLine) {
    if (input.certificationId() == null) {
      throw NotEligible.because("certificationId", "is required for a certification subsidy");
    }
    VendorFacts.CertificationFacts certificate =
        vendors
            .certification(claimant, input.certificationId())
            .orElseThrow(
                () ->
                    NotEligible.because("certificationId", "is not a certification of your firm"));
    if (certificate.status() != CertificationStatus.VERIFIED) {
      throw NotEligible.because(
          "certificationId",
          switch (certificate.status()) {
            case EXPIRED ->
                "expired on " + certificate.expiresOn() + ": only an unexpired one counts";
            case REJECTED -> "was rejected by the authority";
            default -> "is not verified yet: only a certification the authority verified counts";
          });
    }
    requireTenantOfPolicyPark(claimant, policy, "policyId");
    Rules.CertificationAmount amount =
        policy.rule().certification().amountFor(certificate.type(), certificate.level());
    String label =
        certificate.type() + (certificate.level() == null ? "" : " level " + certificate.level());
    if (amount == null) {
      throw NotEligible.because(
          "certificationId", "is a " + label + "; the policy pays nothing for it");
    }
    String key =
        "CERTIFICATION:"
            + claimant
            + ":"
            + certificate.type()
            + ":"
            + (certificate.type().levelled()
                ? String.valueOf(certificate.level())
                : certificate.type() == dev.waibao.firms.model.CertificationType.OTHER
                    ? certificate.certificateNumber().strip().toUpperCase(Locale.ROOT)
                    : "-");
    List<Rules.Line> lines =
        List.of(
            ruleLine,
            new Rules.Line(
                "certificationAmount",
                Map.of(
                    "certification", label,
                    "number", certificate.certificateNumber(),
                    "amount", Rules.plain(amount.amount())),
                "A verified %s (certificate %s) earns a fixed %s, once per firm"
                    .formatted(
                        label, certificate.certificateNumber(), Rules.plain(amount.amount()))));
    return new Assessment(
        Rules.money(amount.amount()),
        null,
        null,
        lines,
        List.of(key),
        new ClaimBasis(
            null,
            null,
            null,
            certificate.id(),
            certificate.type(),
            certificate.level(),
            certificate.certificateNumber(),
            null,
            null));
  }

  private Assessment training(
      UUID claimant, Policy policy, ClaimInput input, LocalDate today, Rules.Line ruleLine) {
    Rules.TrainingRule rule = policy.rule().training();
    ClaimInput.Cohort cohort = input.cohort();
    if (cohort == null || cohort.trainees() == null || cohort.trainees().isEmpty()) {
      throw NotEligible.because("cohort.trainees", "must list at least one trainee");
    }
    List<FieldError> reasons = new ArrayList<>();
    if (cohort.name() == null || cohort.name().isBlank() || cohort.name().length() > 200) {
      reasons.add(new FieldError("cohort.name", "is required (at most 200 characters)"));
    }
    if (cohort.trainees().size() > MAX_TRAINEES) {
      throw NotEligible.because("cohort.trainees", "must list at most " + MAX_TRAINEES);
    }
    List<String> keys = new ArrayList<>();
    List<ClaimInput.Trainee> trainees = new ArrayList<>();
    for (int i = 0; i < cohort.trainees().size(); i++) {
      ClaimInput.Trainee t = cohort.trainees().get(i);
      String f = "cohort.trainees[" + i + "].";
      if (t == null) {
        reasons.add(new FieldError(f + "name", "is required"));
        continue;
      }
      if (t.name() == null || t.name().isBlank() || t.name().length() > 100) {
        reasons.add(new FieldError(f + "name", "is required (at most 100 characters)"));
      }
      String identity =
          t.identityNumber() == null ? "" : t.identityNumber().strip().toUpperCase(Locale.ROOT);
      if (!IDENTITY_NUMBER.matcher(identity).matches()) {
        reasons.add(
            new FieldError(
                f + "identityNumber", "must be an 18-character resident identity number"));
      } else if (keys.contains("TRAINEE:" + identity)) {
        reasons.add(new FieldError(f + "identityNumber", "appears twice in the cohort"));
      }
      if (t.trainingCompletedOn() == null || t.trainingCompletedOn().isAfter(today)) {
        reasons.add(
            new FieldError(f + "trainingCompletedOn", "is required and must not be in the future"));
      }
      if (t.employerCreditCode() == null
          || vendors.vendorWithCreditCode(t.employerCreditCode().strip()).isEmpty()) {
        reasons.add(
            new FieldError(
                f + "employerCreditCode",
                "is not an outsourcing firm registered in the province: no qualifying contract"));
      }
      if (t.contractStart() == null || t.contractEnd() == null) {
        reasons.add(new FieldError(f + "contractEnd", "contract start and end are required"));
      } else {
        long months = ChronoUnit.MONTHS.between(t.contractStart(), t.contractEnd().plusDays(1));
        if (months < rule.minContractMonths()) {
          reasons.add(
              new FieldError(
                  f + "contractEnd",
                  "gives a contract of "
                      + months
                      + " months, shorter than the "
                      + rule.minContractMonths()
                      + " months the policy requires"));
        }
        if (t.trainingCompletedOn() != null
            && t.contractStart().isBefore(t.trainingCompletedOn())) {
          reasons.add(
              new FieldError(f + "contractStart", "must not be before the training was completed"));
        }
      }
      keys.add("TRAINEE:" + identity);
      trainees.add(
          new ClaimInput.Trainee(
              t.name() == null ? null : t.name().strip(),
              identity,
              t.trainingCompletedOn(),
              t.employerCreditCode() == null ? null : t.employerCreditCode().strip(),
              t.contractStart(),
              t.contractEnd()));
    }
    if (!reasons.isEmpty()) {
      throw NotEligible.because(reasons);
    }
    requireTenantOfPolicyPark(claimant, policy, "policyId");
    int n = trainees.size();
    BigDecimal total = Rules.money(rule.perTrainee().multiply(BigDecimal.valueOf(n)));
    BigDecimal province = rule.provinceShare(total);
    BigDecimal city = total.subtract(province);
    List<Rules.Line> lines =
        List.of(
            ruleLine,
            new Rules.Line(
                "trainingTotal",
                Map.of(
                    "trainees", String.valueOf(n),
                    "training", Rules.plain(rule.trainingPerTrainee()),
                    "placement", Rules.plain(rule.placementPerTrainee()),
                    "total", Rules.plain(total),
                    "minContractMonths", String.valueOf(rule.minContractMonths())),
                "%d trainees with contracts of at least %d months × (training %s + placement %s) = %s"
                    .formatted(
                        n,
                        rule.minContractMonths(),
                        Rules.plain(rule.trainingPerTrainee()),
                        Rules.plain(rule.placementPerTrainee()),
                        Rules.plain(total))),
            new Rules.Line(
                "trainingSplit",
                Map.of(
                    "provincePercent", Rules.plain(rule.provinceSharePercent()),
                    "province", Rules.plain(province),
                    "city", Rules.plain(city)),
                "Province pays %s%%: %s; the city pays %s"
                    .formatted(
                        Rules.plain(rule.provinceSharePercent()),
                        Rules.plain(province),
                        Rules.plain(city))));
    return new Assessment(
        total,
        province,
        city,
        lines,
        keys,
        new ClaimBasis(null, null, null, null, null, null, null, cohort.name().strip(), trainees));
  }
}
