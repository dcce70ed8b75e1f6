package dev.waibao.firms.internal;

import dev.waibao.audit.AuditTrail;
import dev.waibao.documents.Documents;
import dev.waibao.firms.model.CertificationStatus;
import dev.waibao.firms.model.CertificationType;
import dev.waibao.search.SearchOutbox;
import dev.waibao.searchindex.FirmDocument;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A vendor adds, changes and withdraws its certifications; the authority verifies or rejects them.
 * Any change by the vendor sends a certification back to UNVERIFIED: what was verified is exactly
 * what stays verified.
 */
@Singleton
class CertificationManagement {

  private final Certifications certifications;
  private final VendorProfiles profiles;
  private final Documents documents;
  private final AuditTrail audit;
  private final SearchOutbox search;
  private final Clock clock;

  CertificationManagement(
      Certifications certifications,
      VendorProfiles profiles,
      Documents documents,
      AuditTrail audit,
      SearchOutbox search,
      Clock clock) {
    this.certifications = certifications;
    this.profiles = profiles;
    this.documents = documents;
    this.audit = audit;
    this.search = search;
    this.clock = clock;
  }

  @Serdeable
  record RejectCommand(@Nullable String reason) {}

  @Transactional
  Certification add(Actor actor, CertificationInput input) {
    ProfileManagement.requireVendor(actor);
    if (!profiles.existsById(actor.organisationId())) {
      throw ProblemException.conflict(
          "vendor-profile-missing",
          "No vendor profile yet",
          "Save the vendor profile before adding certifications.");
    }
    CertificationType type = validate(actor, input);
    Instant now = clock.instant();
    Certification created =
        certifications.save(
            new Certification(
                UUID.randomUUID(),
                actor.organisationId(),
                type,
                type == CertificationType.OTHER ? input.otherName().strip() : null,
                type.levelled() ? input.level().shortValue() : null,
                input.certificateNumber().strip(),
                input.issuer().strip(),
                input.issuedOn(),
                input.expiresOn(),
                input.documentId(),
                CertificationStatus.UNVERIFIED,
                null,
                null,
                null,
                now,
                now,
                null));
    audit.record(actor, "certification.created", "certification", created.id(), null, created);
    search.changedAndCounted(FirmDocument.INDEX, created.organisationId());
    return created;
  }

  @Transactional
  Certification update(Actor actor, UUID id, CertificationInput input) {
    ProfileManagement.requireVendor(actor);
    Certification existing = own(actor, id);
    CertificationType type = validate(actor, input);
    Certification changed =
        certifications.update(
            new Certification(
                id,
                existing.organisationId(),
                type,
                type == CertificationType.OTHER ? input.otherName().strip() : null,
                type.levelled() ? input.level().shortValue() : null,
                input.certificateNumber().strip(),
                input.issuer().strip(),
                input.issuedOn(),
                input.expiresOn(),
                input.documentId(),
                CertificationStatus.UNVERIFIED,
                null,
                null,
                null,
                existing.createdAt(),
                clock.instant(),
                existing.version()));
    audit.record(actor, "certification.updated", "certification", id, existing, changed);
    search.changedAndCounted(FirmDocument.INDEX, existing.organisationId());
    return changed;
  }

  @Transactional
  void delete(Actor actor, UUID id) {
    ProfileManagement.requireVendor(actor);
    Certification existing = own(actor, id);
    certifications.delete(existing);
    audit.record(actor, "certification.deleted", "certification", id, existing, null);
    search.changedAndCounted(FirmDocument.INDEX, existing.organisationId());
  }

  @Transactional
  Certification verify(Actor actor, UUID id) {
    Certification existing = reviewable(actor, id);
    if (CertificationStatus.on(FirmsCalendar.today(clock), existing.status(), existing.expiresOn())
        == CertificationStatus.EXPIRED) {
      throw ProblemException.conflict(
          "certification-expired",
          "Certification expired",
          "An expired certification cannot be verified.");
    }
    Certification verified =
        certifications.update(
            existing.reviewed(CertificationStatus.VERIFIED, null, actor.userId(), clock.instant()));
    audit.record(actor, "certification.verified", "certification", id, existing, verified);
    search.changedAndCounted(FirmDocument.INDEX, existing.organisationId());
    return verified;
  }

  @Transactional
  Certification reject(Actor actor, UUID id, RejectCommand command) {
    new Violations().text("reason", command.reason(), 1000).throwIfAny();
    Certification existing = reviewable(actor, id);
    Certification rejected =
        certifications.update(
            existing.reviewed(
                CertificationStatus.REJECTED,
                command.reason().strip(),
                actor.userId(),
                clock.instant()));
    audit.record(actor, "certification.rejected", "certification", id, existing, rejected);
    search.changedAndCounted(FirmDocument.INDEX, existing.organisationId());
    return rejected;
  }

  private Certification reviewable(Actor actor, UUID id) {
    if (!actor.isAuthority()) {
      throw ProblemException.forbidden("Only the authority verifies certifications.");
    }
    Certification existing =
        certifications
            .findById(id)
            .orElseThrow(() -> ProblemException.notFound("The certification"));
    if (existing.status() != CertificationStatus.UNVERIFIED) {
      throw ProblemException.conflict(
          "certification-already-reviewed",
          "Certification already reviewed",
          "This certification was already " + existing.status().name().toLowerCase() + ".");
    }
    return existing;
  }

  private Certification own(Actor actor, UUID id) {
    return certifications
        .findByIdAndOrganisationId(id, actor.organisationId())
        .orElseThrow(() -> ProblemException.notFound("The certification"));
  }

  private CertificationType validate(Actor actor, CertificationInput input) {
    CertificationType type = Enums.parse(CertificationType.class, input.type());
    Violations v = new Violations();
    v.require(type != null, "type", "must be one of " + Enums.names(CertificationType.class));
    if (type == CertificationType.OTHER) {
      v.text("otherName", input.otherName(), 200);
    } else {
      v.require(
          input.otherName() == null || input.otherName().isBlank(),
          "otherName",
          "is only for type OTHER");
    }
    if (type != null && type.levelled()) {
      v.require(
          input.level() != null && input.level() >= 1 && input.level() <= 5,
          "level",
          "must be between 1 and 5");
    } else if (type != null) {
      v.require(input.level() == null, "level", "is only for CMMI and PCMM");
    }
    v.text("certificateNumber", input.certificateNumber(), 100);
    v.text("issuer", input.issuer(), 200);
    LocalDate today = FirmsCalendar.today(clock);
    if (input.issuedOn() == null) {
      v.add("issuedOn", "is required");
    } else {
      v.require(!input.issuedOn().isAfter(today), "issuedOn", "must not be in the future");
    }
    if (input.expiresOn() == null) {
      v.add("expiresOn", "is required");
    } else if (input.issuedOn() != null) {
      v.require(input.expiresOn().isAfter(input.issuedOn()), "expiresOn", "must be after issuedOn");
    }
    v.require(
        input.documentId() == null || documents.findOwned(actor, input.documentId()).isPresent(),
        "documentId",
        "is not a document of your organisation");
    v.throwIfAny();
    return type;
  }
}
