package dev.waibao.tenders.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A tender as its client defines it. Immutable: every change produces a new value, so the
 * application can compare before and after (for amendments and the audit trail).
 */
public record Tender(
    UUID id,
    UUID clientOrganisationId,
    TenderStatus status,
    String title,
    String description,
    String clientIndustry,
    String city,
    String deliveryMode,
    BigDecimal budgetMin,
    BigDecimal budgetMax,
    BigDecimal priceCeiling,
    String contactName,
    String contactPhone,
    String contactEmail,
    int minimumHeadcount,
    int noticePeriodDays,
    Instant clarificationDeadline,
    Instant bidDeadline,
    Instant openingTime,
    int priceWeight,
    int minimumBids,
    Set<String> capabilities,
    Set<String> languages,
    List<CertificationRequirement> certifications,
    List<Criterion> criteria,
    List<Lot> lots,
    Instant publishedAt,
    Instant cancelledAt,
    String cancelReason,
    long version) {

  public Tender {
    capabilities = Set.copyOf(capabilities);
    languages = Set.copyOf(languages);
    certifications = List.copyOf(certifications);
    criteria = List.copyOf(criteria);
    lots = List.copyOf(lots);
  }

  /** A required certification; {@code minimumLevel} only for CMMI and PCMM. */
  public record CertificationRequirement(String type, Integer minimumLevel) {}

  /** A named quality criterion and its weight (points of 100). */
  public record Criterion(String name, int weight) {}

  /** A part of the tender bid on separately, with its own budget. */
  public record Lot(UUID id, String title, BigDecimal budgetMax) {}

  /** Published now: visible to vendors and open for bids until the deadline. */
  public Tender published(Instant now) {
    return with(TenderStatus.ACTIVE, now, cancelledAt, cancelReason);
  }

  public Tender cancelled(Instant now, String reason) {
    return with(TenderStatus.CANCELLED, publishedAt, now, reason);
  }

  private Tender with(TenderStatus newStatus, Instant published, Instant cancelled, String reason) {
    if (!status.canMoveTo(newStatus)) {
      throw new IllegalStateException(status + " cannot become " + newStatus);
    }
    return new Tender(
        id,
        clientOrganisationId,
        newStatus,
        title,
        description,
        clientIndustry,
        city,
        deliveryMode,
        budgetMin,
        budgetMax,
        priceCeiling,
        contactName,
        contactPhone,
        contactEmail,
        minimumHeadcount,
        noticePeriodDays,
        clarificationDeadline,
        bidDeadline,
        openingTime,
        priceWeight,
        minimumBids,
        capabilities,
        languages,
        certifications,
        criteria,
        lots,
        published,
        cancelled,
        reason,
        version);
  }

  public boolean hasLots() {
    return !lots.isEmpty();
  }

  /** Whether bids are accepted at {@code now}: published, not yet closed by the server's clock. */
  public boolean acceptsBidsAt(Instant now) {
    return status == TenderStatus.ACTIVE && now.isBefore(bidDeadline);
  }

  /** Bids stay sealed until the deadline has passed by the server's clock. */
  public boolean sealedAt(Instant now) {
    return bidDeadline == null || now.isBefore(bidDeadline);
  }

  public boolean acceptsQuestionsAt(Instant now) {
    return status == TenderStatus.ACTIVE && now.isBefore(clarificationDeadline);
  }

  /** The requirements part, compared to decide whether an amendment is material. */
  public Requirements requirements() {
    return new Requirements(
        capabilities, languages, certifications, minimumHeadcount, criteria, priceWeight, lots);
  }

  /** What a vendor must meet and how bids are judged. */
  public record Requirements(
      Set<String> capabilities,
      Set<String> languages,
      List<CertificationRequirement> certifications,
      int minimumHeadcount,
      List<Criterion> criteria,
      int priceWeight,
      List<Lot> lots) {}
}
