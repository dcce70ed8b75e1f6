package dev.waibao.firms;

import dev.waibao.firms.model.CertificationStatus;
import dev.waibao.firms.model.CertificationType;
import dev.waibao.firms.model.SizeTier;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What subsidy rules need to know about a vendor: its size tier and capabilities, one of its
 * certifications with the status it has today (EXPIRED included), and whether an employer is a
 * registered outsourcing firm of the province.
 */
public interface VendorFacts {

  /** The vendor's standing, if it has a profile. */
  Optional<Standing> standing(UUID vendorOrganisationId);

  /** One certification of {@code vendorOrganisationId}, with its status on today's date. */
  Optional<CertificationFacts> certification(UUID vendorOrganisationId, UUID certificationId);

  /** The vendor (an outsourcing firm with a profile in the province) of a credit code. */
  Optional<UUID> vendorWithCreditCode(String creditCode);

  record Standing(UUID organisationId, String city, SizeTier sizeTier, Set<String> capabilities) {}

  record CertificationFacts(
      UUID id,
      CertificationType type,
      Integer level,
      String certificateNumber,
      CertificationStatus status,
      LocalDate expiresOn) {}
}
