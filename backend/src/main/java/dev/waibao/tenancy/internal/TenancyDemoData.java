package dev.waibao.tenancy.internal;

import dev.waibao.audit.AuditTrail;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds, in embedded mode only, the leases behind the demonstration parks' let units (ACTIVE, begun
 * in the past two years) and a few that ended, so occupancy has a history. Tenants are
 * demonstration vendors without users; the signed-in demo vendor starts with no lease, free to
 * apply. Runs after the parks' and firms' demonstration data, once (an advisory lock and existing
 * rows make it idempotent).
 */
@Singleton
class TenancyDemoData {

  private static final Logger LOG = LoggerFactory.getLogger(TenancyDemoData.class);
  private static final long LOCK_KEY = 0x5741_4942_4c45L;

  private final AuditTrail audit;
  private final DSLContext sql;
  private final Clock clock;
  private final boolean enabled;

  TenancyDemoData(
      AuditTrail audit,
      DSLContext sql,
      Clock clock,
      @Value("${waibao.demo.enabled:false}") boolean enabled) {
    this.audit = audit;
    this.sql = sql;
    this.clock = clock;
    this.enabled = enabled;
  }

  @EventListener
  @Order(300)
  void onStartup(StartupEvent event) {
    if (enabled) {
      int created = seed();
      if (created > 0) {
        LOG.info("Demonstration leases: {} created", created);
      }
    }
  }

  @Transactional
  int seed() {
    sql.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
    boolean seeded =
        sql.fetchExists(
            sql.selectOne().from("lease l JOIN park p ON p.id = l.park_id").where("p.demo"));
    List<UUID> tenants =
        sql.fetch(
                """
                SELECT o.id FROM organisation o
                 WHERE o.kind = 'VENDOR' AND o.demo
                   AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.organisation_id = o.id)
                 ORDER BY o.credit_code
                """)
            .map(r -> r.get(0, UUID.class));
    if (seeded || tenants.isEmpty()) {
      return 0;
    }
    Random random = new Random(20260402L);
    LocalDate today = TenancyCalendar.today(clock);
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    int created = 0;
    for (Record unit :
        sql.fetch(
            """
            SELECT u.id, u.park_id, u.area, u.seats, u.status, p.base_rent
              FROM space_unit u JOIN park p ON p.id = u.park_id
             WHERE p.demo AND u.status IN ('LEASED', 'AVAILABLE')
             ORDER BY p.name_zh, u.building, u.unit_code
            """)) {
      boolean let = "LEASED".equals(unit.get(4, String.class));
      LocalDate start;
      int term;
      String status;
      if (let) {
        start = today.withDayOfMonth(1).minusMonths(1 + random.nextInt(22));
        term = 36;
        status = "ACTIVE";
      } else if (random.nextBoolean()) {
        // a tenant that left some months ago
        start = today.withDayOfMonth(1).minusMonths(20 + random.nextInt(4));
        term = 12 + random.nextInt(6);
        status = "ENDED";
      } else {
        continue;
      }
      UUID tenant = tenants.get(random.nextInt(tenants.size()));
      created += lease(unit, tenant, status, start, term, now);
    }
    return created;
  }

  private int lease(
      Record unit, UUID tenant, String status, LocalDate start, int term, OffsetDateTime now) {
    UUID id = UUID.randomUUID();
    UUID park = unit.get(1, UUID.class);
    BigDecimal area = unit.get(2, BigDecimal.class);
    int seats = unit.get(3, Integer.class);
    BigDecimal rent =
        unit.get(5, BigDecimal.class).multiply(area).setScale(2, RoundingMode.HALF_UP);
    if (rent.signum() <= 0) {
      return 0;
    }
    LocalDate end = start.plusMonths(term);
    OffsetDateTime decided = start.minusDays(14).atStartOfDay().atOffset(ZoneOffset.UTC);
    sql.execute(
        """
        INSERT INTO lease (id, park_id, vendor_organisation_id, status, requested_area,
                           requested_seats, start_date, term_months, end_date, area, seats,
                           monthly_rent, decided_at, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS date), ?, CAST(? AS date), ?, ?, ?,
                CAST(? AS timestamptz), CAST(? AS timestamptz), CAST(? AS timestamptz))
        """,
        id,
        park,
        tenant,
        status,
        area,
        seats,
        start,
        term,
        end,
        area,
        seats,
        rent,
        decided,
        decided.minusDays(7),
        now);
    sql.execute(
        """
        INSERT INTO lease_unit (lease_id, park_id, unit_id, period)
        VALUES (?, ?, ?, daterange(CAST(? AS date), CAST(? AS date)))
        """,
        id,
        park,
        unit.get(0, UUID.class),
        start,
        end);
    audit.record(
        null,
        "lease.seeded",
        "lease",
        id,
        null,
        Map.of("status", status, "start", start.toString(), "end", end.toString()));
    return 1;
  }
}
