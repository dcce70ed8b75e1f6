package dev.waibao.tenancy.internal;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.waibao.tenancy.LeaseStatus;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** Lease writes and the locks they take, in plain SQL through jOOQ. */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
class LeaseStore {

  private static final String LEASE_COLUMNS =
      "id, park_id, vendor_organisation_id, status, requested_area, requested_seats, start_date,"
          + " term_months, end_date, area, seats, monthly_rent, rejection_reason,"
          + " termination_reason";
  private static final Field<UUID> UNIT_ID = field(name("id"), UUID.class);
  private static final Field<UUID> LEASE_UNIT_ID = field(name("unit_id"), UUID.class);

  private final DSLContext sql;

  LeaseStore(DSLContext sql) {
    this.sql = sql;
  }

  /** A park as tenancy needs it. */
  record ParkRow(UUID id, UUID operatorOrganisationId, BigDecimal leasableArea) {}

  /** A space unit as tenancy needs it. */
  record UnitRow(UUID id, UUID parkId, BigDecimal area, int seats, String status) {
    boolean leasable() {
      return "AVAILABLE".equals(status) || "RESERVED".equals(status);
    }
  }

  Optional<ParkRow> park(UUID parkId) {
    return sql.fetchOptional(
            "SELECT id, operator_organisation_id, leasable_area FROM park WHERE id = ?", parkId)
        .map(LeaseStore::park);
  }

  /**
   * Locks the park row, so approvals in one park happen one at a time (NO KEY UPDATE, the same lock
   * the database's area check takes; it does not wait for inserts that merely reference it).
   */
  Optional<ParkRow> lockPark(UUID parkId) {
    return sql.fetchOptional(
            "SELECT id, operator_organisation_id, leasable_area FROM park WHERE id = ?"
                + " FOR NO KEY UPDATE",
            parkId)
        .map(LeaseStore::park);
  }

