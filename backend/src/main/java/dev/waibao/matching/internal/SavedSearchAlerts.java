package dev.waibao.matching.internal;

import dev.waibao.searchindex.TenderDocument;
import dev.waibao.tenders.infrastructure.Notifications;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts vendors of newly published tenders that match their saved searches. Each published tender
 * is compared once with every saved search that has alerts on and existed at its publication: the
 * filters in SQL, then the free text by the search engine, restricted to that tender's id — so a
 * saved search matches exactly the tenders the search page would show for it. It runs once the
 * tender's document has reached the index (no pending outbox row), so the engine sees the published
 * text.
 *
 * <p>A vendor organisation gets one notification per tender, however many of its searches match and
 * however often the tender is later amended (amendments are never scanned), and at most {@code
 * alertsPerDay} a day (in the province's calendar); a match over the limit is recorded and not
 * sent. Several instances may run this: a tender is claimed by inserting its scan row, alerts are
 * unique per saved search and tender, and the daily count is taken under a per-organisation lock.
 */
@Singleton
class SavedSearchAlerts {

  private static final Logger LOG = LoggerFactory.getLogger(SavedSearchAlerts.class);
  private static final int BATCH = 20;

  private final DSLContext sql;
  private final TextSimilarity engine;
  private final Notifications notifications;
  private final MatchingSettings settings;
  private final Clock clock;

  SavedSearchAlerts(
      DSLContext sql,
      TextSimilarity engine,
      Notifications notifications,
      MatchingSettings settings,
      Clock clock) {
    this.sql = sql;
    this.engine = engine;
    this.notifications = notifications;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(fixedDelay = "${waibao.matching.alert-interval:5s}", initialDelay = "5s")
  void scanContinuously() {
    try {
      scanNewTenders();
    } catch (RuntimeException e) {
      LOG.warn("Saved-search alerts failed; they are retried: {}", e.getMessage());
    }
  }

  /** Scans the tenders due; returns how many this instance scanned. */
  public int scanNewTenders() {
    List<UUID> due = due();
    if (due.isEmpty()) {
      return 0;
    }
    int scanned = 0;
    for (UUID tender : due) {
      if (scan(tender)) {
        scanned++;
      }
    }
    return scanned;
  }

  @Transactional(readOnly = true)
  List<UUID> due() {
    Instant now = clock.instant();
    return sql.fetch(
            """
            SELECT t.id FROM tender t
            WHERE t.status = 'ACTIVE' AND t.published_at >= CAST(? AS timestamptz)
              AND NOT EXISTS (SELECT 1 FROM saved_search_scan s WHERE s.tender_id = t.id)
              AND NOT EXISTS (SELECT 1 FROM search_outbox o
                              WHERE o.index_name = ? AND o.document_id = CAST(t.id AS text))
            ORDER BY t.published_at LIMIT ?
            """,
            utc(now.minus(settings.alertLookback())),
            TenderDocument.INDEX,
            BATCH)
        .map(row -> row.get(0, UUID.class));
  }

  private record Match(UUID search, UUID organisation, String name, String query) {}

  /** Compares one tender with the saved searches, unless another instance already did. */
  @Transactional
  public boolean scan(UUID tender) {
    Instant now = clock.instant();
    int claimed =
        sql.execute(
            "INSERT INTO saved_search_scan (tender_id, scanned_at) VALUES (?, CAST(? AS timestamptz)) ON CONFLICT DO NOTHING",
            tender,
            utc(now));
    if (claimed == 0) {
      return false;
    }
    var head = sql.fetchOne("SELECT title, status FROM tender WHERE id = ? FOR SHARE", tender);
    if (head == null || !"ACTIVE".equals(head.get("status", String.class))) {
      return true;
    }
    String title = head.get("title", String.class);
    List<Match> candidates =
        sql.fetch(
                """
                SELECT s.id, s.organisation_id, s.name, s.query FROM saved_search s JOIN tender t ON t.id = ?
                WHERE s.alerts AND s.created_at <= t.published_at
                  AND (s.filters -> 'category' IS NULL OR EXISTS (
                        SELECT 1 FROM tender_capability tc
                        WHERE tc.tender_id = t.id AND s.filters -> 'category' @> to_jsonb(tc.capability_code)))
                  AND (s.filters -> 'industry' IS NULL OR s.filters -> 'industry' @> to_jsonb(t.client_industry))
                  AND (s.filters -> 'city' IS NULL OR s.filters -> 'city' @> to_jsonb(t.city))
                  AND (s.filters -> 'deliveryMode' IS NULL OR s.filters -> 'deliveryMode' @> to_jsonb(t.delivery_mode))
                  AND (s.filters -> 'budgetMin' IS NULL OR t.budget_max >= CAST(s.filters ->> 'budgetMin' AS numeric))
                  AND (s.filters -> 'budgetMax' IS NULL OR t.budget_max <= CAST(s.filters ->> 'budgetMax' AS numeric))
                ORDER BY s.organisation_id, s.created_at, s.id
                """,
                tender)
            .map(
                row ->
                    new Match(
                        row.get("id", UUID.class),
                        row.get("organisation_id", UUID.class),
                        row.get("name", String.class),
                        row.get("query", String.class)));
    if (candidates.stream().anyMatch(match -> match.query() != null)) {
      // the relay has indexed the tender; make it visible to searches before asking
      engine.refresh(TenderDocument.INDEX);
    }
    Map<String, Boolean> textMatches = new HashMap<>();
    Map<UUID, List<Match>> byOrganisation = new LinkedHashMap<>();
    for (Match match : candidates) {
      boolean matches =
          match.query() == null
              || textMatches.computeIfAbsent(
                  match.query(), text -> engine.matches(TenderDocument.INDEX, text, tender));
      if (matches) {
        byOrganisation.computeIfAbsent(match.organisation(), o -> new ArrayList<>()).add(match);
      }
    }
    byOrganisation.forEach((organisation, matches) -> alert(organisation, matches, tender, title));
    return true;
  }

  private void alert(UUID organisation, List<Match> matches, UUID tender, String title) {
    Instant now = clock.instant();
    sql.execute(
        "SELECT pg_advisory_xact_lock(hashtext('saved-search-alerts'), hashtext(CAST(? AS text)))",
        organisation);
    Instant dayStart =
        LocalDate.ofInstant(now, Matching.PROVINCE).atStartOfDay(Matching.PROVINCE).toInstant();
    int sentToday =
        Optional.ofNullable(
                sql.fetchValue(
                    """
                    SELECT count(DISTINCT tender_id) FROM saved_search_alert
                    WHERE organisation_id = ? AND outcome = 'SENT' AND created_at >= CAST(? AS timestamptz)
                    """,
                    organisation,
                    utc(dayStart)))
            .map(value -> ((Number) value).intValue())
            .orElse(0);
    String outcome = sentToday < settings.alertsPerDay() ? "SENT" : "OVER_DAILY_LIMIT";
    int inserted = 0;
    for (Match match : matches) {
      inserted +=
          sql.execute(
              """
              INSERT INTO saved_search_alert (saved_search_id, tender_id, organisation_id, outcome, created_at)
              VALUES (?, ?, ?, ?, CAST(? AS timestamptz)) ON CONFLICT DO NOTHING
              """,
              match.search(),
              tender,
              organisation,
              outcome,
              utc(now));
    }
    if (inserted > 0 && outcome.equals("SENT")) {
      Match first = matches.getFirst();
      notifications.send(
          List.of(organisation),
          "SAVED_SEARCH_MATCH",
          tender,
          Map.of(
              "title", title,
              "savedSearchId", first.search().toString(),
              "savedSearchName", first.name(),
              "savedSearches", matches.size()));
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
