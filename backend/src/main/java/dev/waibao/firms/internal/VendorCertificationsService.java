package dev.waibao.firms.internal;

import dev.waibao.firms.VendorCertifications;
import dev.waibao.firms.model.CertificationStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Singleton
class VendorCertificationsService implements VendorCertifications {

  private final Certifications certifications;
  private final Clock clock;

  VendorCertificationsService(Certifications certifications, Clock clock) {
    this.certifications = certifications;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ValidCertification> validCertifications(UUID vendorOrganisationId) {
    LocalDate today = FirmsCalendar.today(clock);
    return certifications.findByOrganisationIdOrderByCreatedAt(vendorOrganisationId).stream()
        .filter(c -> CertificationStatus.counts(today, c.status(), c.expiresOn()))
        .map(
            c ->
                new ValidCertification(
                    c.id(),
                    c.type(),
                    c.level() == null ? null : c.level().intValue(),
                    c.certificateNumber(),
                    c.expiresOn()))
        .toList();
  }
}
