package dev.waibao.tenders.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a client writes into a tender. On creation every field may be given; on an update a null
 * field stays as it was (an empty list clears a list).
 */
public record TenderInput(
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
    Integer minimumHeadcount,
    Integer noticePeriodDays,
    Instant clarificationDeadline,
    Instant bidDeadline,
    Instant openingTime,
    Integer priceWeight,
    Integer minimumBids,
    List<String> capabilities,
    List<String> languages,
    List<CertificationInput> certifications,
    List<CriterionInput> criteria,
    List<LotInput> lots) {

  public record CertificationInput(String type, Integer minimumLevel) {}

  public record CriterionInput(String name, Integer weight) {}

  public record LotInput(String title, BigDecimal budgetMax) {}
}
