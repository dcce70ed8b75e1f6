package dev.waibao.accounts.internal;

import dev.waibao.accounts.OrganisationDirectory;
import dev.waibao.accounts.model.CreditCode;
import dev.waibao.audit.AuditTrail;
import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

@Singleton
class DirectoryOfOrganisations implements OrganisationDirectory {

  private final Organisations organisations;
  private final AuditTrail audit;
  private final Clock clock;

  DirectoryOfOrganisations(Organisations organisations, AuditTrail audit, Clock clock) {
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<OrganisationSummary> find(UUID organisationId) {
    return organisations.findById(organisationId).map(DirectoryOfOrganisations::summary);
  }

  @Override
  @Transactional
  public OrganisationSummary ensureDemoOrganisation(
      OrganisationKind kind, String nameZh, String nameEn, String creditCode, String city) {
    CreditCode.problemWith(creditCode)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException("creditCode " + problem);
            });
    Optional<Organisation> existing = organisations.findByCreditCode(creditCode);
    if (existing.isPresent()) {
      return summary(existing.get());
    }
    Organisation organisation =
        organisations.save(
            new Organisation(
                UUID.randomUUID(),
                kind,
                nameZh,
                nameEn,
                creditCode,
                city,
                null,
                null,
                true,
                clock.instant(),
                null));
    audit.record(
        null,
        "organisation.registered",
        "organisation",
        organisation.id(),
        null,
        AccountViews.organisation(organisation));
    return summary(organisation);
  }

  private static OrganisationSummary summary(Organisation organisation) {
    return new OrganisationSummary(
        organisation.id(),
        organisation.kind(),
        organisation.nameZh(),
        organisation.nameEn(),
        organisation.creditCode(),
        organisation.city(),
        organisation.demo());
  }
}
