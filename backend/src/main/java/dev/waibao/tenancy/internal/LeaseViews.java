package dev.waibao.tenancy.internal;

import dev.waibao.tenancy.LeaseStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the tenancy endpoints answer. */
final class LeaseViews {

  private LeaseViews() {}

  /** A space unit named in an application or held by a lease. */
  @Serdeable
  record UnitRef(
      UUID id, String building, String floor, String unitCode, BigDecimal area, int seats) {}

  /**
   * An application or lease, for its vendor and the park's operator. {@code endDate} is exclusive
   * (the first day the space is free again).
   */
  @Serdeable
  record LeaseView(
      UUID id,
      UUID parkId,
      String parkNameZh,
      @Nullable String parkNameEn,
      UUID vendorOrganisationId,
      String vendorNameZh,
      @Nullable String vendorNameEn,
      LeaseStatus status,
      BigDecimal requestedArea,
      int requestedSeats,
      List<UnitRef> requestedUnits,
      LocalDate startDate,
      int termMonths,
      LocalDate endDate,
      @Nullable String message,
      @Nullable BigDecimal area,
      @Nullable Integer seats,
      @Nullable BigDecimal monthlyRent,
      List<UnitRef> units,
      @Nullable String rejectionReason,
      @Nullable String terminationReason,
      Instant appliedAt,
      @Nullable Instant decidedAt,
      @Nullable Instant terminatedAt,
      long version) {}

  /** Area and seats leased on one day. */
  @Serdeable
  record Point(LocalDate date, BigDecimal area, int seats) {}

  /** A current tenant of a park, as anyone may see it. */
  @Serdeable
  record Tenant(UUID organisationId, String nameZh, @Nullable String nameEn) {}

  /**
   * A park's occupancy: today, and on the first day of each month from 12 months back to 12 ahead
   * (approved leases count from their start), with its current tenants.
   */
  @Serdeable
  record Occupancy(
      UUID parkId,
      BigDecimal leasableArea,
      int seats,
      Point current,
      List<Point> months,
      List<Tenant> tenants) {}
}
