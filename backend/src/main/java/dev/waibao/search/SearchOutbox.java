package dev.waibao.search;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/**
 * Where features say that a document the index holds has changed. Call it inside the transaction of
 * the change: the index then follows the database exactly, never ahead of a rollback and never
 * missing a commit.
 */
@Singleton
public class SearchOutbox {

  private final DSLContext sql;
  private final Clock clock;

  SearchOutbox(DSLContext sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
  public void changed(String index, Object documentId) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    sql.execute(
        """
        INSERT INTO search_outbox (index_name, document_id, enqueued_at, next_attempt_at)
        VALUES (?, ?, CAST(? AS timestamptz), CAST(? AS timestamptz))
        """,
        index,
        String.valueOf(documentId),
        now,
        now);
  }

  /**
   * Like {@link #changed}, for a document assembled from several rows without one version column
   * that grows with every change (a firm's profile and certifications, a park and its units): also
   * counts the change, and the count is the document's version (table {@code
   * search_document_version}; a document without a row there has version 0). Concurrent changes of
   * one document queue on its counter row.
   */
  @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
  public void changedAndCounted(String index, Object documentId) {
    sql.execute(
        """
        INSERT INTO search_document_version (index_name, document_id, version) VALUES (?, ?, 1)
        ON CONFLICT (index_name, document_id)
        DO UPDATE SET version = search_document_version.version + 1
        """,
        index,
        String.valueOf(documentId));
    changed(index, documentId);
  }
}
