package dev.waibao.tenancy.internal;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.waibao.tenancy.LeaseStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** Reads of applications, leases and occupancy, in plain SQL through jOOQ. */
@Singleton
class LeaseQueries {

  private static final String OCCUPYING = "('APPROVED', 'ACTIVE', 'ENDED', 'TERMINATED')";
  private static final String VIEW =
      """
      SELECT l.id, l.park_id, p.name_zh, p.name_en, l.vendor_organisation_id, o.name_zh, o.name_en,
             l.status, l.requested_area, l.requested_seats, l.start_date, l.term_months, l.end_date,
             l.message, l.area, l.seats, l.monthly_rent, l.rejection_reason, l.termination_reason,
             l.created_at, l.decided_at, l.terminated_at, l.version, p.operator_organisation_id
        FROM lease l
        JOIN park p ON p.id = l.park_id
        JOIN organisation o ON o.id = l.vendor_organisation_id
      """;
  private static final Field<UUID> LEASE_ID = field(name("x", "lease_id"), UUID.class);

  private final DSLContext sql;

  LeaseQueries(DSLContext sql) {
    this.sql = sql;
  }

  /** A lease with the organisation that runs its park (who may see it besides the vendor). */
  record Owned(LeaseViews.LeaseView lease, UUID operatorOrganisationId) {}

