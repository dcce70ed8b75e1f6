package dev.waibao.firms.internal;

import dev.waibao.firms.VendorFacts;
import dev.waibao.firms.model.CertificationStatus;
import dev.waibao.firms.model.SizeTier;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

@Singleton
class VendorFactsService implements VendorFacts {

  private final VendorProfiles profiles;
  private final Certifications certifications;
  private final DSLContext sql;
  private final Clock clock;

  VendorFactsService(
      VendorProfiles profiles, Certifications certifications, DSLContext sql, Clock clock) {
    this.profiles = profiles;
    this.certifications = certifications;
    this.sql = sql;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Standing> standing(UUID vendorOrganisationId) {
    return profiles
        .findById(vendorOrganisationId)
        .map(
            profile ->
                new Standing(
                    profile.organisationId(),
                    profile.city(),
                    SizeTier.of(profile.headcount()),
                    new HashSet<>(
                        sql.fetch(
                                "SELECT capability_code FROM vendor_capability WHERE organisation_id = ?",
                                vendorOrganisationId)
                            .getValues(0, String.class))));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CertificationFacts> certification(
      UUID vendorOrganisationId, UUID certificationId) {
    return certifications
        .findByIdAndOrganisationId(certificationId, vendorOrganisationId)
        .map(
            c ->
                new CertificationFacts(
                    c.id(),
                    c.type(),
                    c.level() == null ? null : c.level().intValue(),
                    c.certificateNumber(),
                    CertificationStatus.on(FirmsCalendar.today(clock), c.status(), c.expiresOn()),
                    c.expiresOn()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UUID> vendorWithCreditCode(String creditCode) {
    return sql.fetchOptional(
            "SELECT organisation_id FROM vendor_profile WHERE credit_code = ?", creditCode)
        .map(row -> row.get(0, UUID.class));
  }
}
