package dev.waibao.tenancy.internal;

import dev.waibao.audit.AuditTrail;
import dev.waibao.tenancy.LeaseStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves leases by date: APPROVED → ACTIVE on the start date, APPROVED/ACTIVE → ENDED on the end
 * date. Each move is one UPDATE whose WHERE names the old status, so when several instances run it
 * at once each lease moves (and is audited) exactly once; a missed run is caught up by the next.
 */
@Singleton
public class LeaseCalendarJob {

  private static final Logger LOG = LoggerFactory.getLogger(LeaseCalendarJob.class);

  private final LeaseStore leases;
  private final AuditTrail audit;
  private final Clock clock;

  LeaseCalendarJob(LeaseStore leases, AuditTrail audit, Clock clock) {
    this.leases = leases;
    this.audit = audit;
    this.clock = clock;
  }

  @Scheduled(fixedDelay = "${waibao.tenancy.calendar-interval:1m}", initialDelay = "10s")
  void run() {
    moveDue();
  }

  /** Moves every lease whose date has come; returns how many moved. */
  @Transactional
  public int moveDue() {
    Instant now = clock.instant();
    LocalDate today = TenancyCalendar.today(clock);
    List<UUID> ended = leases.endDue(today, now);
    List<UUID> activated = leases.activateDue(today, now);
    for (UUID id : ended) {
      audit.record(null, "lease.ended", "lease", id, null, Map.of("status", LeaseStatus.ENDED));
    }
    for (UUID id : activated) {
      audit.record(
          null, "lease.activated", "lease", id, null, Map.of("status", LeaseStatus.ACTIVE));
    }
    if (!ended.isEmpty() || !activated.isEmpty()) {
      LOG.info("Leases by date: {} activated, {} ended", activated.size(), ended.size());
    }
    return ended.size() + activated.size();
  }
}
