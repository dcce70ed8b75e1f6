package dev.waibao.subsidies.internal;

import dev.waibao.firms.model.CertificationType;
import dev.waibao.firms.model.SizeTier;
import dev.waibao.parks.model.ParkLevel;
import dev.waibao.shared.problem.Violations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The three kinds of rule a policy can be, their parameters, their checks and their arithmetic. */
final class Rules {

  /** The policy's floor for a subsidy to a firm that obtains an international certification. */
  static final BigDecimal INTERNATIONAL_CERTIFICATION_MINIMUM = new BigDecimal("200000");

  /** 一年以上劳动合同: the shortest employment contract the policy accepts, in months. */
  static final int POLICY_MIN_CONTRACT_MONTHS = 12;

  static final BigDecimal HUNDRED = new BigDecimal("100");

  private Rules() {}

  static BigDecimal money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** One line of a readable explanation: a code the pages translate, its numbers, and English. */
  @Serdeable
  record Line(String code, Map<String, String> values, String text) {}

  /**
   * Rent subsidy (房租补贴): a percentage of the monthly rent, capped per square metre per month, for
   * at most {@code maxMonths} months of one lease, for firms that meet the eligibility.
   */
  @Serdeable
  record RentRule(
      @Nullable BigDecimal percentOfRent,
      @Nullable BigDecimal capPerSquareMetrePerMonth,
      @Nullable Integer maxMonths,
      @Nullable List<ParkLevel> parkLevels,
      @Nullable List<SizeTier> sizeTiers,
      boolean wellKnownOnly,
      @Nullable List<String> capabilities) {

    void validate(Violations violations, String prefix) {
      violations
          .require(
              percentOfRent != null
                  && percentOfRent.signum() > 0
                  && percentOfRent.compareTo(HUNDRED) <= 0
                  && percentOfRent.scale() <= 2,
              prefix + "percentOfRent",
              "must be more than 0 and at most 100 (two decimals)")
          .require(
              capPerSquareMetrePerMonth != null
                  && capPerSquareMetrePerMonth.signum() > 0
                  && capPerSquareMetrePerMonth.compareTo(new BigDecimal("10000")) <= 0
                  && capPerSquareMetrePerMonth.scale() <= 2,
              prefix + "capPerSquareMetrePerMonth",
              "must be more than 0 and at most 10000 CNY per m² per month (two decimals)")
          .require(
              maxMonths != null && maxMonths >= 1 && maxMonths <= 120,
              prefix + "maxMonths",
              "must be between 1 and 120")
          .require(
              parkLevels != null && !parkLevels.isEmpty() && !parkLevels.contains(null),
              prefix + "parkLevels",
              "must name at least one park level (ORDINARY, PROVINCIAL_DEMONSTRATION,"
                  + " NATIONAL_DEMONSTRATION)")
          .require(
              sizeTiers == null || !sizeTiers.contains(null),
              prefix + "sizeTiers",
              "must be SMALL, SCALE or LARGE");
    }

    /** The subsidy for one month of a lease: the percentage of rent, or the cap if lower. */
    Monthly monthly(BigDecimal monthlyRent, BigDecimal area) {
      BigDecimal share = money(monthlyRent.multiply(percentOfRent).divide(HUNDRED));
      BigDecimal cap = money(area.multiply(capPerSquareMetrePerMonth));
      boolean capped = cap.compareTo(share) < 0;
      BigDecimal amount = capped ? cap : share;
      Line line =
          capped
              ? new Line(
                  "rentMonthCapped",
                  Map.of(
                      "percent", plain(percentOfRent),
                      "rent", plain(monthlyRent),
                      "share", plain(share),
                      "cap", plain(capPerSquareMetrePerMonth),
                      "area", plain(area),
                      "capAmount", plain(cap)),
                  "%s%% of the monthly rent %s is %s; the cap of %s per m² on %s m² is %s, so %s a month"
                      .formatted(
                          plain(percentOfRent),
                          plain(monthlyRent),
                          plain(share),
                          plain(capPerSquareMetrePerMonth),
                          plain(area),
                          plain(cap),
                          plain(cap)))
              : new Line(
                  "rentMonth",
                  Map.of(
                      "percent", plain(percentOfRent),
                      "rent", plain(monthlyRent),
                      "share", plain(share),
                      "cap", plain(capPerSquareMetrePerMonth),
                      "area", plain(area),
                      "capAmount", plain(cap)),
                  "%s%% of the monthly rent %s is %s, within the cap of %s per m² on %s m² (%s)"
                      .formatted(
                          plain(percentOfRent),
                          plain(monthlyRent),
                          plain(share),
                          plain(capPerSquareMetrePerMonth),
                          plain(area),
                          plain(cap)));
      return new Monthly(amount, line);
    }

    record Monthly(BigDecimal amount, Line line) {}
  }

