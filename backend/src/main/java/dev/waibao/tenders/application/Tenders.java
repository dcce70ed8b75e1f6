package dev.waibao.tenders.application;

import dev.waibao.audit.AuditTrail;
import dev.waibao.search.SearchOutbox;
import dev.waibao.searchindex.TenderDocument;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.security.Actor;
import dev.waibao.shared.security.OrganisationKind;
import dev.waibao.tenders.infrastructure.BidStore;
import dev.waibao.tenders.infrastructure.Notifications;
import dev.waibao.tenders.infrastructure.TenderStore;
import dev.waibao.tenders.model.Tender;
import dev.waibao.tenders.model.TenderInput;
import dev.waibao.tenders.model.TenderRules;
import dev.waibao.tenders.model.TenderStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A client's tenders: drafting, amending, publishing, cancelling, and reading them. */
@Singleton
public class Tenders {

  private final TenderStore tenders;
  private final BidStore bids;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final SearchOutbox search;
  private final Clock clock;

  Tenders(
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

  @Transactional
  public Tender create(Actor actor, TenderInput input) {
    requireClient(actor);
    Tender tender = TenderRules.draft(UUID.randomUUID(), actor.organisationId(), input, tenders);
    tenders.insert(tender, actor.userId(), clock.instant());
    audit.record(actor, "tender.created", "tender", tender.id(), null, tender);
    return tenders.find(tender.id()).orElseThrow();
  }

  /** Edits a draft freely; an active tender's change is an amendment, material or not. */
  @Transactional
  public Tender update(Actor actor, UUID id, TenderInput input) {
    Tender before = owned(actor, tenders.lock(id));
    if (before.status() != TenderStatus.DRAFT && before.status() != TenderStatus.ACTIVE) {
      throw wrongState(before, "changed");
    }
    Instant now = clock.instant();
    Tender after = TenderRules.apply(before, input, tenders, false);
    if (before.status() == TenderStatus.ACTIVE) {
      if (!after.acceptsBidsAt(now)) {
        throw wrongState(before, "amended after its bid deadline");
      }
      TenderRules.checkAmendable(after, now);
      boolean material = TenderRules.isMaterial(before, after);
      tenders.update(after, now);
      search.changed(TenderDocument.INDEX, id);
      List<UUID> affected = material ? bids.requireReconfirmation(id) : bids.biddingVendors(id);
      notifications.send(
          affected, "TENDER_AMENDED", id, Map.of("title", after.title(), "material", material));
      audit.record(
          actor,
          material ? "tender.amended-materially" : "tender.amended",
          "tender",
          id,
          before,
          after);
    } else {
      tenders.update(after, now);
      audit.record(actor, "tender.updated", "tender", id, before, after);
    }
    return tenders.find(id).orElseThrow();
  }

  @Transactional
  public Tender publish(Actor actor, UUID id) {
    Tender before = owned(actor, tenders.lock(id));
    if (before.status() != TenderStatus.DRAFT) {
      throw wrongState(before, "published");
    }
    Instant now = clock.instant();
    TenderRules.checkPublishable(before, now);
    Tender published = before.published(now);
    tenders.update(published, now);
    search.changed(TenderDocument.INDEX, id);
    audit.record(actor, "tender.published", "tender", id, before.status(), TenderStatus.ACTIVE);
    return tenders.find(id).orElseThrow();
  }

  @Transactional
  public Tender cancel(Actor actor, UUID id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw ProblemException.invalid("reason", "is required");
    }
    if (reason.length() > 1000) {
      throw ProblemException.invalid("reason", "must be at most 1000 characters");
    }
    Tender before = owned(actor, tenders.lock(id));
    if (!before.status().canMoveTo(TenderStatus.CANCELLED)) {
      throw wrongState(before, "cancelled");
    }
    Instant now = clock.instant();
    Tender cancelled = before.cancelled(now, reason.strip());
    tenders.update(cancelled, now);
    search.changed(TenderDocument.INDEX, id);
    notifications.send(
        bids.biddingVendors(id),
        "TENDER_CANCELLED",
        id,
        Map.of("title", before.title(), "reason", reason.strip()));
    audit.record(
        actor,
        "tender.cancelled",
        "tender",
        id,
        before.status(),
        Map.of("status", "CANCELLED", "reason", reason.strip()));
    return tenders.find(id).orElseThrow();
  }

  /** A tender as the caller may see it: a draft only by its client; 404 otherwise. */
  @Transactional(readOnly = true)
  public Tender visible(Actor actor, UUID id) {
    Tender tender = tenders.find(id).orElseThrow(() -> ProblemException.notFound("The tender"));
    if (!tender.status().isPublic()
        && (actor == null || !actor.belongsTo(tender.clientOrganisationId()))) {
      throw ProblemException.notFound("The tender");
    }
    return tender;
  }

  static Tender owned(Actor actor, java.util.Optional<Tender> found) {
    Tender tender = found.orElseThrow(() -> ProblemException.notFound("The tender"));
    if (!actor.belongsTo(tender.clientOrganisationId())) {
      if (tender.status().isPublic()) {
        throw ProblemException.forbidden("Only the tender's client may do this.");
      }
      throw ProblemException.notFound("The tender");
    }
    return tender;
  }

  static void requireClient(Actor actor) {
    if (actor.kind() != OrganisationKind.CLIENT) {
      throw ProblemException.forbidden("Only clients post tenders.");
    }
  }

  static ProblemException wrongState(Tender tender, String action) {
    return ProblemException.conflict(
        "wrong-tender-state",
        "Not possible in the tender's current state",
        "A tender in state " + tender.status() + " cannot be " + action + ".");
  }
}
