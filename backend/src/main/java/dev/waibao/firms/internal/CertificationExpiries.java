package dev.waibao.firms.internal;

import dev.waibao.search.SearchOutbox;
import dev.waibao.searchindex.FirmDocument;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A verified certification stops counting the day after its expiry date without anyone writing a
 * row, so the search index would keep showing it. This job tells the index about every firm whose
 * verified certification has expired since it last looked, once per certification and expiry date
 * (several instances may run it: the first to record an expiry announces it).
 */
@Singleton
public class CertificationExpiries {

  private static final Logger LOG = LoggerFactory.getLogger(CertificationExpiries.class);

  private final DSLContext sql;
  private final SearchOutbox search;
  private final Clock clock;

  CertificationExpiries(DSLContext sql, SearchOutbox search, Clock clock) {
    this.sql = sql;
    this.search = search;
    this.clock = clock;
  }

  @Scheduled(fixedDelay = "${waibao.firms.expiry-check-interval:10m}", initialDelay = "20s")
  void announceContinuously() {
    try {
      announce();
    } catch (RuntimeException e) {
      LOG.warn(
          "Announcing expired certifications to search failed; it retries: {}", e.getMessage());
    }
  }

  /** Announces the firms whose verified certifications expired unannounced; returns them. */
  @Transactional
  public List<UUID> announce() {
    LocalDate today = FirmsCalendar.today(clock);
    List<UUID> firms =
        sql.fetch(
                """
                WITH expired AS (
                  INSERT INTO certification_expiry_announced (certification_id, expires_on)
                  SELECT c.id, c.expires_on FROM certification c
                  WHERE c.status = 'VERIFIED' AND c.expires_on < CAST(? AS date)
                    AND NOT EXISTS (SELECT 1 FROM certification_expiry_announced a
                                    WHERE a.certification_id = c.id AND a.expires_on = c.expires_on)
                  ON CONFLICT DO NOTHING
                  RETURNING certification_id)
                SELECT DISTINCT c.organisation_id FROM certification c
                JOIN expired e ON e.certification_id = c.id
                ORDER BY 1
                """,
                today)
            .map(r -> r.get(0, UUID.class));
    firms.forEach(firm -> search.changedAndCounted(FirmDocument.INDEX, firm));
    return firms;
  }
}
