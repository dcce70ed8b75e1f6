package dev.waibao.tenders.application;

import dev.waibao.audit.AuditTrail;
import dev.waibao.shared.database.Constraints;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.shared.security.OrganisationKind;
import dev.waibao.tenders.infrastructure.BidStore;
import dev.waibao.tenders.infrastructure.BidStore.StoredBid;
import dev.waibao.tenders.infrastructure.TenderStore;
import dev.waibao.tenders.infrastructure.VendorQualifications;
import dev.waibao.tenders.model.Eligibility;
import dev.waibao.tenders.model.Tender;
import dev.waibao.tenders.model.TenderStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A vendor's bids: submitting, revising (every version kept) and withdrawing, until the deadline by
 * the server's clock. A bid is sealed: only its vendor learns anything of it before then.
 */
@Singleton
public class Bidding {

  /** Deadlines and certificate validity are judged on the province's calendar. */
  static final ZoneId PROVINCE = ZoneId.of("Asia/Shanghai");

  private final TenderStore tenders;
  private final BidStore bids;
  private final VendorQualifications qualifications;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;

  Bidding(
      TenderStore tenders,
      BidStore bids,
      VendorQualifications qualifications,
      AuditTrail audit,
      JsonMapper json,
      Clock clock) {
    this.tenders = tenders;
    this.bids = bids;
    this.qualifications = qualifications;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  @Serdeable
  public record Answer(Integer criterion, String text) {}

  @Serdeable
  public record BidCommand(
      @Nullable UUID lotId,
      @Nullable BigDecimal price,
      @Nullable Integer durationDays,
      @Nullable String proposal,
      @Nullable List<Answer> answers) {}

  /** What the bidding vendor (and, after the deadline, the client) sees of a bid. */
  @Serdeable
  public record BidView(
      UUID id,
      UUID tenderId,
      @Nullable UUID lotId,
      String status,
      int version,
      boolean needsReconfirmation,
      BigDecimal price,
      int durationDays,
      String proposal,
      List<Answer> answers,
      Instant submittedAt,
      Instant updatedAt) {}

  @Transactional
  public BidView submit(Actor actor, UUID tenderId, BidCommand command) {
    Tender tender = openFor(actor, tenderId);
    Instant now = clock.instant();
    validate(tender, command);
    checkEligible(tender, actor);
    if (bids.lockLive(tenderId, command.lotId(), actor.organisationId()).isPresent()) {
      throw ProblemException.conflict(
          "bid-exists",
          "Bid already submitted",
          "Your organisation already has a live bid here; revise it (PUT) or withdraw it first.");
    }
    UUID bidId = UUID.randomUUID();
    try {
      bids.insert(bidId, tenderId, command.lotId(), actor.organisationId(), now);
    } catch (RuntimeException e) {
      if (Constraints.violatedUnique(e, "bid_one_live_per_vendor")) {
        throw ProblemException.conflict(
            "bid-exists",
            "Bid already submitted",
            "Your organisation already has a live bid here.");
      }
      throw e;
    }
    bids.addVersion(
        bidId,
        1,
        command.price(),
        command.durationDays(),
        proposal(command),
        answers(command),
        actor.userId(),
        now);
    audit.recordSealed(
        actor,
        "bid.submitted",
        "bid",
        bidId,
        null,
        Map.of("tenderId", tenderId, "version", 1),
        tender.bidDeadline());
    return view(bids.find(bidId).orElseThrow());
  }

  @Transactional
  public BidView revise(Actor actor, UUID tenderId, BidCommand command) {
    Tender tender = openFor(actor, tenderId);
    validate(tender, command);
    checkEligible(tender, actor);
    StoredBid bid =
        bids.lockLive(tenderId, command.lotId(), actor.organisationId())
            .orElseThrow(() -> ProblemException.notFound("Your bid"));
    int next = bid.currentVersion() + 1;
    bids.addVersion(
        bid.id(),
        next,
        command.price(),
        command.durationDays(),
        proposal(command),
        answers(command),
        actor.userId(),
        clock.instant());
    audit.recordSealed(
        actor,
        "bid.revised",
        "bid",
        bid.id(),
        Map.of("version", bid.currentVersion()),
        Map.of("version", next),
        tender.bidDeadline());
    return view(bids.find(bid.id()).orElseThrow());
  }

  @Transactional
  public void withdraw(Actor actor, UUID tenderId, @Nullable UUID lotId) {
    Tender tender = openFor(actor, tenderId);
    StoredBid bid =
        bids.lockLive(tenderId, lotId, actor.organisationId())
            .orElseThrow(() -> ProblemException.notFound("Your bid"));
    bids.withdraw(bid.id(), clock.instant());
    audit.recordSealed(
        actor,
        "bid.withdrawn",
        "bid",
        bid.id(),
        Map.of("status", bid.status()),
        Map.of("status", "WITHDRAWN"),
        tender.bidDeadline());
  }

  /** The vendor's own live bids on the tender (one per lot), at any time. */
  @Transactional(readOnly = true)
  public List<BidView> mine(Actor actor, UUID tenderId) {
    requireVendor(actor);
    Tender tender =
        tenders
            .find(tenderId)
            .filter(t -> t.status().isPublic())
            .orElseThrow(() -> ProblemException.notFound("The tender"));
    List<BidView> mine =
        bids.liveBidsOf(tender.id(), actor.organisationId()).stream().map(this::view).toList();
    if (mine.isEmpty()) {
      throw ProblemException.notFound("Your bid");
    }
    return mine;
  }

  /** The tender, locked against closing while this vendor's change commits, if bids are open. */
  private Tender openFor(Actor actor, UUID tenderId) {
    requireVendor(actor);
    Tender tender =
        tenders
            .lockShared(tenderId)
            .filter(t -> t.status().isPublic())
            .orElseThrow(() -> ProblemException.notFound("The tender"));
    if (!tender.acceptsBidsAt(clock.instant())) {
      throw ProblemException.conflict(
          "bidding-closed",
          "Bidding is closed",
          tender.status() == TenderStatus.ACTIVE
              ? "The bid deadline has passed."
              : "A tender in state " + tender.status() + " accepts no bids.");
    }
    return tender;
  }

  private void checkEligible(Tender tender, Actor actor) {
    List<Eligibility.Unmet> unmet =
        Eligibility.unmet(
            tender,
            qualifications.of(
                actor.organisationId(), tender.bidDeadline().atZone(PROVINCE).toLocalDate()));
    if (!unmet.isEmpty()) {
      throw new IneligibleBidder(unmet);
    }
  }

  private void validate(Tender tender, BidCommand command) {
    Violations v = new Violations();
    if (tender.hasLots()) {
      v.require(
          command.lotId() != null
              && tender.lots().stream().anyMatch(lot -> lot.id().equals(command.lotId())),
          "lotId",
          "must name one of the tender's lots");
    } else {
      v.require(command.lotId() == null, "lotId", "must be empty: this tender has no lots");
    }
    BigDecimal ceiling = tender.priceCeiling();
    if (command.price() == null) {
      v.add("price", "is required");
    } else if (command.price().signum() <= 0) {
      v.add("price", "must be greater than 0");
    } else if (command.price().scale() > 2
        || command.price().precision() - command.price().scale() > 13) {
      v.add("price", "must be an amount in CNY with at most 2 decimals");
    } else if (ceiling != null && command.price().compareTo(ceiling) > 0) {
      v.add("price", "must not exceed the price ceiling of " + ceiling.toPlainString() + " CNY");
    }
    v.require(
        command.durationDays() != null
            && command.durationDays() >= 1
            && command.durationDays() <= 3650,
        "durationDays",
        "must be between 1 and 3650");
    v.require(
        command.proposal() == null || command.proposal().length() <= 20_000,
        "proposal",
        "must be at most 20000 characters");
    if (command.answers() != null) {
      Set<Integer> seen = new HashSet<>();
      for (int i = 0; i < command.answers().size(); i++) {
        Answer answer = command.answers().get(i);
        Integer criterion = answer == null ? null : answer.criterion();
        v.require(
            criterion != null
                && criterion >= 0
                && criterion < tender.criteria().size()
                && seen.add(criterion),
            "answers[" + i + "].criterion",
            "must name one of the tender's quality criteria, once");
        v.require(
            answer != null && answer.text() != null && answer.text().length() <= 8000,
            "answers[" + i + "].text",
            "is required, at most 8000 characters");
      }
    }
    v.throwIfAny();
  }

  private String proposal(BidCommand command) {
    return command.proposal() == null ? "" : command.proposal();
  }

  private String answers(BidCommand command) {
    try {
      return json.writeValueAsString(command.answers() == null ? List.of() : command.answers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  BidView view(StoredBid bid) {
    List<Answer> answers;
    try {
      answers = List.of(json.readValue(bid.answersJson(), Answer[].class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BidView(
        bid.id(),
        bid.tenderId(),
        bid.lotId(),
        bid.status(),
        bid.currentVersion(),
        bid.needsReconfirmation(),
        bid.price(),
        bid.durationDays(),
        bid.proposal(),
        answers,
        bid.submittedAt(),
        bid.updatedAt());
  }

  static void requireVendor(Actor actor) {
    if (actor.kind() != OrganisationKind.VENDOR) {
      throw ProblemException.forbidden("Only vendors bid.");
    }
  }
}
