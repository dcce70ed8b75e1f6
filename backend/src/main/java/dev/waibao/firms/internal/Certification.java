package dev.waibao.firms.internal;

import dev.waibao.firms.model.CertificationStatus;
import dev.waibao.firms.model.CertificationType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A certification as stored; its status is never EXPIRED here (that follows from the date). */
@Serdeable
@MappedEntity("certification")
record Certification(
    @Id UUID id,
    UUID organisationId,
    CertificationType type,
    @Nullable String otherName,
    @Nullable Short level,
    String certificateNumber,
    String issuer,
    LocalDate issuedOn,
    LocalDate expiresOn,
    @Nullable UUID documentId,
    CertificationStatus status,
    @Nullable String rejectionReason,
    @Nullable UUID reviewedBy,
    @Nullable Instant reviewedAt,
    Instant createdAt,
    Instant updatedAt,
    @Version Long version) {

  Certification reviewed(
      CertificationStatus decision, @Nullable String reason, UUID reviewer, Instant now) {
    return new Certification(
        id,
        organisationId,
        type,
        otherName,
        level,
        certificateNumber,
        issuer,
        issuedOn,
        expiresOn,
        documentId,
        decision,
        reason,
        reviewer,
        now,
        createdAt,
        now,
        version);
  }
}
