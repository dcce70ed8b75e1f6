package dev.waibao.firms.internal;

import dev.waibao.firms.model.CertificationStatus;
import dev.waibao.firms.model.CertificationType;
import dev.waibao.firms.model.RevenueBand;
import dev.waibao.firms.model.SizeTier;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the API shows of vendors and their certifications. */
final class VendorViews {

  private VendorViews() {}

  @Serdeable
  record ParkRef(UUID id, String nameZh, @Nullable String nameEn) {}

  @Serdeable
  record CapabilityView(String code, int yearsOfExperience) {}

  @Serdeable
  record CaseStudyView(String title, String clientIndustry, int year, String valueBand) {}

  /** A certification as the public sees it: only verified and unexpired ones are ever shown. */
  @Serdeable
  record PublicCertification(
      UUID id,
      CertificationType type,
      @Nullable String otherName,
      @Nullable Integer level,
      String certificateNumber,
      String issuer,
      LocalDate issuedOn,
      LocalDate expiresOn) {}

  /** A certification as its vendor and the authority see it, with today's status. */
  @Serdeable
  record CertificationView(
      UUID id,
      UUID organisationId,
      @Nullable String vendorNameZh,
      @Nullable String vendorNameEn,
      CertificationType type,
      @Nullable String otherName,
      @Nullable Integer level,
      String certificateNumber,
      String issuer,
      LocalDate issuedOn,
      LocalDate expiresOn,
      CertificationStatus status,
      @Nullable String rejectionReason,
      @Nullable UUID documentId,
      @Nullable String documentName,
      @Nullable Instant reviewedAt,
      Instant createdAt) {}

  @Serdeable
  record VendorSummary(
      UUID organisationId,
      String legalNameZh,
      @Nullable String legalNameEn,
      String city,
      int headcount,
      SizeTier sizeTier,
      List<String> capabilities,
      List<String> certifications,
      List<String> markets,
      boolean demo) {}

  @Serdeable
  record VendorDetail(
      UUID organisationId,
      String legalNameZh,
      @Nullable String legalNameEn,
      String creditCode,
      String city,
      @Nullable ParkRef park,
      int headcount,
      SizeTier sizeTier,
      @Nullable Integer foundedYear,
      @Nullable RevenueBand revenueBand,
      List<CapabilityView> capabilities,
      List<String> languages,
      List<String> markets,
      List<CaseStudyView> caseStudies,
      @Nullable String description,
      List<PublicCertification> certifications,
      /** The average client rating over completed contracts, null before the first. */
      @Nullable BigDecimal rating,
      boolean demo,
      Instant updatedAt) {}

  /** The vendor's own view: the profile and every certification with its status. */
  @Serdeable
  record OwnProfile(VendorDetail profile, List<CertificationView> certifications) {}
}
