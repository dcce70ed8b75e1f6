package dev.waibao.subsidies.internal;

import dev.waibao.audit.AuditTrail;
import dev.waibao.parks.ParkDirectory;
import dev.waibao.reference.CapabilityTaxonomy;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A park operator writes policies for its own parks, the authority province-wide ones. An edit
 * makes a new revision; claims keep the revision they were computed with.
 */
@Singleton
class PolicyManagement {

  private final PolicyStore policies;
  private final ParkDirectory parks;
  private final CapabilityTaxonomy taxonomy;
  private final AuditTrail audit;
  private final Clock clock;

  PolicyManagement(
      PolicyStore policies,
      ParkDirectory parks,
      CapabilityTaxonomy taxonomy,
      AuditTrail audit,
      Clock clock) {
    this.policies = policies;
    this.parks = parks;
    this.taxonomy = taxonomy;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  UUID create(Actor actor, PolicyInput input) {
    requireOwnerKind(actor);
    PolicyType type = parse(PolicyType.class, input.type());
    Violations v = new Violations();
    v.require(type != null, "type", "must be one of RENT, CERTIFICATION, TRAINING");
    if (actor.kind() == OrganisationKind.PARK_OPERATOR) {
      if (input.parkId() == null) {
        v.add("parkId", "is required: a park operator's policy is for one of its parks");
      } else {
        parks
            .find(input.parkId())
            .filter(p -> actor.belongsTo(p.operatorOrganisationId()))
            .ifPresentOrElse(p -> {}, () -> v.add("parkId", "is not a park of your organisation"));
      }
    } else {
      v.require(
          input.parkId() == null,
          "parkId",
          "must be empty: the authority's policies are province-wide");
    }
    Policy policy =
        build(UUID.randomUUID(), actor.organisationId(), input.parkId(), type, input, 1, v);
    Instant now = clock.instant();
    policies.insert(policy, actor.userId(), now);
    audit.record(actor, "subsidy-policy.created", "subsidy_policy", policy.id(), null, policy);
    return policy.id();
  }

  @Transactional
  void update(Actor actor, UUID id, PolicyInput input) {
    requireOwnerKind(actor);
    Policy before = policies.lock(id).orElseThrow(() -> ProblemException.notFound("The policy"));
    if (!actor.belongsTo(before.ownerOrganisationId())) {
      throw ProblemException.forbidden("Only the policy's owner changes it.");
    }
    Violations v = new Violations();
    v.require(
        input.type() == null || before.type().name().equals(input.type()),
        "type",
        "cannot change: it stays " + before.type());
    v.require(
        input.parkId() == null || input.parkId().equals(before.parkId()),
        "parkId",
        "cannot change");
    Policy after =
        build(
            id,
            before.ownerOrganisationId(),
            before.parkId(),
            before.type(),
            input,
            before.revision() + 1,
            v);
    int year = SubsidyCalendar.today(clock).getYear();
    BigDecimal committed = policies.mostCommittedFrom(id, year);
    if (after.annualBudget().compareTo(committed) < 0) {
      throw ProblemException.invalid(
          "annualBudget",
          "must be at least " + Rules.plain(committed) + ", what claims already commit in a year");
    }
    Instant now = clock.instant();
    policies.update(after, actor.userId(), now);
    policies.rebudget(id, year, after.annualBudget());
    audit.record(actor, "subsidy-policy.revised", "subsidy_policy", id, before, after);
  }

  private Policy build(
      UUID id,
      UUID owner,
      UUID parkId,
      PolicyType type,
      PolicyInput input,
      int revision,
      Violations v) {
    v.text("nameZh", input.nameZh(), 200).optionalText("nameEn", input.nameEn(), 200);
    v.require(input.validFrom() != null, "validFrom", "is required");
    v.require(
        input.validFrom() == null
            || input.validTo() == null
            || !input.validTo().isBefore(input.validFrom()),
        "validTo",
        "must not be before validFrom");
    v.require(
        input.annualBudget() != null
            && input.annualBudget().signum() > 0
            && input.annualBudget().scale() <= 2
            && input.annualBudget().compareTo(new BigDecimal("1000000000000")) < 0,
        "annualBudget",
        "must be more than 0 (CNY, two decimals)");
    FundingSource funding;
    if (type == PolicyType.TRAINING) {
      funding = FundingSource.PROVINCE_AND_CITY;
      v.require(
          input.fundingSource() == null
              || FundingSource.PROVINCE_AND_CITY.name().equals(input.fundingSource()),
          "fundingSource",
          "must be PROVINCE_AND_CITY: training subsidies are shared by province and city");
    } else {
      funding = parse(FundingSource.class, input.fundingSource());
      v.require(
          funding != null && funding != FundingSource.PROVINCE_AND_CITY,
          "fundingSource",
          "must be one of PROVINCE, CITY, PARK");
    }
    Rules.PolicyRule rule = null;
    if (type != null) {
      switch (type) {
        case RENT -> {
          if (input.rent() == null) {
            v.add("rent", "is required for a RENT policy");
          } else {
            input.rent().validate(v, "rent.");
            if (input.rent().capabilities() != null
                && !taxonomy.activeCodes().containsAll(input.rent().capabilities())) {
              v.add("rent.capabilities", "must be codes of the capability taxonomy");
            }
            rule = new Rules.PolicyRule(normalised(input.rent()), null, null);
          }
        }
        case CERTIFICATION -> {
          if (input.certification() == null) {
            v.add("certification", "is required for a CERTIFICATION policy");
          } else {
            input.certification().validate(v, "certification.");
            rule = new Rules.PolicyRule(null, input.certification(), null);
          }
        }
        case TRAINING -> {
          if (input.training() == null) {
            v.add("training", "is required for a TRAINING policy");
          } else {
            input.training().validate(v, "training.");
            rule = new Rules.PolicyRule(null, null, input.training());
          }
        }
      }
    }
    v.throwIfAny();
    return new Policy(
        id,
        owner,
        parkId,
        type,
        input.nameZh().strip(),
        input.nameEn() == null ? null : input.nameEn().strip(),
        input.validFrom(),
        input.validTo(),
        input.annualBudget(),
        funding,
        rule,
        revision);
  }

  private static Rules.RentRule normalised(Rules.RentRule rent) {
    return new Rules.RentRule(
        rent.percentOfRent(),
        rent.capPerSquareMetrePerMonth(),
        rent.maxMonths(),
        rent.parkLevels().stream().distinct().toList(),
        rent.sizeTiers() == null
            ? java.util.List.of()
            : rent.sizeTiers().stream().distinct().toList(),
        rent.wellKnownOnly(),
        rent.capabilities() == null
            ? java.util.List.of()
            : rent.capabilities().stream().filter(Objects::nonNull).distinct().toList());
  }

  static void requireOwnerKind(Actor actor) {
    if (actor.kind() != OrganisationKind.PARK_OPERATOR && !actor.isAuthority()) {
      throw ProblemException.forbidden("Only park operators and the authority own policies.");
    }
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(value))
        .findFirst()
        .orElse(null);
  }
}
