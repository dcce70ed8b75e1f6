package dev.waibao.tenders.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a vendor may bid: verified, unexpired required certifications at the needed level, enough
 * staff, the required capabilities and languages. Every unmet requirement is listed.
 */
public final class Eligibility {

  private Eligibility() {}

  /**
   * What a vendor has, as of the bid deadline.
   *
   * @param certificationLevels verified certifications valid at the deadline: type to the highest
   *     level held (0 for types without levels)
   */
  public record Qualification(
      boolean hasProfile,
      int headcount,
      Set<String> capabilities,
      Set<String> languages,
      Map<String, Integer> certificationLevels) {}

  /** One requirement not met, named so the vendor knows what to fix. */
  public record Unmet(String requirement, String detail) {}

  public static List<Unmet> unmet(Tender tender, Qualification vendor) {
    List<Unmet> unmet = new ArrayList<>();
    if (!vendor.hasProfile()) {
      unmet.add(new Unmet("profile", "complete your vendor profile before bidding"));
      return unmet;
    }
    if (vendor.headcount() < tender.minimumHeadcount()) {
      unmet.add(
          new Unmet(
              "minimumHeadcount",
              "needs at least "
                  + tender.minimumHeadcount()
                  + " staff, the profile has "
                  + vendor.headcount()));
    }
    for (String capability : tender.capabilities()) {
      if (!vendor.capabilities().contains(capability)) {
        unmet.add(new Unmet("capabilities", "lacks the capability " + capability));
      }
    }
    for (String language : tender.languages()) {
      if (!vendor.languages().contains(language)) {
        unmet.add(new Unmet("languages", "does not work in the language " + language));
      }
    }
    for (Tender.CertificationRequirement required : tender.certifications()) {
      Integer held = vendor.certificationLevels().get(required.type());
      int needed = required.minimumLevel() == null ? 0 : required.minimumLevel();
      if (held == null) {
        unmet.add(
            new Unmet(
                "certifications",
                "needs a verified "
                    + required.type()
                    + " certification valid at the bid deadline"));
      } else if (held < needed) {
        unmet.add(
            new Unmet(
                "certifications",
                "needs "
                    + required.type()
                    + " level "
                    + needed
                    + " or higher, holds level "
                    + held));
      }
    }
    return unmet;
  }
}
