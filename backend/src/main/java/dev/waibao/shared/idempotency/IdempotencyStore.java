package dev.waibao.shared.idempotency;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The first answer to each (user, key), claimed before the request runs. */
@Singleton
class IdempotencyStore {

  private final DSLContext sql;
  private final Clock clock;

  IdempotencyStore(DSLContext sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  /** A stored request: its fingerprint and, once finished, its answer. */
  record Stored(String requestHash, Integer status, String contentType, String body) {}

  /** Claims the key for this request; empty if claimed now, else what is stored under it. */
  @Transactional
  Optional<Stored> claim(UUID user, String key, String requestHash) {
    int inserted =
        sql.execute(
            """
            INSERT INTO idempotent_request (user_id, key, request_hash, created_at)
            VALUES (?, ?, ?, CAST(? AS timestamptz)) ON CONFLICT (user_id, key) DO NOTHING
            """,
            user,
            key,
            requestHash,
            clock.instant().atOffset(ZoneOffset.UTC));
    if (inserted == 1) {
      return Optional.empty();
    }
    Record row =
        sql.fetchOne(
            "SELECT request_hash, status, content_type, body FROM idempotent_request WHERE user_id = ? AND key = ?",
            user,
            key);
    return Optional.of(
        new Stored(
            row.get(0, String.class),
            row.get(1, Integer.class),
            row.get(2, String.class),
            row.get(3, String.class)));
  }

  @Transactional
  void complete(UUID user, String key, int status, String contentType, String body) {
    sql.execute(
        "UPDATE idempotent_request SET status = ?, content_type = ?, body = ? WHERE user_id = ? AND key = ?",
        status,
        contentType,
        body,
        user,
        key);
  }

  /** A failed request leaves no trace, so its retry runs afresh. */
  @Transactional
  void release(UUID user, String key) {
    sql.execute(
        "DELETE FROM idempotent_request WHERE user_id = ? AND key = ? AND status IS NULL",
        user,
        key);
  }
}
