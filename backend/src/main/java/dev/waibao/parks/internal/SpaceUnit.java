package dev.waibao.parks.internal;

import dev.waibao.parks.model.UnitStatus;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A leasable space unit of a park, as stored. */
@io.micronaut.serde.annotation.Serdeable
@MappedEntity("space_unit")
record SpaceUnit(
    @Id UUID id,
    UUID parkId,
    String building,
    String floor,
    String unitCode,
    BigDecimal area,
    int seats,
    UnitStatus status,
    Instant createdAt,
    Instant updatedAt,
    @Version Long version) {}