  @Transactional(readOnly = true)
  Optional<Owned> find(UUID id) {
    List<Record> rows = sql.fetch(VIEW + " WHERE l.id = ?", id);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Owned(views(rows).getFirst(), rows.getFirst().get(23, UUID.class)));
  }

  /** A vendor's applications and leases, newest first. */
  @Transactional(readOnly = true)
  List<LeaseViews.LeaseView> ofVendor(UUID vendorOrganisationId) {
    return views(
        sql.fetch(
            VIEW + " WHERE l.vendor_organisation_id = ? ORDER BY l.created_at DESC, l.id",
            vendorOrganisationId));
  }

  /** A park's applications and leases (optionally of one status), oldest application first. */
  @Transactional(readOnly = true)
  List<LeaseViews.LeaseView> ofPark(UUID parkId, LeaseStatus status) {
    return views(
        status == null
            ? sql.fetch(VIEW + " WHERE l.park_id = ? ORDER BY l.created_at, l.id", parkId)
            : sql.fetch(
                VIEW + " WHERE l.park_id = ? AND l.status = ? ORDER BY l.created_at, l.id",
                parkId,
                status.name()));
  }

  /** The organisation running the park, if the park exists. */
  @Transactional(readOnly = true)
  Optional<UUID> operatorOf(UUID parkId) {
    return sql.fetchOptional("SELECT operator_organisation_id FROM park WHERE id = ?", parkId)
        .map(r -> r.get(0, UUID.class));
  }

  @Transactional(readOnly = true)
  Optional<LeaseViews.Occupancy> occupancy(UUID parkId, LocalDate today) {
    Optional<Record> park =
        sql.fetchOptional("SELECT leasable_area, seats FROM park WHERE id = ?", parkId);
    if (park.isEmpty()) {
      return Optional.empty();
    }
    LocalDate thisMonth = today.withDayOfMonth(1);
    List<LeaseViews.Point> months =
        sql.fetch(
                """
                SELECT d.day, coalesce(sum(l.area), 0), coalesce(sum(l.seats), 0)::int
                  FROM (SELECT CAST(g AS date) AS day
                          FROM generate_series(CAST(? AS date), CAST(? AS date),
                                               interval '1 month') g) d
                  LEFT JOIN lease l ON l.park_id = ? AND l.status IN """
                    + OCCUPYING
                    + """
                     AND l.start_date <= d.day AND d.day < l.end_date
                 GROUP BY d.day
                 ORDER BY d.day
                """,
                thisMonth.minusMonths(12),
                thisMonth.plusMonths(12),
                parkId)
            .map(
                r ->
                    new LeaseViews.Point(
                        r.get(0, LocalDate.class),
                        r.get(1, BigDecimal.class),
                        r.get(2, Integer.class)));
    Record now =
        sql.fetchOne(
            "SELECT coalesce(sum(area), 0), coalesce(sum(seats), 0)::int FROM lease"
                + " WHERE park_id = ? AND status IN "
                + OCCUPYING
                + " AND start_date <= CAST(? AS date) AND CAST(? AS date) < end_date",
            parkId,
            today,
            today);
    List<LeaseViews.Tenant> tenants =
        sql.fetch(
                "SELECT DISTINCT o.id, o.name_zh, o.name_en FROM lease l"
                    + " JOIN organisation o ON o.id = l.vendor_organisation_id"
                    + " WHERE l.park_id = ? AND l.status IN "
                    + OCCUPYING
                    + " AND l.start_date <= CAST(? AS date) AND CAST(? AS date) < l.end_date"
                    + " ORDER BY o.name_zh, o.id",
                parkId,
                today,
                today)
            .map(
                r ->
                    new LeaseViews.Tenant(
                        r.get(0, UUID.class), r.get(1, String.class), r.get(2, String.class)));
    return Optional.of(
        new LeaseViews.Occupancy(
            parkId,
            park.get().get(0, BigDecimal.class),
            park.get().get(1, Integer.class),
            new LeaseViews.Point(today, now.get(0, BigDecimal.class), now.get(1, Integer.class)),
            months,
            tenants));
  }

  private List<LeaseViews.LeaseView> views(List<Record> rows) {
    List<UUID> ids = rows.stream().map(r -> r.get(0, UUID.class)).toList();
    Map<UUID, List<LeaseViews.UnitRef>> requested = units("lease_requested_unit", ids);
    Map<UUID, List<LeaseViews.UnitRef>> held = units("lease_unit", ids);
    List<LeaseViews.LeaseView> views = new ArrayList<>(rows.size());
    for (Record r : rows) {
      UUID id = r.get(0, UUID.class);
      views.add(
          new LeaseViews.LeaseView(
              id,
              r.get(1, UUID.class),
              r.get(2, String.class),
              r.get(3, String.class),
              r.get(4, UUID.class),
              r.get(5, String.class),
              r.get(6, String.class),
              LeaseStatus.valueOf(r.get(7, String.class)),
              r.get(8, BigDecimal.class),
              r.get(9, Integer.class),
              requested.getOrDefault(id, List.of()),
              r.get(10, LocalDate.class),
              r.get(11, Integer.class),
              r.get(12, LocalDate.class),
              r.get(13, String.class),
              r.get(14, BigDecimal.class),
              r.get(15, Integer.class),
              r.get(16, BigDecimal.class),
              held.getOrDefault(id, List.of()),
              r.get(17, String.class),
              r.get(18, String.class),
              r.get(19, OffsetDateTime.class).toInstant(),
              instant(r.get(20, OffsetDateTime.class)),
              instant(r.get(21, OffsetDateTime.class)),
              r.get(22, Long.class)));
    }
    return views;
  }

  private Map<UUID, List<LeaseViews.UnitRef>> units(String link, Collection<UUID> leaseIds) {
    Map<UUID, List<LeaseViews.UnitRef>> byLease = new HashMap<>();
    if (leaseIds.isEmpty()) {
      return byLease;
    }
    sql.select(
            LEASE_ID,
            field(name("u", "id"), UUID.class),
            field(name("u", "building"), String.class),
            field(name("u", "floor"), String.class),
            field(name("u", "unit_code"), String.class),
            field(name("u", "area"), BigDecimal.class),
            field(name("u", "seats"), Integer.class))
        .from(table(name(link)).as("x"))
        .join(table(name("space_unit")).as("u"))
        .on(field(name("u", "id"), UUID.class).eq(field(name("x", "unit_id"), UUID.class)))
        .where(LEASE_ID.in(leaseIds))
        .orderBy(
            field(name("u", "building")), field(name("u", "floor")), field(name("u", "unit_code")))
        .forEach(
            r ->
                byLease
                    .computeIfAbsent(r.value1(), k -> new ArrayList<>())
                    .add(
                        new LeaseViews.UnitRef(
                            r.value2(),
                            r.value3(),
                            r.value4(),
                            r.value5(),
                            r.value6(),
                            r.value7())));
    return byLease;
  }

  private static java.time.Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
