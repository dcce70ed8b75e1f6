package dev.waibao.subsidies;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Subsidy money for the statistics: what was approved and what was paid, per day of the province's
 * calendar (China Standard Time), policy type and funding source, and where it went.
 *
 * <p>Approved is the decided amount of every approved claim (adjusted ones with the adjusted
 * amount; paid ones included), dated by the decision; a training claim's amount is split between
 * province and city as its rule splits the payment. Paid is the ledger: every payment entry, dated
 * by its payment date. A rejected or undecided claim counts nowhere. A subsidy goes to the park of
 * the leased space for rent, otherwise the park of the policy, otherwise the claimant's registered
 * park (none for a firm outside the parks); its city is that park's, otherwise the claimant's.
 */
public interface SubsidyTotals {

  /**
   * The totals of the days {@code from} to {@code to} (inclusive), only in {@code city} if given
   * and in one of {@code parks} unless that is empty; only days, types and sources with money.
   */
  List<DayTotal> daily(LocalDate from, LocalDate to, @Nullable String city, Collection<UUID> parks);

  /**
   * Money approved and paid on one day for one policy type ({@code RENT}, {@code CERTIFICATION},
   * {@code TRAINING}), one funding source ({@code PROVINCE}, {@code CITY}, {@code PARK}) and one
   * place.
   */
  record DayTotal(
      LocalDate day,
      String policyType,
      String fundingSource,
      @Nullable String city,
      @Nullable UUID parkId,
      BigDecimal approved,
      BigDecimal paid) {}
}