  /** One amount of a certification policy: a type, optionally only at one level. */
  @Serdeable
  record CertificationAmount(
      @Nullable CertificationType type, @Nullable Integer level, @Nullable BigDecimal amount) {}

  /**
   * Certification subsidy (国际资质认证补贴): a fixed amount per certification type (and level), at least
   * CNY 200,000 for the international certifications the policy names, once per firm and
   * certificate.
   */
  @Serdeable
  record CertificationRule(@Nullable List<CertificationAmount> amounts) {

    void validate(Violations violations, String prefix) {
      if (amounts == null || amounts.isEmpty()) {
        violations.add(prefix + "amounts", "must list at least one certification and its amount");
        return;
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < amounts.size(); i++) {
        CertificationAmount entry = amounts.get(i);
        String field = prefix + "amounts[" + i + "].";
        if (entry == null || entry.type() == null) {
          violations.add(
              field + "type",
              "must be CMMI, PCMM, ISO_IEC_27001, ISO_IEC_20000, SOC1_SAS70 or OTHER");
          continue;
        }
        violations.require(
            entry.level() == null
                || (entry.type().levelled() && entry.level() >= 1 && entry.level() <= 5),
            field + "level",
            entry.type().levelled()
                ? "must be between 1 and 5, or empty for any level"
                : "must be empty: " + entry.type() + " has no levels");
        if (entry.amount() == null || entry.amount().signum() <= 0 || entry.amount().scale() > 2) {
          violations.add(field + "amount", "must be more than 0 (two decimals)");
        } else if (entry.type() != CertificationType.OTHER
            && entry.amount().compareTo(INTERNATIONAL_CERTIFICATION_MINIMUM) < 0) {
          violations.add(
              field + "amount",
              "must be at least 200000: the policy grants no less for an international certification");
        } else if (entry.amount().compareTo(new BigDecimal("100000000")) > 0) {
          violations.add(field + "amount", "must be at most 100000000");
        }
        violations.require(
            seen.add(entry.type() + "/" + entry.level()),
            field + "type",
            "is listed twice at the same level");
      }
    }

    /** The amount for a certification: its exact level first, then the type at any level. */
    @Nullable
    CertificationAmount amountFor(CertificationType type, @Nullable Integer level) {
      CertificationAmount any = null;
      for (CertificationAmount entry : amounts) {
        if (entry.type() == type && level != null && level.equals(entry.level())) {
          return entry;
        }
        if (entry.type() == type && entry.level() == null) {
          any = entry;
        }
      }
      return any;
    }
  }

  /**
   * Training subsidy (培训补贴和职业介绍补贴): per trainee an amount for training and one for job placement,
   * only for trainees employed afterwards by an outsourcing firm of the province on a contract of
   * at least {@code minContractMonths} (≥ 12) months; paid by province and city in the recorded
   * shares.
   */
  @Serdeable
  record TrainingRule(
      @Nullable BigDecimal trainingPerTrainee,
      @Nullable BigDecimal placementPerTrainee,
      @Nullable Integer minContractMonths,
      @Nullable BigDecimal provinceSharePercent) {

    void validate(Violations violations, String prefix) {
      violations
          .require(
              trainingPerTrainee != null
                  && trainingPerTrainee.signum() > 0
                  && trainingPerTrainee.scale() <= 2
                  && trainingPerTrainee.compareTo(new BigDecimal("1000000")) <= 0,
              prefix + "trainingPerTrainee",
              "must be more than 0 and at most 1000000 (two decimals)")
          .require(
              placementPerTrainee != null
                  && placementPerTrainee.signum() >= 0
                  && placementPerTrainee.scale() <= 2
                  && placementPerTrainee.compareTo(new BigDecimal("1000000")) <= 0,
              prefix + "placementPerTrainee",
              "must be between 0 and 1000000 (two decimals)")
          .require(
              minContractMonths != null
                  && minContractMonths >= POLICY_MIN_CONTRACT_MONTHS
                  && minContractMonths <= 120,
              prefix + "minContractMonths",
              "must be between 12 and 120: the policy requires a contract of at least one year")
          .require(
              provinceSharePercent != null
                  && provinceSharePercent.signum() >= 0
                  && provinceSharePercent.compareTo(HUNDRED) <= 0
                  && provinceSharePercent.scale() <= 2,
              prefix + "provinceSharePercent",
              "must be between 0 and 100 (the city pays the rest)");
    }

    BigDecimal perTrainee() {
      return trainingPerTrainee.add(placementPerTrainee);
    }

    /** The province's share of {@code amount}; the city pays the rest. */
    BigDecimal provinceShare(BigDecimal amount) {
      return money(amount.multiply(provinceSharePercent).divide(HUNDRED));
    }
  }

  /** A policy's rule: exactly one part, the one of its type. */
  @Serdeable
  record PolicyRule(
      @Nullable RentRule rent,
      @Nullable CertificationRule certification,
      @Nullable TrainingRule training) {}
}
