package dev.waibao.tenancy.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What vendors and park operators send to the tenancy endpoints. */
final class LeaseCommands {

  private LeaseCommands() {}

  /**
   * A vendor's application: either specific units of the park, or (for open space) an area and
   * seats; a start date and a term in whole months.
   */
  @Serdeable
  record Apply(
      @Nullable UUID parkId,
      @Nullable List<UUID> unitIds,
      @Nullable BigDecimal area,
      @Nullable Integer seats,
      @Nullable LocalDate startDate,
      @Nullable Integer termMonths,
      @Nullable String message) {}

  /**
   * The operator's approval: the units granted (or, with none, an area and seats of open space),
   * the monthly rent of the whole lease and optionally a later start than the one asked for.
   */
  @Serdeable
  record Approve(
      @Nullable List<UUID> unitIds,
      @Nullable BigDecimal area,
      @Nullable Integer seats,
      @Nullable BigDecimal monthlyRent,
      @Nullable LocalDate startDate) {}

  @Serdeable
  record Reject(@Nullable String reason) {}

  /** Ends a lease early: {@code endDate} is the first day the space is free again. */
  @Serdeable
  record Terminate(@Nullable LocalDate endDate, @Nullable String reason) {}
}
