package dev.waibao.audit;

import dev.waibao.shared.security.Actor;
import dev.waibao.shared.web.RequestIds;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Records state changes. Call it inside the transaction that makes the change: if the change rolls
 * back, so does its event; if the event cannot be written, the change fails.
 */
@Singleton
public class AuditTrail {

  private final DSLContext sql;
  private final JsonMapper json;
  private final Clock clock;

  AuditTrail(DSLContext sql, JsonMapper json, Clock clock) {
    this.sql = sql;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records that {@code actor} (null for the system itself) did {@code action} to an entity.
   *
   * @param before the entity's relevant state before, or null when it was created
   * @param after its state after, or null when it was deleted
   */
  @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
  public void record(
      @Nullable Actor actor,
      String action,
      String entityType,
      Object entityId,
      @Nullable Object before,
      @Nullable Object after) {
    recordSealed(actor, action, entityType, entityId, before, after, null);
  }

  /**
   * Records a change that only the actor's own organisation may read until {@code sealedUntil} (a
   * sealed bid before its tender's deadline); null for no seal.
   */
  @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
  public void recordSealed(
      @Nullable Actor actor,
      String action,
      String entityType,
      Object entityId,
      @Nullable Object before,
      @Nullable Object after,
      @Nullable Instant sealedUntil) {
    sql.execute(
        """
        INSERT INTO audit_event (id, occurred_at, actor_user_id, actor_organisation_id, action,
                                 entity_type, entity_id, before_state, after_state, request_id,
                                 sealed_until)
        VALUES (?, CAST(? AS timestamptz), ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?,
                CAST(? AS timestamptz))
        """,
        UUID.randomUUID(),
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
        actor == null ? null : actor.userId(),
        actor == null ? null : actor.organisationId(),
        action,
        entityType,
        String.valueOf(entityId),
        toJson(before),
        toJson(after),
        ServerRequestContext.currentRequest().flatMap(RequestIds::of).orElse(null),
        sealedUntil == null ? null : sealedUntil.atOffset(ZoneOffset.UTC));
  }

  private String toJson(Object state) {
    if (state == null) {
      return null;
    }
    try {
      return json.writeValueAsString(state);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot record audit state of " + state.getClass(), e);
    }
  }
}
