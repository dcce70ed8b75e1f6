package dev.waibao.tenders.application;

import dev.waibao.accounts.OrganisationDirectory;
import dev.waibao.audit.AuditTrail;
import dev.waibao.search.SearchOutbox;
import dev.waibao.searchindex.TenderDocument;
import dev.waibao.shared.database.Constraints;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.tenders.infrastructure.BidStore;
import dev.waibao.tenders.infrastructure.BidStore.StoredBid;
import dev.waibao.tenders.infrastructure.ContractStore;
import dev.waibao.tenders.infrastructure.Notifications;
import dev.waibao.tenders.infrastructure.TenderStore;
import dev.waibao.tenders.model.Evaluation;
import dev.waibao.tenders.model.Tender;
import dev.waibao.tenders.model.TenderStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** After the deadline: the client compares bids, scores them, and awards one per tender or lot. */
@Singleton
public class Evaluations {

  private final TenderStore tenders;
  private final BidStore bids;
  private final ContractStore contracts;
  private final Closing closing;
  private final Bidding bidding;
  private final OrganisationDirectory organisations;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final SearchOutbox search;
  private final Clock clock;

  Evaluations(
      TenderStore tenders,
      BidStore bids,
      ContractStore contracts,
      Closing closing,
      Bidding bidding,
      OrganisationDirectory organisations,
      Notifications notifications,
      AuditTrail audit,
      SearchOutbox search,
      Clock clock) {
    this.search = search;
    this.tenders = tenders;
    this.bids = bids;
    this.contracts = contracts;
    this.closing = closing;
    this.bidding = bidding;
    this.organisations = organisations;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  @Serdeable
  public record Score(Integer criterion, Integer score) {}

  @Serdeable
  public record ScoreCommand(@Nullable UUID bidId, @Nullable List<Score> scores) {}

  @Serdeable
  public record AwardCommand(
      @Nullable UUID bidId,
      @Nullable String reason,
      @Nullable LocalDate contractStartsOn,
      @Nullable LocalDate contractEndsOn) {}

  @Serdeable
  public record RankedBid(
      Bidding.BidView bid,
      UUID vendorOrganisationId,
      String vendorName,
      Map<Integer, Integer> scores,
      BigDecimal priceScore,
      BigDecimal qualityScore,
      BigDecimal total,
      int rank) {}

  @Serdeable
  public record AwardResult(
      UUID awardId, UUID contractId, UUID bidId, BigDecimal value, TenderStatus tenderStatus) {}

  /** Every live bid side by side with its ranking (per lot), for the tender's client only. */
  @Transactional
  public List<RankedBid> bids(Actor actor, UUID tenderId) {
    Tender tender = closedOwned(actor, tenderId);
    return ranked(tender);
  }

  @Transactional
  public List<RankedBid> score(Actor actor, UUID tenderId, ScoreCommand command) {
    Tender tender = closedOwned(actor, tenderId);
    requireState(tender, TenderStatus.EVALUATION, "scored");
    StoredBid bid = liveBidOf(tender, command.bidId(), "bidId");
    Violations v = new Violations();
    v.require(
        command.scores() != null && !command.scores().isEmpty(),
        "scores",
        "must score at least one criterion");
    if (command.scores() != null) {
      for (int i = 0; i < command.scores().size(); i++) {
        Score score = command.scores().get(i);
        v.require(
            score != null
                && score.criterion() != null
                && score.criterion() >= 0
                && score.criterion() < tender.criteria().size(),
            "scores[" + i + "].criterion",
            "must name one of the tender's quality criteria");
        v.require(
            score != null && score.score() != null && score.score() >= 0 && score.score() <= 100,
            "scores[" + i + "].score",
            "must be between 0 and 100");
      }
    }
    v.throwIfAny();
    Instant now = clock.instant();
    for (Score score : command.scores()) {
      bids.score(bid.id(), score.criterion(), score.score(), actor.userId(), now);
    }
    audit.record(actor, "bid.scored", "bid", bid.id(), null, command.scores());
    return ranked(tender);
  }

  /** Awards one bid of the tender (or of one lot); the others lose; a contract follows. */
  @Transactional
  public AwardResult award(Actor actor, UUID tenderId, AwardCommand command) {
    Tender tender = closedOwned(actor, tenderId);
    requireState(tender, TenderStatus.EVALUATION, "awarded");
    StoredBid bid = liveBidOf(tender, command.bidId(), "bidId");
    Violations v = new Violations();
    v.text("reason", command.reason(), 2000);
    v.require(command.contractStartsOn() != null, "contractStartsOn", "is required");
    v.require(command.contractEndsOn() != null, "contractEndsOn", "is required");
    if (command.contractStartsOn() != null && command.contractEndsOn() != null) {
      v.require(
          !command.contractEndsOn().isBefore(command.contractStartsOn()),
          "contractEndsOn",
          "must not be before contractStartsOn");
    }
    v.throwIfAny();
    if (bids.awarded(tenderId, bid.lotId())) {
      throw alreadyAwarded();
    }
    Instant now = clock.instant();
    UUID awardId = UUID.randomUUID();
    try {
      bids.award(
          awardId,
          tenderId,
          bid.lotId(),
          bid.id(),
          command.reason().strip(),
          bid.price(),
          actor.userId(),
          now);
    } catch (RuntimeException e) {
      if (Constraints.violatedUnique(e, "award_one_per_tender_or_lot")) {
        throw alreadyAwarded();
      }
      throw e;
    }
    UUID contractId =
        contracts.create(
            awardId,
            tender,
            bid.vendorOrganisationId(),
            bid.price(),
            command.contractStartsOn(),
            command.contractEndsOn(),
            now);
    int lots = Math.max(1, tender.lots().size());
    TenderStatus status = tender.status();
    if (bids.awardCount(tenderId) >= lots) {
      tenders.moveTo(tenderId, TenderStatus.AWARDED, "decided_at", now);
      search.changed(TenderDocument.INDEX, tenderId);
      status = TenderStatus.AWARDED;
    }
    List<UUID> losers =
        bids.liveBids(tenderId).stream()
            .filter(
                other -> Objects.equals(other.lotId(), bid.lotId()) && !other.id().equals(bid.id()))
            .map(StoredBid::vendorOrganisationId)
            .toList();
    notifications.send(
        List.of(bid.vendorOrganisationId()),
        "BID_WON",
        tenderId,
        Map.of("title", tender.title(), "contractId", contractId.toString()));
    notifications.send(losers, "BID_LOST", tenderId, Map.of("title", tender.title()));
    audit.record(
        actor,
        "tender.awarded",
        "tender",
        tenderId,
        null,
        Map.of(
            "awardId",
            awardId,
            "bidId",
            bid.id(),
            "lotId",
            String.valueOf(bid.lotId()),
            "reason",
            command.reason().strip(),
            "contractId",
            contractId));
    return new AwardResult(awardId, contractId, bid.id(), bid.price(), status);
  }

  private List<RankedBid> ranked(Tender tender) {
    List<StoredBid> live = bids.liveBids(tender.id());
    Map<UUID, Map<Integer, Integer>> scores = bids.scores(tender.id());
    Map<UUID, StoredBid> byId =
        live.stream().collect(Collectors.toMap(StoredBid::id, Function.identity()));
    Map<Object, List<StoredBid>> byLot =
        live.stream()
            .collect(
                Collectors.groupingBy(
                    b -> b.lotId() == null ? "none" : b.lotId(),
                    java.util.LinkedHashMap::new,
                    Collectors.toList()));
    return byLot.values().stream()
        .flatMap(
            group ->
                Evaluation.rank(
                        group.stream()
                            .map(
                                b ->
                                    new Evaluation.Entry(
                                        b.id(), b.price(), scores.getOrDefault(b.id(), Map.of())))
                            .toList(),
                        tender.priceWeight(),
                        tender.criteria())
                    .stream()
                    .map(
                        result -> {
                          StoredBid bid = byId.get(result.bidId());
                          String vendor =
                              organisations
                                  .find(bid.vendorOrganisationId())
                                  .map(o -> o.nameZh())
                                  .orElse("");
                          return new RankedBid(
                              bidding.view(bid),
                              bid.vendorOrganisationId(),
                              vendor,
                              scores.getOrDefault(bid.id(), Map.of()),
                              result.priceScore(),
                              result.qualityScore(),
                              result.total(),
                              result.rank());
                        }))
        .toList();
  }

  /** The client's own tender, closed by the clock (and moved on now if the job has not run yet). */
  private Tender closedOwned(Actor actor, UUID tenderId) {
    Tender tender = Tenders.owned(actor, tenders.lock(tenderId));
    if (tender.sealedAt(clock.instant())) {
      throw ProblemException.conflict(
          "bids-sealed",
          "Bids are sealed",
          "Bids can be seen only after the bid deadline has passed.");
    }
    return closing.closeIfDue(tender);
  }

  private StoredBid liveBidOf(Tender tender, UUID bidId, String field) {
    if (bidId == null) {
      throw ProblemException.invalid(field, "is required");
    }
    return bids.find(bidId)
        .filter(b -> b.tenderId().equals(tender.id()) && "SUBMITTED".equals(b.status()))
        .orElseThrow(() -> ProblemException.invalid(field, "is not a live bid on this tender"));
  }

  private static void requireState(Tender tender, TenderStatus status, String action) {
    if (tender.status() != status) {
      throw Tenders.wrongState(tender, action);
    }
  }

  private static ProblemException alreadyAwarded() {
    return ProblemException.conflict(
        "already-awarded", "Already awarded", "This tender (or lot) has already been awarded.");
  }
}
