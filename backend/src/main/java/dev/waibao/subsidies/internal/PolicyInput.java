package dev.waibao.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A policy as its owner writes it: a park operator names one of its parks; the authority leaves
 * {@code parkId} empty for a province-wide policy. Only the part of {@code type} is read.
 */
@Serdeable
record PolicyInput(
    @Nullable String type,
    @Nullable UUID parkId,
    @Nullable String nameZh,
    @Nullable String nameEn,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo,
    @Nullable BigDecimal annualBudget,
    @Nullable String fundingSource,
    @Nullable Rules.RentRule rent,
    @Nullable Rules.CertificationRule certification,
    @Nullable Rules.TrainingRule training) {}
