package dev.waibao.parks.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** A space unit as the operator describes it. */
@Serdeable
record UnitInput(
    @Nullable String building,
    @Nullable String floor,
    @Nullable String unitCode,
    @Nullable BigDecimal area,
    @Nullable Integer seats,
    @Nullable String status) {}
