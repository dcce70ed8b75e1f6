package dev.waibao.matching.internal;

import dev.waibao.audit.AuditTrail;
import dev.waibao.matching.model.Keywords;
import dev.waibao.matching.model.Scoring;
import dev.waibao.searchindex.FirmDocument;
import dev.waibao.searchindex.TenderDocument;
import dev.waibao.shared.paging.PageRequest;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.security.Actor;
import dev.waibao.shared.security.OrganisationKind;
import dev.waibao.tenders.infrastructure.Notifications;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ranking vendors for a tender and tenders for a vendor, and inviting a matched vendor. Candidates
 * that meet every hard requirement come first, by score; near-misses follow, fewest unmet first.
 * The search engine compares texts for the best {@code textWindow} candidates only — they can only
 * gain from it, so the order stays consistent across pages.
 */
@Singleton
class Matching {

  /** The province's day, in which certifications are issued and expire. */
  static final ZoneId PROVINCE = ZoneId.of("Asia/Shanghai");

  private final MatchQueries queries;
  private final TextSimilarity text;
  private final MatchingSettings settings;
  private final Scoring.Weights weights;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  Matching(
      MatchQueries queries,
      TextSimilarity text,
      MatchingSettings settings,
      WeightSettings weights,
      Notifications notifications,
      AuditTrail audit,
      Clock clock) {
    this.queries = queries;
    this.text = text;
    this.settings = settings;
    this.weights = weights.weights();
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  record Ranked(MatchQueries.Candidate candidate, Scoring.Score score) {}

  record Ranking(List<Ranked> ranked, boolean textComputed) {}

  @Transactional(readOnly = true)
  public MatchViews.Ranking<MatchViews.VendorMatch> vendors(
      Actor actor, UUID tenderId, PageRequest page) {
    MatchQueries.TenderHead tender = owned(actor, tenderId);
    List<String> keywords =
        Keywords.of(tender.title() + " " + tender.description(), settings.keywords());
    Ranking ranking =
        rank(
            queries.vendorsFor(
                tenderId, validOn(tender.bidDeadline()), settings.nearMissMaxUnmet(), null),
            ids -> text.of(FirmDocument.INDEX, keywords, ids));
    List<MatchViews.VendorMatch> items = new ArrayList<>();
    int from = (int) Math.min(page.offset(), ranking.ranked().size());
    int to = Math.min(from + page.size(), ranking.ranked().size());
    for (int i = from; i < to; i++) {
      Ranked r = ranking.ranked().get(i);
      MatchQueries.Candidate c = r.candidate();
      items.add(
          new MatchViews.VendorMatch(
              i + 1,
              c.id(),
              c.nameZh(),
              c.nameEn(),
              c.city(),
              c.facts().headcount(),
              c.unmetCount() == 0,
              r.score().total(),
              parts(r.score()),
              unmet(c),
              c.invitedAt()));
    }
    return new MatchViews.Ranking<>(
        items,
        page.page(),
        page.size(),
        ranking.ranked().size(),
        eligible(ranking),
        ranking.textComputed());
  }

  @Transactional(readOnly = true)
  public MatchViews.Ranking<MatchViews.TenderMatch> tenders(Actor actor, PageRequest page) {
    if (actor.kind() != OrganisationKind.VENDOR) {
      throw ProblemException.forbidden("Only vendors are recommended tenders.");
    }
    List<String> keywords =
        Keywords.of(queries.vendorText(actor.organisationId()), settings.keywords());
    Ranking ranking =
        rank(
            queries.tendersFor(
                actor.organisationId(), clock.instant(), settings.nearMissMaxUnmet()),
            ids -> text.of(TenderDocument.INDEX, keywords, ids));
    List<MatchViews.TenderMatch> items = new ArrayList<>();
    int from = (int) Math.min(page.offset(), ranking.ranked().size());
    int to = Math.min(from + page.size(), ranking.ranked().size());
    for (int i = from; i < to; i++) {
      Ranked r = ranking.ranked().get(i);
      MatchQueries.Candidate c = r.candidate();
      items.add(
          new MatchViews.TenderMatch(
              i + 1,
              c.id(),
              c.nameZh(),
              c.city(),
              c.bidDeadline(),
              c.unmetCount() == 0,
              r.score().total(),
              parts(r.score()),
              unmet(c),
              c.invitedAt()));
    }
    return new MatchViews.Ranking<>(
        items,
        page.page(),
        page.size(),
        ranking.ranked().size(),
        eligible(ranking),
        ranking.textComputed());
  }

  /** Invites a vendor listed among the tender's matches; a repeated invitation changes nothing. */
  @Transactional
  public MatchViews.Invitation invite(Actor actor, UUID tenderId, UUID vendorId) {
    MatchQueries.TenderHead tender = owned(actor, tenderId);
    Instant now = clock.instant();
    if (!"ACTIVE".equals(tender.status())
        || tender.bidDeadline() == null
        || !tender.bidDeadline().isAfter(now)) {
      throw ProblemException.conflict(
          "tender-not-open",
          "The tender is not open for bids",
          "Vendors can be invited only to a published tender before its bid deadline.");
    }
    if (vendorId == null) {
      throw ProblemException.invalid("vendorId", "is required");
    }
    if (queries
        .vendorsFor(tenderId, validOn(tender.bidDeadline()), settings.nearMissMaxUnmet(), vendorId)
        .isEmpty()) {
      throw ProblemException.invalid("vendorId", "is not among the vendors matched to the tender");
    }
    boolean created = queries.invite(tenderId, vendorId, actor.userId(), now);
    if (created) {
      notifications.send(
          List.of(vendorId), "TENDER_INVITATION", tenderId, Map.of("title", tender.title()));
      audit.record(
          actor, "tender.vendor-invited", "tender", tenderId, null, Map.of("vendorId", vendorId));
    }
    return new MatchViews.Invitation(
        tenderId, vendorId, queries.invitedAt(tenderId, vendorId), created);
  }

  /** Scores, orders, then lets the search engine refine the best ones by text. */
  Ranking rank(
      List<MatchQueries.Candidate> candidates,
      Function<List<UUID>, Optional<Map<UUID, Double>>> similarity) {
    List<Ranked> ranked = new ArrayList<>(candidates.size());
    for (MatchQueries.Candidate c : candidates) {
      ranked.add(new Ranked(c, Scoring.score(c.facts(), weights, settings.tuning())));
    }
    ranked.sort(ORDER);
    int window = Math.min(settings.textWindow(), ranked.size());
    if (window == 0) {
      return new Ranking(ranked, false);
    }
    List<UUID> ids = ranked.subList(0, window).stream().map(r -> r.candidate().id()).toList();
    Optional<Map<UUID, Double>> found = similarity.apply(ids);
    if (found.isEmpty()) {
      return new Ranking(ranked, false);
    }
    for (int i = 0; i < window; i++) {
      MatchQueries.Candidate c = ranked.get(i).candidate();
      Scoring.Facts facts = c.facts().withTextSimilarity(found.get().getOrDefault(c.id(), 0.0));
      MatchQueries.Candidate refined =
          new MatchQueries.Candidate(
              c.id(),
              c.nameZh(),
              c.nameEn(),
              c.city(),
              c.bidDeadline(),
              c.missingCapabilities(),
              c.missingLanguages(),
              c.missingCertifications(),
              c.shortOfHeadcount(),
              facts,
              c.invitedAt());
      ranked.set(i, new Ranked(refined, Scoring.score(facts, weights, settings.tuning())));
    }
    ranked.subList(0, window).sort(ORDER);
    return new Ranking(ranked, true);
  }

  private static final Comparator<Ranked> ORDER =
      Comparator.<Ranked>comparingInt(r -> r.candidate().unmetCount())
          .thenComparing(r -> r.score().total(), Comparator.reverseOrder())
          .thenComparing(r -> r.candidate().id());

  private MatchQueries.TenderHead owned(Actor actor, UUID tenderId) {
    MatchQueries.TenderHead tender =
        queries.tender(tenderId).orElseThrow(() -> ProblemException.notFound("The tender"));
    if (!actor.belongsTo(tender.clientId())) {
      if ("DRAFT".equals(tender.status())) {
        throw ProblemException.notFound("The tender");
      }
      throw ProblemException.forbidden("Only the tender's client sees and invites its matches.");
    }
    return tender;
  }

  private LocalDate validOn(Instant bidDeadline) {
    return bidDeadline == null
        ? LocalDate.ofInstant(clock.instant(), PROVINCE)
        : LocalDate.ofInstant(bidDeadline, PROVINCE);
  }

  private static long eligible(Ranking ranking) {
    return ranking.ranked().stream().filter(r -> r.candidate().unmetCount() == 0).count();
  }

  private static List<MatchViews.Part> parts(Scoring.Score score) {
    return score.parts().stream().map(MatchViews.Part::of).toList();
  }

  private static List<MatchViews.Unmet> unmet(MatchQueries.Candidate c) {
    List<MatchViews.Unmet> unmet = new ArrayList<>();
    if (c.shortOfHeadcount() != null) {
      unmet.add(new MatchViews.Unmet("headcount", String.valueOf(c.shortOfHeadcount())));
    }
    c.missingCertifications().forEach(v -> unmet.add(new MatchViews.Unmet("certification", v)));
    c.missingCapabilities().forEach(v -> unmet.add(new MatchViews.Unmet("capability", v)));
    c.missingLanguages().forEach(v -> unmet.add(new MatchViews.Unmet("language", v)));
    return unmet;
  }
}
