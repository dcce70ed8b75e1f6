package dev.waibao.tenders.model;

import dev.waibao.shared.problem.Violations;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Applying a client's input to a tender, and what a tender must satisfy to be published. */
public final class TenderRules {

  public static final Set<String> DELIVERY_MODES = Set.of("ONSHORE", "OFFSHORE", "NEARSHORE");
  public static final Set<String> CERTIFICATION_TYPES =
      Set.of("CMMI", "PCMM", "ISO_IEC_27001", "ISO_IEC_20000", "SOC1_SAS70");
  private static final Set<String> LEVELLED = Set.of("CMMI", "PCMM");
  private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

  private TenderRules() {}

  /** The codes the input refers to that the reference data does not know. */
  public interface ReferenceData {
    boolean isIndustry(String code);

    boolean isCity(String code);

    boolean isActiveCapability(String code);
  }

  /** A new draft from the input, or the 400 problem naming every invalid field. */
  public static Tender draft(UUID id, UUID client, TenderInput input, ReferenceData reference) {
    Tender empty =
        new Tender(
            id,
            client,
            TenderStatus.DRAFT,
            null,
            "",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            10,
            null,
            null,
            null,
            100,
            1,
            Set.of(),
            Set.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            null,
            0);
    return apply(empty, input, reference, true);
  }

