package dev.waibao.parks.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a park operator says about its park; the level is not theirs to say. */
@Serdeable
record ParkInput(
    @Nullable String nameZh,
    @Nullable String nameEn,
    @Nullable String city,
    @Nullable String address,
    @Nullable BigDecimal totalArea,
    @Nullable BigDecimal leasableArea,
    @Nullable Integer seats,
    @Nullable BigDecimal baseRent,
    @Nullable List<String> focusCategories,
    @Nullable String contactName,
    @Nullable String contactPhone,
    @Nullable String contactEmail,
    @Nullable String description,
    @Nullable List<IncentiveInput> incentives) {

  @Serdeable
  record IncentiveInput(
      @Nullable String type,
      @Nullable String summaryZh,
      @Nullable String summaryEn,
      @Nullable LocalDate validFrom,
      @Nullable LocalDate validTo) {}

  List<String> focus() {
    return focusCategories == null ? List.of() : focusCategories;
  }

  List<IncentiveInput> incentiveList() {
    return incentives == null ? List.of() : incentives;
  }
}
