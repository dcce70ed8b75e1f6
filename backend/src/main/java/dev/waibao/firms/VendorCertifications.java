package dev.waibao.firms;

import dev.waibao.firms.model.CertificationType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The certifications that count for eligibility (matching, subsidies): verified by the authority
 * and not expired on today's date, as the server's clock says.
 */
public interface VendorCertifications {

  List<ValidCertification> validCertifications(UUID vendorOrganisationId);

  /** A certification that counts today. */
  record ValidCertification(
      UUID id,
      CertificationType type,
      Integer level,
      String certificateNumber,
      LocalDate expiresOn) {}
}