  /** The tender with the input applied (null fields unchanged), or the 400 problem. */
  public static Tender apply(
      Tender tender, TenderInput in, ReferenceData reference, boolean creating) {
    Violations v = new Violations();
    String title = pick(in.title(), tender.title());
    if (creating || in.title() != null) {
      v.text("title", title, 200);
    }
    String description = pick(in.description(), tender.description());
    v.require(
        description == null || description.length() <= 20_000,
        "description",
        "must be at most 20000 characters");
    String industry = pick(in.clientIndustry(), tender.clientIndustry());
    if (in.clientIndustry() != null) {
      v.require(
          reference.isIndustry(in.clientIndustry()),
          "clientIndustry",
          "is not a known client industry");
    }
    String city = pick(in.city(), tender.city());
    if (in.city() != null) {
      v.require(reference.isCity(in.city()), "city", "is not a known city");
    }
    String mode = pick(in.deliveryMode(), tender.deliveryMode());
    if (in.deliveryMode() != null) {
      v.require(
          DELIVERY_MODES.contains(in.deliveryMode()),
          "deliveryMode",
          "must be ONSHORE, OFFSHORE or NEARSHORE");
    }
    BigDecimal budgetMin = pick(in.budgetMin(), tender.budgetMin());
    BigDecimal budgetMax = pick(in.budgetMax(), tender.budgetMax());
    BigDecimal ceiling = pick(in.priceCeiling(), tender.priceCeiling());
    amount(v, "budgetMin", in.budgetMin(), false);
    amount(v, "budgetMax", in.budgetMax(), true);
    amount(v, "priceCeiling", in.priceCeiling(), true);
    if (budgetMin != null && budgetMax != null && budgetMin.compareTo(budgetMax) > 0) {
      v.add("budgetMin", "must not exceed budgetMax");
    }
    v.optionalText("contactName", in.contactName(), 100);
    v.optionalText("contactPhone", in.contactPhone(), 40);
    v.optionalText("contactEmail", in.contactEmail(), 254);
    int headcount = pick(in.minimumHeadcount(), tender.minimumHeadcount());
    v.require(
        headcount >= 0 && headcount <= 1_000_000,
        "minimumHeadcount",
        "must be between 0 and 1000000");
    int notice = pick(in.noticePeriodDays(), tender.noticePeriodDays());
    v.require(notice >= 0 && notice <= 365, "noticePeriodDays", "must be between 0 and 365");
    int priceWeight = pick(in.priceWeight(), tender.priceWeight());
    v.require(priceWeight >= 0 && priceWeight <= 100, "priceWeight", "must be between 0 and 100");
    int minimumBids = pick(in.minimumBids(), tender.minimumBids());
    v.require(minimumBids >= 1 && minimumBids <= 100, "minimumBids", "must be between 1 and 100");
    Instant clarification = pick(in.clarificationDeadline(), tender.clarificationDeadline());
    Instant deadline = pick(in.bidDeadline(), tender.bidDeadline());
    Instant opening = pick(in.openingTime(), tender.openingTime());
    if (clarification != null && deadline != null && clarification.isAfter(deadline)) {
      v.add("clarificationDeadline", "must not be after the bid deadline");
    }
    if (opening != null && deadline != null && opening.isBefore(deadline)) {
      v.add("openingTime", "must not be before the bid deadline");
    }
    Set<String> capabilities = tender.capabilities();
    if (in.capabilities() != null) {
      capabilities = new LinkedHashSet<>();
      for (int i = 0; i < in.capabilities().size(); i++) {
        String code = in.capabilities().get(i);
        if (code == null || !reference.isActiveCapability(code)) {
          v.add("capabilities[" + i + "]", "is not a capability of the taxonomy");
        } else {
          capabilities.add(code);
        }
      }
    }
    Set<String> languages = tender.languages();
    if (in.languages() != null) {
      languages = new LinkedHashSet<>();
      for (int i = 0; i < in.languages().size(); i++) {
        String language = in.languages().get(i);
        if (language == null || !LANGUAGE.matcher(language).matches()) {
          v.add("languages[" + i + "]", "must be an ISO 639 language code such as zh, en or ja");
        } else {
          languages.add(language);
        }
      }
    }
    List<Tender.CertificationRequirement> certifications = tender.certifications();
    if (in.certifications() != null) {
      certifications = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < in.certifications().size(); i++) {
        TenderInput.CertificationInput c = in.certifications().get(i);
        String field = "certifications[" + i + "]";
        if (c == null || c.type() == null || !CERTIFICATION_TYPES.contains(c.type())) {
          v.add(
              field + ".type",
              "must be one of CMMI, PCMM, ISO_IEC_27001, ISO_IEC_20000, SOC1_SAS70");
          continue;
        }
        if (!seen.add(c.type())) {
          v.add(field + ".type", "is required twice");
        }
        if (LEVELLED.contains(c.type())) {
          v.require(
              c.minimumLevel() != null && c.minimumLevel() >= 1 && c.minimumLevel() <= 5,
              field + ".minimumLevel",
              "must be between 1 and 5");
        } else {
          v.require(
              c.minimumLevel() == null, field + ".minimumLevel", "applies only to CMMI and PCMM");
        }
        certifications.add(
            new Tender.CertificationRequirement(
                c.type(), LEVELLED.contains(c.type()) ? c.minimumLevel() : null));
      }
    }
    List<Tender.Criterion> criteria = tender.criteria();
    if (in.criteria() != null) {
      criteria = new ArrayList<>();
      for (int i = 0; i < in.criteria().size(); i++) {
        TenderInput.CriterionInput c = in.criteria().get(i);
        String field = "criteria[" + i + "]";
        String name = c == null ? null : c.name();
        v.text(field + ".name", name, 200);
        Integer weight = c == null ? null : c.weight();
        v.require(
            weight != null && weight >= 1 && weight <= 100,
            field + ".weight",
            "must be between 1 and 100");
        criteria.add(
            new Tender.Criterion(name == null ? "" : name.strip(), weight == null ? 0 : weight));
      }
    }
    List<Tender.Lot> lots = tender.lots();
    if (in.lots() != null) {
      lots = new ArrayList<>();
      for (int i = 0; i < in.lots().size(); i++) {
        TenderInput.LotInput lot = in.lots().get(i);
        String field = "lots[" + i + "]";
        v.text(field + ".title", lot == null ? null : lot.title(), 200);
        BigDecimal budget = lot == null ? null : lot.budgetMax();
        amount(v, field + ".budgetMax", budget, true);
        Tender.Lot existing = i < tender.lots().size() ? tender.lots().get(i) : null;
        lots.add(
            new Tender.Lot(
                existing == null ? UUID.randomUUID() : existing.id(),
                lot == null || lot.title() == null ? "" : lot.title().strip(),
                budget));
      }
    }
    v.throwIfAny();
    return new Tender(
        tender.id(),
        tender.clientOrganisationId(),
        tender.status(),
        title == null ? null : title.strip(),
        description == null ? "" : description,
        industry,
        city,
        mode,
        budgetMin,
        budgetMax,
        ceiling,
        pick(blank(in.contactName()), tender.contactName()),
        pick(blank(in.contactPhone()), tender.contactPhone()),
        pick(blank(in.contactEmail()), tender.contactEmail()),
        headcount,
        notice,
        clarification,
        deadline,
        opening,
        priceWeight,
        minimumBids,
        capabilities,
        languages,
        certifications,
        criteria,
        lots,
        tender.publishedAt(),
        tender.cancelledAt(),
        tender.cancelReason(),
        tender.version());
  }

  /** Everything a tender needs before vendors may see it, checked against the server's time. */
  public static void checkPublishable(Tender tender, Instant now) {
    check(tender, now, true);
  }

  /**
   * What an amendment of a published tender must keep: everything publication required, except that
   * the notice period and the clarification deadline were judged at publication; the bid deadline
   * must still lie ahead.
   */
  public static void checkAmendable(Tender tender, Instant now) {
    check(tender, now, false);
  }

  private static void check(Tender tender, Instant now, boolean publishing) {
    Violations v = new Violations();
    v.text("title", tender.title(), 200);
    v.require(
        tender.description() != null && !tender.description().isBlank(),
        "description",
        "is required");
    v.require(
        !tender.capabilities().isEmpty(), "capabilities", "must name at least one capability");
    v.require(tender.clientIndustry() != null, "clientIndustry", "is required");
    v.require(tender.city() != null, "city", "is required");
    v.require(tender.deliveryMode() != null, "deliveryMode", "is required");
    if (tender.clarificationDeadline() == null) {
      v.add("clarificationDeadline", "is required");
    } else {
      v.require(
          tender.clarificationDeadline().isAfter(now),
          "clarificationDeadline",
          "must be in the future");
    }
    if (tender.bidDeadline() == null) {
      v.add("bidDeadline", "is required");
    } else {
      Instant earliest = publishing ? now.plus(Duration.ofDays(tender.noticePeriodDays())) : now;
      v.require(
          !tender.bidDeadline().isBefore(earliest),
          "bidDeadline",
          "must leave at least the notice period of " + tender.noticePeriodDays() + " days");
    }
    int weights =
        tender.priceWeight() + tender.criteria().stream().mapToInt(Tender.Criterion::weight).sum();
    v.require(
        weights == 100,
        "criteria",
        "the price weight and criteria weights must sum to 100, not " + weights);
    v.throwIfAny();
  }

  /**
   * Whether going from {@code before} to {@code after} changes what vendors must meet or how they
   * are judged, or brings the deadline forward: then existing bids need reconfirming.
   */
  public static boolean isMaterial(Tender before, Tender after) {
    return !before.requirements().equals(after.requirements())
        || (before.bidDeadline() != null
            && after.bidDeadline() != null
            && after.bidDeadline().isBefore(before.bidDeadline()))
        || !java.util.Objects.equals(before.priceCeiling(), after.priceCeiling());
  }

  private static void amount(Violations v, String field, BigDecimal value, boolean positive) {
    if (value == null) {
      return;
    }
    if (positive ? value.signum() <= 0 : value.signum() < 0) {
      v.add(field, positive ? "must be greater than 0" : "must not be negative");
    } else if (value.compareTo(MAX_AMOUNT) > 0 || value.scale() > 2) {
      v.add(field, "must be an amount in CNY with at most 2 decimals");
    }
  }

  private static <T> T pick(T given, T current) {
    return given != null ? given : current;
  }

  private static String blank(String value) {
    return value == null ? null : value.isBlank() ? null : value.strip();
  }
}
