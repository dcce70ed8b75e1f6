package dev.waibao.tenders.application;

import dev.waibao.audit.AuditTrail;
import dev.waibao.search.SearchOutbox;
import dev.waibao.searchindex.TenderDocument;
import dev.waibao.tenders.infrastructure.BidStore;
import dev.waibao.tenders.infrastructure.Notifications;
import dev.waibao.tenders.infrastructure.TenderStore;
import dev.waibao.tenders.model.Tender;
import dev.waibao.tenders.model.TenderStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes tenders at their bid deadline: to EVALUATION, or UNSUCCESSFUL with fewer live bids than
 * the minimum. Several instances may run it at once: each tender row is locked and skipped by the
 * others, and a closed tender is no longer due, so each closes exactly once. A missed run (the
 * application was down) is caught up by the next.
 */
@Singleton
public class Closing {

  private static final Logger LOG = LoggerFactory.getLogger(Closing.class);
  private static final int BATCH = 100;

  private final TenderStore tenders;
  private final BidStore bids;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final SearchOutbox search;
  private final Clock clock;

  Closing(
      TenderStore tenders,
      BidStore bids,
      Notifications notifications,
      AuditTrail audit,
      SearchOutbox search,
      Clock clock) {
    this.search = search;
    this.tenders = tenders;
    this.bids = bids;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  @Scheduled(fixedDelay = "${waibao.tenders.closing-interval:5s}", initialDelay = "5s")
  void closeDueTenders() {
    int closed;
    do {
      closed = closeDue();
    } while (closed == BATCH);
  }

  /** Closes up to one batch of due tenders in one transaction; returns how many. */
  @Transactional
  public int closeDue() {
    Instant now = clock.instant();
    List<UUID> due = tenders.lockDueForClosing(now, BATCH);
    for (UUID id : due) {
      close(tenders.find(id).orElseThrow(), now);
    }
    if (!due.isEmpty()) {
      LOG.info("Closed {} tender(s) at their bid deadline", due.size());
    }
    return due.size();
  }

  /** Closes one tender the caller has locked, if its deadline has passed. */
  @Transactional
  public Tender closeIfDue(Tender tender) {
    Instant now = clock.instant();
    if (tender.status() == TenderStatus.ACTIVE && !now.isBefore(tender.bidDeadline())) {
      close(tender, now);
      return tenders.find(tender.id()).orElseThrow();
    }
    return tender;
  }

  private void close(Tender tender, Instant now) {
    int live = bids.countLive(tender.id());
    boolean enough = live >= tender.minimumBids();
    TenderStatus next = enough ? TenderStatus.EVALUATION : TenderStatus.UNSUCCESSFUL;
    tenders.moveTo(tender.id(), next, enough ? "closed_at" : "decided_at", now);
    search.changed(TenderDocument.INDEX, tender.id());
    notifications.send(
        bids.biddingVendors(tender.id()),
        enough ? "TENDER_CLOSED" : "TENDER_UNSUCCESSFUL",
        tender.id(),
        Map.of("title", tender.title()));
    audit.record(
        null,
        enough ? "tender.closed" : "tender.unsuccessful",
        "tender",
        tender.id(),
        Map.of("status", tender.status()),
        Map.of("status", next, "liveBids", live));
  }
}
