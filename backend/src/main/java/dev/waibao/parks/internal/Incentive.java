package dev.waibao.parks.internal;

import dev.waibao.parks.model.IncentiveType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

/** One incentive policy entry of a park, in the park's order. */
@io.micronaut.serde.annotation.Serdeable
@MappedEntity("park_incentive")
record Incentive(
    @Id UUID id,
    UUID parkId,
    short position,
    IncentiveType type,
    String summaryZh,
    @Nullable String summaryEn,
    LocalDate validFrom,
    @Nullable LocalDate validTo) {}
