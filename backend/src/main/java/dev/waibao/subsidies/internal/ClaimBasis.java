package dev.waibao.subsidies.internal;

import dev.waibao.firms.model.CertificationType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a claim is for, as the reviewer and the claimant read it. */
@Serdeable
record ClaimBasis(
    @Nullable UUID leaseId,
    @Nullable UUID parkId,
    @Nullable List<LeaseMonth> months,
    @Nullable UUID certificationId,
    @Nullable CertificationType certificationType,
    @Nullable Integer certificationLevel,
    @Nullable String certificateNumber,
    @Nullable String cohortName,
    @Nullable List<ClaimInput.Trainee> trainees) {

  /** Month {@code number} of a lease (1 = the first), from {@code from} to {@code to} inclusive. */
  @Serdeable
  record LeaseMonth(int number, LocalDate from, LocalDate to, BigDecimal amount) {}
}
