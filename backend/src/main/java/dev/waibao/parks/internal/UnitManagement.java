package dev.waibao.parks.internal;

import dev.waibao.audit.AuditTrail;
import dev.waibao.parks.model.Areas;
import dev.waibao.parks.model.UnitStatus;
import dev.waibao.search.SearchOutbox;
import dev.waibao.searchindex.ParkDocument;
import dev.waibao.shared.database.Constraints;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.postgresql.util.PSQLException;

/**
 * A park operator adds, changes and removes its parks' space units. Each write locks the park row
 * first, so the check that the units fit into the leasable area sees every committed unit; the
 * database re-checks the same under the same lock.
 */
@Singleton
class UnitManagement {

  private static final String CHECK_VIOLATION = "23514";
  private static final String FOREIGN_KEY_VIOLATION = "23503";
  private static final String AREA_TRIGGER = "space_unit_area_within_park";

  private final ParkManagement parks;
  private final SpaceUnits units;
  private final AuditTrail audit;
  private final SearchOutbox search;
  private final Clock clock;

  UnitManagement(
      ParkManagement parks, SpaceUnits units, AuditTrail audit, SearchOutbox search, Clock clock) {
    this.parks = parks;
    this.units = units;
    this.audit = audit;
    this.search = search;
    this.clock = clock;
  }

  @Transactional
  SpaceUnit add(Actor actor, UUID parkId, UnitInput input) {
    ParkManagement.requireOperator(actor);
    UnitStatus status = validate(input);
    Park park = parks.ownPark(actor, parkId, true);
    requireRoom(park, units.sumAreaOfPark(parkId), input.area());
    Instant now = clock.instant();
    SpaceUnit unit =
        write(
            () ->
                units.save(
                    new SpaceUnit(
                        UUID.randomUUID(),
                        parkId,
                        input.building().strip(),
                        input.floor().strip(),
                        input.unitCode().strip(),
                        input.area(),
                        input.seats(),
                        status,
                        now,
                        now,
                        null)),
            park);
    audit.record(actor, "space-unit.created", "space-unit", unit.id(), null, unit);
    search.changedAndCounted(ParkDocument.INDEX, parkId);
    return unit;
  }

  @Transactional
  SpaceUnit update(Actor actor, UUID parkId, UUID unitId, UnitInput input) {
    ParkManagement.requireOperator(actor);
    UnitStatus status = validate(input);
    Park park = parks.ownPark(actor, parkId, true);
    SpaceUnit unit =
        units
            .findByIdAndParkId(unitId, parkId)
            .orElseThrow(() -> ProblemException.notFound("The space unit"));
    requireRoom(park, units.sumAreaOfPark(parkId).subtract(unit.area()), input.area());
    SpaceUnit changed =
        write(
            () ->
                units.update(
                    new SpaceUnit(
                        unit.id(),
                        parkId,
                        input.building().strip(),
                        input.floor().strip(),
                        input.unitCode().strip(),
                        input.area(),
                        input.seats(),
                        status,
                        unit.createdAt(),
                        clock.instant(),
                        unit.version())),
            park);
    audit.record(actor, "space-unit.updated", "space-unit", unitId, unit, changed);
    search.changedAndCounted(ParkDocument.INDEX, parkId);
    return changed;
  }

  @Transactional
  void delete(Actor actor, UUID parkId, UUID unitId) {
    ParkManagement.requireOperator(actor);
    parks.ownPark(actor, parkId, true);
    SpaceUnit unit =
        units
            .findByIdAndParkId(unitId, parkId)
            .orElseThrow(() -> ProblemException.notFound("The space unit"));
    try {
      units.delete(unit);
    } catch (RuntimeException e) {
      if (violated(e, FOREIGN_KEY_VIOLATION)) {
        // a lease (tenancy) holds or held the unit: its history must stay readable
        throw ProblemException.conflict(
            "space-unit-leased",
            "Space unit is leased",
            "This unit is part of a lease and cannot be removed; mark it UNAVAILABLE instead.");
      }
      throw e;
    }
    audit.record(actor, "space-unit.deleted", "space-unit", unitId, unit, null);
    search.changedAndCounted(ParkDocument.INDEX, parkId);
  }

  private static UnitStatus validate(UnitInput input) {
    UnitStatus status = Enums.parse(UnitStatus.class, input.status());
    new Violations()
        .text("building", input.building(), 60)
        .text("floor", input.floor(), 20)
        .text("unitCode", input.unitCode(), 40)
        .check("area", Areas.problemWith(input.area()))
        .require(input.seats() != null && input.seats() >= 0, "seats", "must be 0 or more")
        .require(status != null, "status", "must be one of " + Enums.names(UnitStatus.class))
        .throwIfAny();
    return status;
  }

  private static void requireRoom(Park park, BigDecimal used, BigDecimal area) {
    if (!Areas.fits(used, area, park.leasableArea())) {
      throw exceedsPark(park);
    }
  }

  private static ProblemException exceedsPark(Park park) {
    return ProblemException.invalid(
        "area",
        "together with the park's other units exceeds its leasable area of "
            + park.leasableArea().toPlainString()
            + " m²");
  }

  /** Runs a write, turning the database's refusals into the problems they mean. */
  private static SpaceUnit write(java.util.function.Supplier<SpaceUnit> write, Park park) {
    try {
      return write.get();
    } catch (RuntimeException e) {
      if (Constraints.violatedUnique(e, "space_unit_code_unique")) {
        throw ProblemException.conflict(
            "space-unit-exists",
            "Space unit already exists",
            "This park already has a unit with this code in this building.",
            new ProblemException.FieldError("unitCode", "is already used in this building"));
      }
      if (violatedAreaTrigger(e)) {
        throw exceedsPark(park);
      }
      throw e;
    }
  }

  private static boolean violated(Throwable failure, String sqlState) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static boolean violatedAreaTrigger(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof PSQLException psql
          && CHECK_VIOLATION.equals(psql.getSQLState())
          && psql.getServerErrorMessage() != null
          && AREA_TRIGGER.equals(psql.getServerErrorMessage().getConstraint())) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getNextException() != null) {
        return violatedAreaTrigger(sql.getNextException());
      }
    }
    return false;
  }
}
