package dev.waibao.parks.internal;

import dev.waibao.parks.model.IncentiveType;
import dev.waibao.parks.model.ParkLevel;
import dev.waibao.parks.model.UnitStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the API shows of parks. */
final class ParkViews {

  private ParkViews() {}

  /**
   * A park's capacity from its units: the area divided into units, what is available now, and the
   * leasable area not yet divided into units.
   */
  @Serdeable
  record Capacity(
      BigDecimal unitArea,
      BigDecimal availableArea,
      int availableSeats,
      int unitCount,
      int availableUnits,
      BigDecimal undividedArea) {}

  @Serdeable
  record ParkSummary(
      UUID id,
      String nameZh,
      @Nullable String nameEn,
      String city,
      ParkLevel level,
      BigDecimal totalArea,
      BigDecimal leasableArea,
      int seats,
      BigDecimal baseRent,
      Capacity capacity,
      List<String> focusCategories,
      int incentiveCount,
      boolean demo) {}

  @Serdeable
  record IncentiveView(
      IncentiveType type,
      String summaryZh,
      @Nullable String summaryEn,
      LocalDate validFrom,
      @Nullable LocalDate validTo) {}

  @Serdeable
  record UnitView(
      UUID id,
      String building,
      String floor,
      String unitCode,
      BigDecimal area,
      int seats,
      UnitStatus status,
      long version) {}

  @Serdeable
  record ParkDetail(
      UUID id,
      UUID operatorOrganisationId,
      String nameZh,
      @Nullable String nameEn,
      String city,
      String address,
      ParkLevel level,
      @Nullable LocalDate levelDecidedOn,
      @Nullable String levelDecisionNumber,
      BigDecimal totalArea,
      BigDecimal leasableArea,
      int seats,
      BigDecimal baseRent,
      Capacity capacity,
      List<String> focusCategories,
      @Nullable String contactName,
      @Nullable String contactPhone,
      @Nullable String contactEmail,
      @Nullable String description,
      List<IncentiveView> incentives,
      List<UnitView> units,
      boolean demo,
      Instant updatedAt) {}
}
