package dev.waibao.search.internal;

import dev.waibao.search.DocumentSource;
import dev.waibao.searchindex.DocumentVersion;
import dev.waibao.searchindex.SearchEngine;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Queues the documents again that an engine may have lost in a crash (embedded Lucene acknowledges
 * writes before its periodic commit): walks the database's ids and versions beside the index's,
 * both ascending by id, and queues every id whose version differs, is missing from the index, or is
 * in the index only. The outbox is durable, so once they are queued the relay brings the index back
 * to the database even if the app dies again.
 */
@Singleton
class LostWrites {

  private static final int PAGE = 10_000;

  private final DSLContext sql;
  private final SearchEngine engine;
  private final Clock clock;

  LostWrites(DSLContext sql, SearchEngine engine, Clock clock) {
    this.sql = sql;
    this.engine = engine;
    this.clock = clock;
  }

  /** Queues every document of the source whose index entry differs; returns how many. */
  @Transactional
  public int requeue(DocumentSource source) {
    engine.refresh(source.index());
    Iterator<DocumentVersion> indexed = engine.idsAndVersions(source.index(), PAGE).iterator();
    DocumentVersion next = indexed.hasNext() ? indexed.next() : null;
    var differing = new ArrayList<String>();
    int queued = 0;
    String after = null;
    while (true) {
      List<DocumentVersion> page = source.versions(after, PAGE);
      for (DocumentVersion stored : page) {
        while (next != null && next.id().compareTo(stored.id()) < 0) {
          differing.add(next.id()); // in the index only: the relay removes it
          next = indexed.hasNext() ? indexed.next() : null;
        }
        if (next != null && next.id().equals(stored.id())) {
          if (next.version() != stored.version()) {
            differing.add(stored.id());
          }
          next = indexed.hasNext() ? indexed.next() : null;
        } else {
          differing.add(stored.id());
        }
      }
      queued += enqueue(source.index(), differing);
      differing.clear();
      if (page.size() < PAGE) {
        break;
      }
      after = page.getLast().id();
    }
    while (next != null) {
      differing.add(next.id());
      next = indexed.hasNext() ? indexed.next() : null;
    }
    return queued + enqueue(source.index(), differing);
  }

  private int enqueue(String index, List<String> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    return sql.execute(
        """
        INSERT INTO search_outbox (index_name, document_id, enqueued_at, next_attempt_at)
        SELECT ?, id, CAST(? AS timestamptz), CAST(? AS timestamptz) FROM unnest(?) AS id
        """,
        index,
        now,
        now,
        ids.toArray(String[]::new));
  }
}
