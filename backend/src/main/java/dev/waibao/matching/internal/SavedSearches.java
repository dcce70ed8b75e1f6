package dev.waibao.matching.internal;

import dev.waibao.audit.AuditTrail;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * A vendor's saved tender searches: the search page's free text and filters, kept under a name,
 * with alerts on new matching tenders that the vendor can switch off (unsubscribe) and on again.
 */
@Singleton
class SavedSearches {

  static final int MAX_PER_ORGANISATION = 50;
  private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9_.-]{1,60}$");
  private static final int MAX_VALUES = 20;

  private final DSLContext sql;
  private final JsonMapper json;
  private final AuditTrail audit;
  private final Clock clock;

  SavedSearches(DSLContext sql, JsonMapper json, AuditTrail audit, Clock clock) {
    this.sql = sql;
    this.json = json;
    this.audit = audit;
    this.clock = clock;
  }

  /** The search page's filters; empty lists and null bounds do not filter. */
  @Serdeable
  record Filters(
      @Nullable List<String> category,
      @Nullable List<String> industry,
      @Nullable List<String> city,
      @Nullable List<String> deliveryMode,
      @Nullable Long budgetMin,
      @Nullable Long budgetMax) {
    static final Filters NONE = new Filters(List.of(), List.of(), List.of(), List.of(), null, null);
  }

  @Serdeable
  record Input(
      @Nullable String name,
      @Nullable String query,
      @Nullable Filters filters,
      @Nullable Boolean alerts) {}

  @Serdeable
  record SavedSearch(
      UUID id,
      String name,
      @Nullable String query,
      Filters filters,
      boolean alerts,
      Instant createdAt,
      Instant updatedAt) {}

  @Transactional(readOnly = true)
  public List<SavedSearch> list(Actor actor) {
    requireVendor(actor);
    return sql.fetch(
            "SELECT id, name, query, filters::text AS filters, alerts, created_at, updated_at FROM saved_search WHERE organisation_id = ? ORDER BY created_at, id",
            actor.organisationId())
        .map(this::view);
  }

  @Transactional
  public SavedSearch create(Actor actor, Input input) {
    requireVendor(actor);
    Filters filters = validFilters(input.filters());
    String name = input.name() == null ? null : input.name().strip();
    String query = blank(input.query());
    Violations v = new Violations();
    v.text("name", name, 100);
    v.require(query == null || query.length() <= 500, "query", "must be at most 500 characters");
    v.throwIfAny();
    // serialises saves of one organisation so the limit holds under concurrency
    sql.fetch("SELECT id FROM organisation WHERE id = ? FOR UPDATE", actor.organisationId());
    int count =
        sql.fetchCount(
            sql.selectOne()
                .from("saved_search")
                .where("organisation_id = ?", actor.organisationId()));
    if (count >= MAX_PER_ORGANISATION) {
      throw ProblemException.conflict(
          "too-many-saved-searches",
          "Too many saved searches",
          "An organisation keeps at most " + MAX_PER_ORGANISATION + " saved searches.");
    }
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    sql.execute(
        """
        INSERT INTO saved_search (id, organisation_id, created_by, name, query, filters, alerts, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, CAST(? AS timestamptz), CAST(? AS timestamptz))
        """,
        id,
        actor.organisationId(),
        actor.userId(),
        name,
        query,
        write(stored(filters)),
        input.alerts() == null || input.alerts(),
        now,
        now);
    SavedSearch created = find(actor, id);
    audit.record(actor, "saved-search.created", "saved-search", id, null, created);
    return created;
  }

  /** Renames it, or switches its alerts off (unsubscribes) or on. */
  @Transactional
  public SavedSearch update(Actor actor, UUID id, Input input) {
    SavedSearch before = find(actor, id);
    String name = input.name() == null ? before.name() : input.name().strip();
    new Violations().text("name", name, 100).throwIfAny();
    boolean alerts = input.alerts() == null ? before.alerts() : input.alerts();
    sql.execute(
        "UPDATE saved_search SET name = ?, alerts = ?, updated_at = CAST(? AS timestamptz) WHERE id = ?",
        name,
        alerts,
        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
        id);
    SavedSearch after = find(actor, id);
    audit.record(actor, "saved-search.updated", "saved-search", id, before, after);
    return after;
  }

  @Transactional
  public void delete(Actor actor, UUID id) {
    SavedSearch before = find(actor, id);
    sql.execute("DELETE FROM saved_search WHERE id = ?", id);
    audit.record(actor, "saved-search.deleted", "saved-search", id, before, null);
  }

  private SavedSearch find(Actor actor, UUID id) {
    requireVendor(actor);
    return sql.fetchOptional(
            "SELECT id, name, query, filters::text AS filters, alerts, created_at, updated_at FROM saved_search WHERE id = ? AND organisation_id = ?",
            id,
            actor.organisationId())
        .map(this::view)
        .orElseThrow(() -> ProblemException.notFound("The saved search"));
  }

  private SavedSearch view(Record row) {
    return new SavedSearch(
        row.get("id", UUID.class),
        row.get("name", String.class),
        row.get("query", String.class),
        read(row.get("filters", String.class)),
        row.get("alerts", Boolean.class),
        row.get("created_at", OffsetDateTime.class).toInstant(),
        row.get("updated_at", OffsetDateTime.class).toInstant());
  }

  private static Filters validFilters(@Nullable Filters filters) {
    if (filters == null) {
      return Filters.NONE;
    }
    Violations v = new Violations();
    Filters valid =
        new Filters(
            codes(v, "filters.category", filters.category()),
            codes(v, "filters.industry", filters.industry()),
            codes(v, "filters.city", filters.city()),
            codes(v, "filters.deliveryMode", filters.deliveryMode()),
            filters.budgetMin(),
            filters.budgetMax());
    v.require(
        valid.budgetMin() == null || valid.budgetMin() >= 0,
        "filters.budgetMin",
        "must not be negative");
    v.require(
        valid.budgetMax() == null || valid.budgetMax() >= 0,
        "filters.budgetMax",
        "must not be negative");
    v.require(
        valid.budgetMin() == null
            || valid.budgetMax() == null
            || valid.budgetMin() <= valid.budgetMax(),
        "filters.budgetMin",
        "must not exceed budgetMax");
    v.throwIfAny();
    return valid;
  }

  private static List<String> codes(Violations v, String field, @Nullable List<String> values) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > MAX_VALUES) {
      v.add(field, "must have at most " + MAX_VALUES + " values");
      return List.of();
    }
    List<String> codes = new ArrayList<>(new LinkedHashSet<>(values));
    for (int i = 0; i < codes.size(); i++) {
      if (codes.get(i) == null || !CODE.matcher(codes.get(i)).matches()) {
        v.add(field + "[" + i + "]", "is not a valid code");
      }
    }
    return codes;
  }

  /** Only the filters that filter are stored, so SQL can test a key's presence. */
  private static Map<String, Object> stored(Filters filters) {
    Map<String, Object> stored = new java.util.LinkedHashMap<>();
    putIfAny(stored, "category", filters.category());
    putIfAny(stored, "industry", filters.industry());
    putIfAny(stored, "city", filters.city());
    putIfAny(stored, "deliveryMode", filters.deliveryMode());
    if (filters.budgetMin() != null) {
      stored.put("budgetMin", filters.budgetMin());
    }
    if (filters.budgetMax() != null) {
      stored.put("budgetMax", filters.budgetMax());
    }
    return stored;
  }

  private static void putIfAny(Map<String, Object> map, String key, List<String> values) {
    if (values != null && !values.isEmpty()) {
      map.put(key, values);
    }
  }

  private static void requireVendor(Actor actor) {
    if (actor.kind() != OrganisationKind.VENDOR) {
      throw ProblemException.forbidden("Only vendors save tender searches.");
    }
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Filters read(String value) {
    try {
      Filters f = json.readValue(value, Filters.class);
      return new Filters(
          f.category() == null ? List.of() : f.category(),
          f.industry() == null ? List.of() : f.industry(),
          f.city() == null ? List.of() : f.city(),
          f.deliveryMode() == null ? List.of() : f.deliveryMode(),
          f.budgetMin(),
          f.budgetMax());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
