package dev.waibao.tenancy.internal;

import dev.waibao.tenancy.LeaseStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A lease as stored (without its units); also the state the audit trail records. */
@Serdeable
record LeaseRow(
    UUID id,
    UUID parkId,
    UUID vendorOrganisationId,
    LeaseStatus status,
    BigDecimal requestedArea,
    int requestedSeats,
    LocalDate startDate,
    int termMonths,
    LocalDate endDate,
    @Nullable BigDecimal area,
    @Nullable Integer seats,
    @Nullable BigDecimal monthlyRent,
    @Nullable String rejectionReason,
    @Nullable String terminationReason) {}
