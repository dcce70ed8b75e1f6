package dev.waibao.tenders.infrastructure;

import static dev.waibao.tenders.infrastructure.Sql.instant;
import static dev.waibao.tenders.infrastructure.Sql.ts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * In-app notifications to organisations, written in the transaction of the change they report.
 * Nothing here may reveal a sealed bid: notifications about bids go to the bidder only.
 */
@Singleton
public class Notifications {

  private final DSLContext sql;
  private final JsonMapper json;
  private final Clock clock;

  Notifications(DSLContext sql, JsonMapper json, Clock clock) {
    this.sql = sql;
    this.json = json;
    this.clock = clock;
  }

  @Serdeable
  public record Notification(
      UUID id,
      String kind,
      @Nullable UUID tenderId,
      JsonNode payload,
      Instant createdAt,
      @Nullable Instant readAt) {}

  @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
  public void send(
      Collection<UUID> organisations, String kind, UUID tenderId, Map<String, Object> payload) {
    String body = write(payload);
    for (UUID organisation : new LinkedHashSet<>(organisations)) {
      sql.execute(
          """
          INSERT INTO notification (id, recipient_organisation_id, kind, tender_id, payload, created_at)
          VALUES (?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS timestamptz))
          """,
          UUID.randomUUID(),
          organisation,
          kind,
          tenderId,
          body,
          ts(clock.instant()));
    }
  }

  @Transactional(readOnly = true)
  public List<Notification> inbox(UUID organisation, int limit) {
    return sql.fetch(
            """
            SELECT id, kind, tender_id, payload::text AS payload, created_at, read_at FROM notification
            WHERE recipient_organisation_id = ? ORDER BY created_at DESC, id LIMIT ?
            """,
            organisation,
            limit)
        .map(
            row ->
                new Notification(
                    row.get("id", UUID.class),
                    row.get("kind", String.class),
                    row.get("tender_id", UUID.class),
                    read(row.get("payload", String.class)),
                    instant(row, "created_at"),
                    instant(row, "read_at")));
  }

  @Transactional(readOnly = true)
  public int unread(UUID organisation) {
    return sql.fetchValue(
                "SELECT count(*) FROM notification WHERE recipient_organisation_id = ? AND read_at IS NULL",
                organisation)
            instanceof Number n
        ? n.intValue()
        : 0;
  }

  /** Marks one of the organisation's notifications read; false if it is not theirs. */
  @Transactional
  public boolean markRead(UUID organisation, UUID id) {
    return sql.execute(
            "UPDATE notification SET read_at = coalesce(read_at, CAST(? AS timestamptz)) WHERE id = ? AND recipient_organisation_id = ?",
            ts(clock.instant()),
            id,
            organisation)
        > 0;
  }

  private String write(Map<String, Object> payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode read(String payload) {
    try {
      return json.readValue(payload, JsonNode.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
