package dev.waibao.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A policy at one revision: its owner, park (none when province-wide), validity, budget, rule. */
@Serdeable
record Policy(
    UUID id,
    UUID ownerOrganisationId,
    @Nullable UUID parkId,
    PolicyType type,
    String nameZh,
    @Nullable String nameEn,
    LocalDate validFrom,
    @Nullable LocalDate validTo,
    BigDecimal annualBudget,
    FundingSource fundingSource,
    Rules.PolicyRule rule,
    int revision) {

  boolean inForceOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  boolean provinceWide() {
    return parkId == null;
  }
}
