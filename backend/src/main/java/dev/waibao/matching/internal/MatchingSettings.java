package dev.waibao.matching.internal;

import dev.waibao.matching.model.Scoring;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How matching ranks and alerts; every value has a default (see the README's Matching section).
 *
 * @param nearMissMaxUnmet vendors (or tenders) missing at most this many hard requirements are
 *     listed after the eligible ones, with what they miss
 * @param fullExperienceYears years of experience in a required capability that earn full credit
 * @param caseStudiesForFull case studies in the tender's industry that earn the full part
 * @param budgetPerEmployee CNY of budget per member of staff of a well-sized vendor
 * @param textWindow how many of the best-ranked candidates the search engine compares by text
 * @param keywords how many keywords of the other side's text are compared
 * @param alertsPerDay saved-search alerts a vendor organisation receives per day at most
 * @param alertLookback how long after publication a tender can still raise saved-search alerts
 */
@ConfigurationProperties("waibao.matching")
record MatchingSettings(
    @Bindable(defaultValue = "1") @Min(0) @Max(10) int nearMissMaxUnmet,
    @Bindable(defaultValue = "5") @Min(1) int fullExperienceYears,
    @Bindable(defaultValue = "3") @Min(1) int caseStudiesForFull,
    @Bindable(defaultValue = "20000") @Min(1) long budgetPerEmployee,
    @Bindable(defaultValue = "100") @Min(0) @Max(1000) int textWindow,
    @Bindable(defaultValue = "10") @Min(1) @Max(32) int keywords,
    @Bindable(defaultValue = "10") @Min(0) int alertsPerDay,
    @Bindable(defaultValue = "3d") Duration alertLookback) {

  Scoring.Tuning tuning() {
    return new Scoring.Tuning(fullExperienceYears, caseStudiesForFull, budgetPerEmployee);
  }
}
