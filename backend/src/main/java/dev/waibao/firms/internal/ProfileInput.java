package dev.waibao.firms.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** What a vendor says about itself; the credit code and size tier are not theirs to say. */
@Serdeable
record ProfileInput(
    @Nullable String legalNameZh,
    @Nullable String legalNameEn,
    @Nullable String city,
    @Nullable UUID parkId,
    @Nullable Integer headcount,
    @Nullable Integer foundedYear,
    @Nullable String revenueBand,
    @Nullable List<CapabilityInput> capabilities,
    @Nullable List<String> languages,
    @Nullable List<String> markets,
    @Nullable List<CaseStudyInput> caseStudies,
    @Nullable String description) {

  @Serdeable
  record CapabilityInput(@Nullable String code, @Nullable Integer yearsOfExperience) {}

  @Serdeable
  record CaseStudyInput(
      @Nullable String title,
      @Nullable String clientIndustry,
      @Nullable Integer year,
      @Nullable String valueBand) {}

  List<CapabilityInput> capabilityList() {
    return capabilities == null ? List.of() : capabilities;
  }

  List<String> languageList() {
    return languages == null ? List.of() : languages;
  }

  List<String> marketList() {
    return markets == null ? List.of() : markets;
  }

  List<CaseStudyInput> caseStudyList() {
    return caseStudies == null ? List.of() : caseStudies;
  }
}
