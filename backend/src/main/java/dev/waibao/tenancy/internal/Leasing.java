package dev.waibao.tenancy.internal;

import dev.waibao.audit.AuditTrail;
import dev.waibao.parks.model.Areas;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.shared.security.OrganisationKind;
import dev.waibao.tenancy.LeaseStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tenancy use cases: a vendor applies for space; the park's operator approves (choosing units
 * and rent), rejects with a reason, or terminates a lease with a date. Every input is checked
 * before anything is written and every change is audited; the database re-checks that no unit is in
 * two overlapping leases and that the park's leases fit its leasable area on every day, so a
 * concurrent approval that loses the race is refused, not saved.
 */
@Singleton
class Leasing {

  static final int MAX_TERM_MONTHS = 240;
  private static final BigDecimal MAX_RENT = new BigDecimal("9999999999.99");
  private static final String EXCLUSION_VIOLATION = "23P01";
  private static final String CHECK_VIOLATION = "23514";

  private final LeaseStore leases;
  private final AuditTrail audit;
  private final Clock clock;

  Leasing(LeaseStore leases, AuditTrail audit, Clock clock) {
    this.leases = leases;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  UUID apply(Actor actor, LeaseCommands.Apply command) {
    if (actor.kind() != OrganisationKind.VENDOR) {
      throw ProblemException.forbidden("Only vendor organisations apply for space in a park.");
    }
    LocalDate today = TenancyCalendar.today(clock);
    Violations v = new Violations();
    v.require(command.parkId() != null, "parkId", "is required");
    LeaseStore.ParkRow park =
        command.parkId() == null ? null : leases.park(command.parkId()).orElse(null);
    v.require(command.parkId() == null || park != null, "parkId", "is not a known park");
    validateStart(v, command.startDate(), today);
    validateTerm(v, command.termMonths());
    v.optionalText("message", command.message(), 2000);
    Space space =
        space(
            v, park == null ? null : park.id(), command.unitIds(), command.area(), command.seats());
    v.throwIfAny();

    LocalDate end = command.startDate().plusMonths(command.termMonths());
    requireUnitsFree(space.unitIds(), command.startDate(), end);
    LeaseRow lease =
        new LeaseRow(
            UUID.randomUUID(),
            park.id(),
            actor.organisationId(),
            LeaseStatus.APPLIED,
            space.area(),
            space.seats(),
            command.startDate(),
            command.termMonths(),
            end,
            null,
            null,
            null,
            null,
            null);
    Instant now = clock.instant();
    String message = command.message() == null ? null : command.message().strip();
    leases.insertApplication(lease, message, actor.userId(), now);
    leases.insertRequestedUnits(lease.id(), park.id(), space.unitIds());
    audit.record(
        actor,
        "lease.applied",
        "lease",
        lease.id(),
        null,
        Map.of("lease", lease, "unitIds", space.unitIds()));
    return lease.id();
  }

  @Transactional
  void approve(Actor actor, UUID leaseId, LeaseCommands.Approve command) {
    LeaseStore.ParkRow park = lockOwnPark(actor, leaseId);
    LeaseRow lease = leases.lock(leaseId).orElseThrow(Leasing::leaseNotFound);
    requireStatus(lease, LeaseStatus.APPLIED, "decided");
    LocalDate today = TenancyCalendar.today(clock);
    LocalDate start = command.startDate() == null ? lease.startDate() : command.startDate();
    Violations v = new Violations();
    if (command.startDate() != null) {
      validateStart(v, start, today);
    } else if (start.isBefore(today)) {
      v.add("startDate", "the requested start " + start + " has passed; give a later start date");
    }
    validateRent(v, command.monthlyRent());
    Space space = space(v, park.id(), command.unitIds(), command.area(), command.seats());
    v.throwIfAny();

    LocalDate end = start.plusMonths(lease.termMonths());
    requireUnitsFree(space.unitIds(), start, end);
    LeaseRow approved =
        new LeaseRow(
            lease.id(),
            lease.parkId(),
            lease.vendorOrganisationId(),
            start.isAfter(today) ? LeaseStatus.APPROVED : LeaseStatus.ACTIVE,
            lease.requestedArea(),
            lease.requestedSeats(),
            start,
            lease.termMonths(),
            end,
            space.area(),
            space.seats(),
            command.monthlyRent(),
            null,
            null);
    try {
      leases.approve(approved, actor.userId(), clock.instant());
      leases.insertLeaseUnits(approved, space.unitIds());
    } catch (RuntimeException e) {
      if (violated(e, CHECK_VIOLATION, "lease_area_within_park")) {
        throw parkFull(park);
      }
      if (violated(e, EXCLUSION_VIOLATION, "lease_unit_no_overlap")) {
        throw unitsLeased(
            List.of(
                new ProblemException.FieldError(
                    "unitIds",
                    "a unit was leased to another tenant for part of this period meanwhile")));
      }
      throw e;
    }
    audit.record(
        actor,
        "lease.approved",
        "lease",
        leaseId,
        lease,
        Map.of("lease", approved, "unitIds", space.unitIds()));
  }

  @Transactional
  void reject(Actor actor, UUID leaseId, LeaseCommands.Reject command) {
    lockOwnPark(actor, leaseId);
    LeaseRow lease = leases.lock(leaseId).orElseThrow(Leasing::leaseNotFound);
    requireStatus(lease, LeaseStatus.APPLIED, "decided");
    new Violations().text("reason", command.reason(), 1000).throwIfAny();
    String reason = command.reason().strip();
    leases.reject(leaseId, reason, actor.userId(), clock.instant());
    audit.record(
        actor, "lease.rejected", "lease", leaseId, lease, leases.find(leaseId).orElseThrow());
  }

  @Transactional
  void terminate(Actor actor, UUID leaseId, LeaseCommands.Terminate command) {
    lockOwnPark(actor, leaseId);
    LeaseRow lease = leases.lock(leaseId).orElseThrow(Leasing::leaseNotFound);
    if (lease.status() != LeaseStatus.APPROVED && lease.status() != LeaseStatus.ACTIVE) {
      throw ProblemException.conflict(
          "lease-not-running",
          "Lease is not running",
          "Only an approved or active lease can be terminated; this one is "
              + lease.status()
              + ".");
    }
    LocalDate today = TenancyCalendar.today(clock);
    Violations v = new Violations();
    if (command.endDate() == null) {
      v.add("endDate", "is required");
    } else {
      v.require(!command.endDate().isBefore(today), "endDate", "must not be in the past");
      v.require(
          command.endDate().isBefore(lease.endDate()),
          "endDate",
          "must be before the lease's end " + lease.endDate());
    }
    v.text("reason", command.reason(), 1000);
    v.throwIfAny();
    // terminated before it began, it never occupied anything
    LocalDate end =
        command.endDate().isBefore(lease.startDate()) ? lease.startDate() : command.endDate();
    leases.terminate(lease, end, command.reason().strip(), actor.userId(), clock.instant());
    audit.record(
        actor, "lease.terminated", "lease", leaseId, lease, leases.find(leaseId).orElseThrow());
  }

  /** The space asked for or granted: units of the park, or an area and seats of open space. */
  private record Space(List<UUID> unitIds, BigDecimal area, int seats) {}

  private Space space(
      Violations v, UUID parkId, List<UUID> unitIds, BigDecimal area, Integer seats) {
    if (unitIds == null || unitIds.isEmpty()) {
      v.check("area", Areas.problemWith(area));
      v.require(seats != null && seats >= 0, "seats", "must be 0 or more");
      return new Space(List.of(), area, seats == null ? 0 : seats);
    }
    v.require(area == null, "area", "give either units or an area, not both");
    v.require(seats == null || seats >= 0, "seats", "must be 0 or more");
    v.require(unitIds.size() <= 200, "unitIds", "must list at most 200 units");
    Map<UUID, LeaseStore.UnitRow> units =
        leases.units(unitIds.stream().filter(java.util.Objects::nonNull).toList()).stream()
            .collect(Collectors.toMap(LeaseStore.UnitRow::id, Function.identity()));
    Set<UUID> seen = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    int totalSeats = 0;
    for (int i = 0; i < unitIds.size(); i++) {
      String field = "unitIds[" + i + "]";
      UUID id = unitIds.get(i);
      LeaseStore.UnitRow unit = id == null ? null : units.get(id);
      if (unit == null || (parkId != null && !unit.parkId().equals(parkId))) {
        v.add(field, "is not a space unit of this park");
      } else if (!seen.add(id)) {
        v.add(field, "is listed twice");
      } else if (!unit.leasable()) {
        v.add(field, "is not available for lease (" + unit.status() + ")");
      } else {
        total = total.add(unit.area());
        totalSeats += unit.seats();
      }
    }
    return new Space(List.copyOf(unitIds), total, seats == null ? totalSeats : seats);
  }

  private void requireUnitsFree(List<UUID> unitIds, LocalDate start, LocalDate end) {
    Set<UUID> taken = leases.leasedDuring(unitIds, start, end);
    if (!taken.isEmpty()) {
      List<ProblemException.FieldError> errors = new java.util.ArrayList<>();
      for (int i = 0; i < unitIds.size(); i++) {
        if (taken.contains(unitIds.get(i))) {
          errors.add(
              new ProblemException.FieldError(
                  "unitIds[" + i + "]",
                  "is leased to another tenant for part of " + start + " – " + end));
        }
      }
      throw unitsLeased(errors);
    }
  }

  private static void validateStart(Violations v, LocalDate start, LocalDate today) {
    if (start == null) {
      v.add("startDate", "is required");
    } else {
      v.require(!start.isBefore(today), "startDate", "must not be in the past");
    }
  }

  private static void validateTerm(Violations v, Integer termMonths) {
    if (termMonths == null) {
      v.add("termMonths", "is required");
    } else {
      v.require(termMonths > 0, "termMonths", "must be at least 1 month");
      v.require(
          termMonths <= MAX_TERM_MONTHS,
          "termMonths",
          "must be at most " + MAX_TERM_MONTHS + " months");
    }
  }

  private static void validateRent(Violations v, BigDecimal rent) {
    if (rent == null) {
      v.add("monthlyRent", "is required");
    } else if (rent.signum() <= 0) {
      v.add("monthlyRent", "must be greater than 0");
    } else if (rent.stripTrailingZeros().scale() > 2) {
      v.add("monthlyRent", "must have at most two decimals");
    } else if (rent.compareTo(MAX_RENT) > 0) {
      v.add("monthlyRent", "is too large");
    }
  }

  /**
   * Locks the park of the lease (before the lease: approvals of one park queue on the park row) and
   * checks that the actor runs it.
   */
  private LeaseStore.ParkRow lockOwnPark(Actor actor, UUID leaseId) {
    if (actor.kind() != OrganisationKind.PARK_OPERATOR) {
      throw ProblemException.forbidden("Only the park's operator decides on its leases.");
    }
    LeaseRow lease = leases.find(leaseId).orElseThrow(Leasing::leaseNotFound);
    LeaseStore.ParkRow park = leases.lockPark(lease.parkId()).orElseThrow();
    if (!actor.belongsTo(park.operatorOrganisationId())) {
      throw ProblemException.forbidden(
          "This lease is in a park of another operator; only that park's operator decides on it.");
    }
    return park;
  }

  private static void requireStatus(LeaseRow lease, LeaseStatus expected, String what) {
    if (lease.status() != expected) {
      throw ProblemException.conflict(
          "lease-already-" + what,
          "Application already " + what,
          "This application is already " + lease.status() + ".");
    }
  }

  private static ProblemException leaseNotFound() {
    return ProblemException.notFound("The lease");
  }

  private static ProblemException parkFull(LeaseStore.ParkRow park) {
    return ProblemException.conflict(
        "park-area-exceeded",
        "Not enough leasable area",
        "With this lease the park's leases would cover more than its leasable area of "
            + park.leasableArea().toPlainString()
            + " m² on some day of the period.",
        new ProblemException.FieldError(
            "area",
            "exceeds the area still free in the park (leasable "
                + park.leasableArea().toPlainString()
                + " m²)"));
  }

  private static ProblemException unitsLeased(List<ProblemException.FieldError> errors) {
    return ProblemException.conflict(
        "unit-already-leased",
        "Unit already leased",
        "A unit is leased to another tenant for part of this period.",
        errors.toArray(ProblemException.FieldError[]::new));
  }

  /** Whether the database refused a write with this SQL state and constraint. */
  private static boolean violated(Throwable failure, String state, String constraint) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.postgresql.util.PSQLException psql
          && state.equals(psql.getSQLState())
          && psql.getServerErrorMessage() != null
          && constraint.equals(psql.getServerErrorMessage().getConstraint())) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getNextException() != null) {
        return violated(sql.getNextException(), state, constraint);
      }
    }
    return false;
  }
}
