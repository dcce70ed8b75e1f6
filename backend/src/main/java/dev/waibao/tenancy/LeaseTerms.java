package dev.waibao.tenancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A lease as subsidy rules see it.
 *
 * <p>From APPROVED on, {@code area}, {@code seats} and {@code monthlyRent} are the values the park
 * operator approved; while APPLIED or REJECTED they are the area and seats the vendor asked for,
 * and {@code monthlyRent} is null (rent is set only by the approval).
 *
 * @param area square metres
 * @param monthlyRent CNY per month for the whole lease; null until approved
 * @param start the first day of the lease (inclusive)
 * @param end the first day after the lease (<b>exclusive</b>): {@code start} plus the term in
 *     months, or the termination date for a TERMINATED lease. A lease from 2026-01-01 for 12 months
 *     has {@code end} 2027-01-01; it covers the months January to December 2026.
 */
@Serdeable
public record LeaseTerms(
    UUID id,
    UUID vendorOrganisationId,
    UUID parkId,
    LeaseStatus status,
    BigDecimal area,
    int seats,
    @Nullable BigDecimal monthlyRent,
    LocalDate start,
    LocalDate end) {}
