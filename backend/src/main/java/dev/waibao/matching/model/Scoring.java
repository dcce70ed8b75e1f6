package dev.waibao.matching.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The score of one vendor for one tender: seven parts, each a value between 0 and 1 multiplied by
 * its configured weight, and the total out of 100. Every formula is here and nowhere else, so the
 * explanation a user sees is exactly what ranked them.
 */
public final class Scoring {

  private Scoring() {}

  /** The parts, in the order they are shown. */
  public static final List<String> PARTS =
      List.of("capability", "caseStudies", "rating", "delivery", "location", "sizeFit", "text");

  /** Relative weights of the parts; non-negative, at least one positive. */
  public record Weights(
      double capability,
      double caseStudies,
      double rating,
      double delivery,
      double location,
      double sizeFit,
      double text) {
    public Weights {
      double[] all = {capability, caseStudies, rating, delivery, location, sizeFit, text};
      double sum = 0;
      for (double weight : all) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
          throw new IllegalArgumentException("matching weights must be finite and not negative");
        }
        sum += weight;
      }
      if (sum <= 0) {
        throw new IllegalArgumentException("at least one matching weight must be positive");
      }
    }

    double sum() {
      return capability + caseStudies + rating + delivery + location + sizeFit + text;
    }
  }

  /**
   * Constants of the formulas.
   *
   * @param fullExperienceYears years of experience in a capability that earn its full credit
   * @param caseStudiesForFull case studies in the tender's industry that earn the full part
   * @param budgetPerEmployee CNY of budget per member of staff a well-sized vendor brings
   */
  public record Tuning(int fullExperienceYears, int caseStudiesForFull, long budgetPerEmployee) {
    public Tuning {
      if (fullExperienceYears < 1 || caseStudiesForFull < 1 || budgetPerEmployee < 1) {
        throw new IllegalArgumentException("matching tuning values must be at least 1");
      }
    }
  }

  /**
   * What is known about a vendor and a tender.
   *
   * @param requiredCapabilities how many capabilities the tender requires
   * @param yearsInRequired the vendor's years of experience in each required capability it has
   * @param caseStudiesInIndustry the vendor's case studies in the tender's client industry
   * @param averageRating mean of the ratings (1–5) of its completed contracts, or null if none
   * @param completedContracts contracts completed
   * @param terminatedContracts contracts terminated early
   * @param sameCity the vendor's seat is in the tender's city
   * @param parkInCity the vendor is a tenant of a park in the tender's city
   * @param headcount the vendor's staff
   * @param budgetMax the tender's upper budget in CNY, or null
   * @param textSimilarity share of the other side's keywords found by the search engine, or null
   *     when it was not computed
   */
  public record Facts(
      int requiredCapabilities,
      List<Integer> yearsInRequired,
      int caseStudiesInIndustry,
      Double averageRating,
      int completedContracts,
      int terminatedContracts,
      boolean sameCity,
      boolean parkInCity,
      int headcount,
      BigDecimal budgetMax,
      Double textSimilarity) {
    public Facts {
      yearsInRequired = List.copyOf(yearsInRequired);
    }

    public Facts withTextSimilarity(Double similarity) {
      return new Facts(
          requiredCapabilities,
          yearsInRequired,
          caseStudiesInIndustry,
          averageRating,
          completedContracts,
          terminatedContracts,
          sameCity,
          parkInCity,
          headcount,
          budgetMax,
          similarity);
    }
  }

  /**
   * One part of the score.
   *
   * @param value how well the vendor does on this part, 0 to 1 (rounded to 3 decimals)
   * @param weight the configured weight
   * @param points what the part adds to the total out of 100 (rounded to 2 decimals)
   * @param computed false when the part could not be computed (then it adds nothing)
   */
  public record Part(String name, double weight, double value, double points, boolean computed) {}

  /** The total out of 100 (rounded to 1 decimal) and its parts. */
  public record Score(double total, List<Part> parts) {}

  public static Score score(Facts facts, Weights weights, Tuning tuning) {
    Objects.requireNonNull(facts, "facts");
    double[] values = {
      capability(facts, tuning),
      caseStudies(facts, tuning),
      rating(facts),
      delivery(facts),
      location(facts),
      sizeFit(facts, tuning),
      facts.textSimilarity() == null ? 0 : clamp(facts.textSimilarity())
    };
    double[] weightOf = {
      weights.capability(),
      weights.caseStudies(),
      weights.rating(),
      weights.delivery(),
      weights.location(),
      weights.sizeFit(),
      weights.text()
    };
    double sum = weights.sum();
    double total = 0;
    Part[] parts = new Part[values.length];
    for (int i = 0; i < values.length; i++) {
      double points = 100 * weightOf[i] * values[i] / sum;
      total += points;
      parts[i] =
          new Part(
              PARTS.get(i),
              weightOf[i],
              round(values[i], 3),
              round(points, 2),
              i != 6 || facts.textSimilarity() != null);
    }
    return new Score(round(total, 1), List.of(parts));
  }

  /**
   * Each required capability the vendor has counts half for having it and half for experience, up
   * to full credit at {@code fullExperienceYears}; averaged over the required capabilities.
   */
  static double capability(Facts facts, Tuning tuning) {
    if (facts.requiredCapabilities() == 0) {
      return 1;
    }
    double credit = 0;
    for (int years : facts.yearsInRequired()) {
      credit +=
          0.5 + 0.5 * Math.min(years, tuning.fullExperienceYears()) / tuning.fullExperienceYears();
    }
    return clamp(credit / facts.requiredCapabilities());
  }

  /** Case studies in the tender's industry, full at {@code caseStudiesForFull}. */
  static double caseStudies(Facts facts, Tuning tuning) {
    return Math.min(facts.caseStudiesInIndustry(), tuning.caseStudiesForFull())
        / (double) tuning.caseStudiesForFull();
  }

  /** The average rating mapped from 1–5 onto 0–1; a vendor never rated sits in the middle. */
  static double rating(Facts facts) {
    return facts.averageRating() == null ? 0.5 : clamp((facts.averageRating() - 1) / 4);
  }

  /**
   * Completed among ended contracts, with one of each added (Laplace's rule), so no record sits in
   * the middle and one early termination does not sink a short record.
   */
  static double delivery(Facts facts) {
    return (facts.completedContracts() + 1.0)
        / (facts.completedContracts() + facts.terminatedContracts() + 2.0);
  }

  /** 1 when the vendor sits, or rents space in a park, in the tender's city. */
  static double location(Facts facts) {
    return facts.sameCity() || facts.parkInCity() ? 1 : 0;
  }

  /**
   * How far the headcount is from the team the budget pays for ({@code budgetMax /
   * budgetPerEmployee}), on a log scale: 1 at the right size, 0.5 at ten times too small or too
   * big, 0 at a hundred times. Without a budget, 0.5.
   */
  static double sizeFit(Facts facts, Tuning tuning) {
    if (facts.budgetMax() == null || facts.budgetMax().signum() <= 0) {
      return 0.5;
    }
    if (facts.headcount() <= 0) {
      return 0;
    }
    double team = Math.max(1, facts.budgetMax().doubleValue() / tuning.budgetPerEmployee());
    double distance = Math.abs(Math.log10(facts.headcount() / team));
    return clamp(1 - distance / 2);
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }

  private static double round(double value, int decimals) {
    return BigDecimal.valueOf(value)
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }
}
