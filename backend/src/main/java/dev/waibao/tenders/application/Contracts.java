package dev.waibao.tenders.application;

import dev.waibao.audit.AuditTrail;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.tenders.infrastructure.ContractStore;
import dev.waibao.tenders.infrastructure.ContractStore.StoredContract;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Contracts after an award: completion or termination by the client, then its rating. */
@Singleton
public class Contracts {

  private final ContractStore contracts;
  private final AuditTrail audit;
  private final Clock clock;

  Contracts(ContractStore contracts, AuditTrail audit, Clock clock) {
    this.contracts = contracts;
    this.audit = audit;
    this.clock = clock;
  }

  @Serdeable
  public record EndCommand(@Nullable String reason) {}

  @Serdeable
  public record RatingCommand(
      @Nullable Integer quality,
      @Nullable Integer schedule,
      @Nullable Integer communication,
      @Nullable String comment) {}

  /** A contract its client or its vendor may read. */
  @Transactional(readOnly = true)
  public StoredContract visible(Actor actor, UUID id) {
    return contracts
        .find(id)
        .filter(
            c ->
                actor.belongsTo(c.clientOrganisationId())
                    || actor.belongsTo(c.vendorOrganisationId())
                    || actor.isAuthority())
        .orElseThrow(() -> ProblemException.notFound("The contract"));
  }

  /** A vendor's average ratings over its completed, rated contracts. */
  @Transactional(readOnly = true)
  public ContractStore.RatingSummary rating(UUID vendor) {
    return contracts.ratingOf(vendor);
  }

  @Transactional
  public StoredContract complete(Actor actor, UUID id) {
    return end(actor, id, "COMPLETED", null);
  }

  @Transactional
  public StoredContract terminate(Actor actor, UUID id, EndCommand command) {
    if (command.reason() == null || command.reason().isBlank()) {
      throw ProblemException.invalid("reason", "is required");
    }
    return end(actor, id, "TERMINATED", command.reason().strip());
  }

  @Transactional
  public ContractStore.RatingSummary rate(Actor actor, UUID id, RatingCommand command) {
    StoredContract contract = clientsContract(actor, contracts.lock(id));
    if (!"COMPLETED".equals(contract.status())) {
      throw ProblemException.conflict(
          "wrong-contract-state",
          "Not completed",
          "Only a completed contract can be rated; this one is " + contract.status() + ".");
    }
    new Violations()
        .require(between(command.quality()), "quality", "must be between 1 and 5")
        .require(between(command.schedule()), "schedule", "must be between 1 and 5")
        .require(between(command.communication()), "communication", "must be between 1 and 5")
        .optionalText("comment", command.comment(), 2000)
        .throwIfAny();
    if (contracts.rated(id)) {
      throw ProblemException.conflict(
          "already-rated", "Already rated", "This contract has already been rated.");
    }
    contracts.rate(
        id,
        command.quality(),
        command.schedule(),
        command.communication(),
        command.comment(),
        actor.userId(),
        clock.instant());
    audit.record(actor, "contract.rated", "contract", id, null, command);
    return contracts.ratingOf(contract.vendorOrganisationId());
  }

  private StoredContract end(Actor actor, UUID id, String status, String reason) {
    StoredContract contract = clientsContract(actor, contracts.lock(id));
    if (!"ACTIVE".equals(contract.status())) {
      throw ProblemException.conflict(
          "wrong-contract-state",
          "Contract already ended",
          "The contract is " + contract.status() + ".");
    }
    contracts.end(id, status, reason, clock.instant());
    audit.record(
        actor,
        "contract." + status.toLowerCase(java.util.Locale.ROOT),
        "contract",
        id,
        Map.of("status", "ACTIVE"),
        Map.of("status", status));
    return contracts.find(id).orElseThrow();
  }

  private static StoredContract clientsContract(
      Actor actor, java.util.Optional<StoredContract> found) {
    StoredContract contract = found.orElseThrow(() -> ProblemException.notFound("The contract"));
    if (actor.belongsTo(contract.vendorOrganisationId())) {
      throw ProblemException.forbidden(
          "Only the client completes, terminates and rates a contract.");
    }
    if (!actor.belongsTo(contract.clientOrganisationId())) {
      throw ProblemException.notFound("The contract");
    }
    return contract;
  }

  private static boolean between(Integer value) {
    return value != null && value >= 1 && value <= 5;
  }
}
