package dev.waibao.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A claim against a policy with its basis: for RENT a lease and its months (1 = the first month
 * from the lease's start), for CERTIFICATION a certification, for TRAINING a cohort of trainees
 * with their employment contracts.
 */
@Serdeable
record ClaimInput(
    @Nullable UUID policyId,
    @Nullable UUID leaseId,
    @Nullable List<Integer> months,
    @Nullable UUID certificationId,
    @Nullable Cohort cohort) {

  @Serdeable
  record Cohort(@Nullable String name, @Nullable List<Trainee> trainees) {}

  /** A trainee who finished training and signed a contract with an outsourcing firm. */
  @Serdeable
  record Trainee(
      @Nullable String name,
      @Nullable String identityNumber,
      @Nullable LocalDate trainingCompletedOn,
      @Nullable String employerCreditCode,
      @Nullable LocalDate contractStart,
      @Nullable LocalDate contractEnd) {}
}
