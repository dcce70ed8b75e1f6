package dev.waibao.audit.internal;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.noCondition;

import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The audit trail, newest first: the authority sees everything, an admin their organisation's. */
@Controller("/api/audit-events")
@Tag(name = "Audit")
class AuditController {

  private static final int MAX_SIZE = 100;

  private final DSLContext sql;
  private final JsonMapper json;
  private final java.time.Clock clock;

  AuditController(DSLContext sql, JsonMapper json, java.time.Clock clock) {
    this.sql = sql;
    this.json = json;
    this.clock = clock;
  }

  @Serdeable
  record AuditEventView(
      UUID id,
      OffsetDateTime occurredAt,
      @Nullable UUID actorUserId,
      @Nullable String actorEmail,
      String action,
      String entityType,
      String entityId,
      @Nullable JsonNode before,
      @Nullable JsonNode after,
      @Nullable String requestId) {}

  @Serdeable
  record Page(List<AuditEventView> items, int page, int size, long total) {}

  @Get
  @Secured({"ORG_ADMIN", "AUTHORITY"})
  @Transactional(readOnly = true)
  @Operation(summary = "Audit events, newest first, optionally for one entity")
  Page list(
      Authentication authentication,
      @QueryValue(defaultValue = "0") int page,
      @QueryValue(defaultValue = "20") int size,
      @QueryValue @Nullable String entityType,
      @QueryValue @Nullable String entityId) {
    new Violations()
        .require(page >= 0, "page", "must be 0 or greater")
        .require(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
        .throwIfAny();
    Actor actor = Actor.of(authentication);
    Condition own = condition("e.actor_organisation_id = ?", actor.organisationId());
    // a sealed bid's trail is its bidder's alone until the deadline
    Condition unsealed =
        condition("(e.sealed_until IS NULL OR e.sealed_until <= CAST(? AS timestamptz))", now())
            .or(own);
    Condition visible = actor.isAuthority() ? unsealed : own;
    Condition filter =
        visible
            .and(entityType == null ? noCondition() : condition("e.entity_type = ?", entityType))
            .and(entityId == null ? noCondition() : condition("e.entity_id = ?", entityId));
    long total =
        sql.fetchValue("SELECT count(*) FROM audit_event e WHERE {0}", filter) instanceof Number n
            ? n.longValue()
            : 0;
    List<AuditEventView> items =
        sql.fetch(
                """
                SELECT e.id, e.occurred_at, e.actor_user_id, u.email, e.action, e.entity_type,
                       e.entity_id, e.before_state::text AS before_state,
                       e.after_state::text AS after_state, e.request_id
                FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
                WHERE {0}
                ORDER BY e.seq DESC
                LIMIT {1} OFFSET {2}
                """,
                filter,
                org.jooq.impl.DSL.inline(size),
                org.jooq.impl.DSL.inline((long) page * size))
            .map(this::view);
    return new Page(items, page, size, total);
  }

  private java.time.OffsetDateTime now() {
    return java.time.OffsetDateTime.now(clock).withOffsetSameInstant(java.time.ZoneOffset.UTC);
  }

  private AuditEventView view(Record row) {
    return new AuditEventView(
        row.get(0, UUID.class),
        row.get(1, OffsetDateTime.class),
        row.get(2, UUID.class),
        row.get(3, String.class),
        row.get(4, String.class),
        row.get(5, String.class),
        row.get(6, String.class),
        parse(row.get(7, String.class)),
        parse(row.get(8, String.class)),
        row.get(9, String.class));
  }

  private JsonNode parse(String state) {
    if (state == null) {
      return null;
    }
    try {
      return json.readValue(state, JsonNode.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