  List<UnitRow> units(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return sql.select(
            UNIT_ID,
            field(name("park_id"), UUID.class),
            field(name("area"), BigDecimal.class),
            field(name("seats"), Integer.class),
            field(name("status"), String.class))
        .from(table(name("space_unit")))
        .where(UNIT_ID.in(ids))
        .fetch(r -> new UnitRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
  }

  /** Which of {@code unitIds} an approved lease holds on some day of [start, end). */
  Set<UUID> leasedDuring(Collection<UUID> unitIds, LocalDate start, LocalDate end) {
    if (unitIds.isEmpty()) {
      return Set.of();
    }
    return sql
        .selectDistinct(LEASE_UNIT_ID)
        .from(table(name("lease_unit")))
        .where(LEASE_UNIT_ID.in(unitIds))
        .and("period && daterange(CAST(? AS date), CAST(? AS date))", start, end)
        .fetchSet(LEASE_UNIT_ID)
        .stream()
        .collect(Collectors.toUnmodifiableSet());
  }

  Optional<LeaseRow> find(UUID id) {
    return sql.fetchOptional("SELECT " + LEASE_COLUMNS + " FROM lease WHERE id = ?", id)
        .map(LeaseStore::lease);
  }

  Optional<LeaseRow> lock(UUID id) {
    return sql.fetchOptional("SELECT " + LEASE_COLUMNS + " FROM lease WHERE id = ? FOR UPDATE", id)
        .map(LeaseStore::lease);
  }

  void insertApplication(LeaseRow lease, String message, UUID appliedBy, Instant now) {
    sql.execute(
        """
        INSERT INTO lease (id, park_id, vendor_organisation_id, status, requested_area,
                           requested_seats, message, start_date, term_months, end_date,
                           applied_by, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS date), ?, CAST(? AS date), ?,
                CAST(? AS timestamptz), CAST(? AS timestamptz))
        """,
        lease.id(),
        lease.parkId(),
        lease.vendorOrganisationId(),
        lease.status().name(),
        lease.requestedArea(),
        lease.requestedSeats(),
        message,
        lease.startDate(),
        lease.termMonths(),
        lease.endDate(),
        appliedBy,
        utc(now),
        utc(now));
  }

  void insertRequestedUnits(UUID leaseId, UUID parkId, List<UUID> unitIds) {
    for (UUID unit : unitIds) {
      sql.execute(
          "INSERT INTO lease_requested_unit (lease_id, park_id, unit_id) VALUES (?, ?, ?)",
          leaseId,
          parkId,
          unit);
    }
  }

  /** Writes the approval; the database checks the park's area on every day of the period. */
  void approve(LeaseRow lease, UUID decidedBy, Instant now) {
    sql.execute(
        """
        UPDATE lease SET status = ?, area = ?, seats = ?, monthly_rent = ?,
                         start_date = CAST(? AS date), end_date = CAST(? AS date), decided_by = ?,
                         decided_at = CAST(? AS timestamptz), updated_at = CAST(? AS timestamptz),
                         version = version + 1
         WHERE id = ?
        """,
        lease.status().name(),
        lease.area(),
        lease.seats(),
        lease.monthlyRent(),
        lease.startDate(),
        lease.endDate(),
        decidedBy,
        utc(now),
        utc(now),
        lease.id());
  }

  /** Puts the units into the lease; the database refuses a unit another lease holds meanwhile. */
  void insertLeaseUnits(LeaseRow lease, List<UUID> unitIds) {
    for (UUID unit : unitIds) {
      sql.execute(
          """
          INSERT INTO lease_unit (lease_id, park_id, unit_id, period)
          VALUES (?, ?, ?, daterange(CAST(? AS date), CAST(? AS date)))
          """,
          lease.id(),
          lease.parkId(),
          unit,
          lease.startDate(),
          lease.endDate());
    }
  }

  void reject(UUID id, String reason, UUID decidedBy, Instant now) {
    sql.execute(
        """
        UPDATE lease SET status = 'REJECTED', rejection_reason = ?, decided_by = ?,
                         decided_at = CAST(? AS timestamptz), updated_at = CAST(? AS timestamptz),
                         version = version + 1
         WHERE id = ?
        """,
        reason,
        decidedBy,
        utc(now),
        utc(now),
        id);
  }

  /** Ends the lease (and its units' hold) at {@code end}, exclusive. */
  void terminate(LeaseRow lease, LocalDate end, String reason, UUID by, Instant now) {
    sql.execute(
        """
        UPDATE lease SET status = 'TERMINATED', end_date = CAST(? AS date), termination_reason = ?,
                         terminated_by = ?, terminated_at = CAST(? AS timestamptz),
                         updated_at = CAST(? AS timestamptz), version = version + 1
         WHERE id = ?
        """,
        end,
        reason,
        by,
        utc(now),
        utc(now),
        lease.id());
    sql.execute(
        "UPDATE lease_unit SET period = daterange(CAST(? AS date), CAST(? AS date))"
            + " WHERE lease_id = ?",
        lease.startDate(),
        end,
        lease.id());
  }

  /**
   * Moves APPROVED leases whose start has come to ACTIVE; returns the leases this call moved. The
   * WHERE clause is re-checked on each row once it is locked, so when several instances run this at
   * once each lease moves (and is returned) exactly once.
   */
  List<UUID> activateDue(LocalDate today, Instant now) {
    return sql.fetch(
            """
            UPDATE lease SET status = 'ACTIVE', updated_at = CAST(? AS timestamptz),
                             version = version + 1
             WHERE status = 'APPROVED' AND start_date <= CAST(? AS date)
               AND end_date > CAST(? AS date)
            RETURNING id
            """,
            utc(now),
            today,
            today)
        .map(r -> r.get(0, UUID.class));
  }

  /** Moves APPROVED and ACTIVE leases whose end has come to ENDED, each exactly once. */
  List<UUID> endDue(LocalDate today, Instant now) {
    return sql.fetch(
            """
            UPDATE lease SET status = 'ENDED', updated_at = CAST(? AS timestamptz),
                             version = version + 1
             WHERE status IN ('APPROVED', 'ACTIVE') AND end_date <= CAST(? AS date)
            RETURNING id
            """,
            utc(now),
            today)
        .map(r -> r.get(0, UUID.class));
  }

  private static ParkRow park(Record r) {
    return new ParkRow(r.get(0, UUID.class), r.get(1, UUID.class), r.get(2, BigDecimal.class));
  }

  private static LeaseRow lease(Record r) {
    return new LeaseRow(
        r.get(0, UUID.class),
        r.get(1, UUID.class),
        r.get(2, UUID.class),
        LeaseStatus.valueOf(r.get(3, String.class)),
        r.get(4, BigDecimal.class),
        r.get(5, Integer.class),
        r.get(6, LocalDate.class),
        r.get(7, Integer.class),
        r.get(8, LocalDate.class),
        r.get(9, BigDecimal.class),
        r.get(10, Integer.class),
        r.get(11, BigDecimal.class),
        r.get(12, String.class),
        r.get(13, String.class));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
