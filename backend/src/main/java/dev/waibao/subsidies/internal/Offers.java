package dev.waibao.subsidies.internal;

import dev.waibao.firms.VendorCertifications;
import dev.waibao.parks.ParkDirectory;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.security.Actor;
import dev.waibao.tenancy.LeaseTerms;
import dev.waibao.tenancy.Leases;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a vendor could claim today: every policy in force, with the engine's estimate for each lease
 * or certification the vendor holds (or why it is not eligible), and the amount per trainee for
 * training policies.
 */
@Singleton
class Offers {

  private final SubsidyQueries queries;
  private final PolicyStore policies;
  private final ClaimEngine engine;
  private final ClaimStore claims;
  private final Leases leases;
  private final ParkDirectory parks;
  private final VendorCertifications certifications;
  private final Clock clock;

  Offers(
      SubsidyQueries queries,
      PolicyStore policies,
      ClaimEngine engine,
      ClaimStore claims,
      Leases leases,
      ParkDirectory parks,
      VendorCertifications certifications,
      Clock clock) {
    this.queries = queries;
    this.policies = policies;
    this.engine = engine;
    this.claims = claims;
    this.leases = leases;
    this.parks = parks;
    this.certifications = certifications;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<SubsidyViews.Offer> available(Actor actor) {
    LocalDate today = SubsidyCalendar.today(clock);
    List<SubsidyViews.Offer> offers = new ArrayList<>();
    List<LeaseTerms> ownLeases =
        leases.ofVendor(actor.organisationId()).stream()
            .filter(l -> l.status().occupiesSpace() && l.monthlyRent() != null)
            .toList();
    var ownCertifications = certifications.validCertifications(actor.organisationId());
    for (SubsidyViews.PolicyView view : queries.policies(actor)) {
      Policy policy = policies.find(view.id()).orElseThrow();
      List<SubsidyViews.Estimate> estimates = new ArrayList<>();
      switch (policy.type()) {
        case RENT -> {
          for (LeaseTerms lease : ownLeases) {
            if (!policy.provinceWide() && !policy.parkId().equals(lease.parkId())) {
              continue;
            }
            List<Integer> open = openMonths(policy, lease, today);
            estimates.add(
                estimate(
                    actor,
                    policy,
                    new ClaimInput(policy.id(), lease.id(), open, null, null),
                    today,
                    "lease",
                    leaseLabel(lease),
                    open));
          }
        }
        case CERTIFICATION -> {
          for (var certificate : ownCertifications) {
            estimates.add(
                estimate(
                    actor,
                    policy,
                    new ClaimInput(policy.id(), null, null, certificate.id(), null),
                    today,
                    "certification",
                    certificate.type()
                        + (certificate.level() == null ? "" : " " + certificate.level())
                        + " · "
                        + certificate.certificateNumber(),
                    List.of()));
          }
        }
        case TRAINING -> {
          Rules.TrainingRule rule = policy.rule().training();
          estimates.add(
              new SubsidyViews.Estimate(
                  "trainee",
                  "",
                  null,
                  null,
                  List.of(),
                  Rules.money(rule.perTrainee()),
                  List.of(
                      new Rules.Line(
                          "trainingPerTrainee",
                          Map.of(
                              "training", Rules.plain(rule.trainingPerTrainee()),
                              "placement", Rules.plain(rule.placementPerTrainee()),
                              "minContractMonths", String.valueOf(rule.minContractMonths())),
                          "Per trainee: training %s + placement %s, for a contract of at least %d months with an outsourcing firm of the province"
                              .formatted(
                                  Rules.plain(rule.trainingPerTrainee()),
                                  Rules.plain(rule.placementPerTrainee()),
                                  rule.minContractMonths()))),
                  true,
                  List.of()));
        }
      }
      offers.add(new SubsidyViews.Offer(view, estimates));
    }
    return offers;
  }

  private String leaseLabel(LeaseTerms lease) {
    String park = parks.find(lease.parkId()).map(p -> p.nameZh()).orElse("");
    return park
        + " · "
        + Rules.plain(lease.area())
        + " m² · "
        + lease.start()
        + " – "
        + lease.end();
  }

  /** The months of a lease that have begun, are not claimed yet and fit the policy's maximum. */
  private List<Integer> openMonths(Policy policy, LeaseTerms lease, LocalDate today) {
    int room = policy.rule().rent().maxMonths() - claims.rentMonthsHeld(policy.id(), lease.id());
    List<Integer> open = new ArrayList<>();
    for (int number = 1; open.size() < room; number++) {
      LocalDate from = lease.start().plusMonths(number - 1L);
      if (!from.isBefore(lease.end()) || from.isAfter(today)) {
        break;
      }
      if (policy.inForceOn(from)
          && claims.taken(List.of("RENT:" + lease.id() + ":" + number)).isEmpty()) {
        open.add(number);
      }
    }
    return open;
  }

  private SubsidyViews.Estimate estimate(
      Actor actor,
      Policy policy,
      ClaimInput input,
      LocalDate today,
      String basis,
      String label,
      List<Integer> months) {
    try {
      Assessment a = engine.assess(actor.organisationId(), policy, input, today);
      return new SubsidyViews.Estimate(
          basis,
          label,
          input.leaseId(),
          input.certificationId(),
          months,
          a.amount(),
          a.explanation(),
          true,
          List.of());
    } catch (ProblemException e) {
      return new SubsidyViews.Estimate(
          basis,
          label,
          input.leaseId(),
          input.certificationId(),
          months,
          null,
          List.of(),
          false,
          e.errors().stream().map(f -> new SubsidyViews.Reason(f.field(), f.message())).toList());
    }
  }
}
