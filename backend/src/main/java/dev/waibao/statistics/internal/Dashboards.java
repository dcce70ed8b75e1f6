package dev.waibao.statistics.internal;

import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.statistics.model.Granularity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Who sees which tables: the authority the province (tenders, contracts, vendors, occupancy,
 * subsidies), a park operator its own parks (occupancy, contracts and vendors of the park's
 * tenants, subsidies that went to the park), a vendor the anonymised market.
 */
@Singleton
public class Dashboards {

  static final Set<String> GROUPS = Set.of("city", "park", "category", "industry", "deliveryMode");
  static final Set<String> DELIVERY_MODES = Set.of("ONSHORE", "OFFSHORE", "NEARSHORE");

  private final IndicatorQueries queries;
  private final DSLContext sql;
  private final Clock clock;

  Dashboards(IndicatorQueries queries, DSLContext sql, Clock clock) {
    this.queries = queries;
    this.sql = sql;
    this.clock = clock;
  }

  @Serdeable
  public record Dashboard(
      String scope,
      String period,
      LocalDate from,
      LocalDate to,
      List<String> filters,
      List<Table> tables) {}

  /** The raw query parameters of a dashboard or an export. */
  @Serdeable
  public record Parameters(
      @Nullable String period,
      @Nullable String from,
      @Nullable String to,
      @Nullable String city,
      @Nullable String park,
      @Nullable String category,
      @Nullable String industry,
      @Nullable String deliveryMode,
      @Nullable String groupBy,
      @Nullable String lang) {}

  enum Scope {
    PROVINCE,
    PARK,
    MARKET
  }

  @Transactional(readOnly = true)
  public Dashboard dashboard(Actor actor, Parameters parameters) {
    Scope scope = scope(actor);
    Filters f = filters(actor, scope, parameters);
    List<Table> tables =
        switch (scope) {
          case PROVINCE ->
              List.of(
                  queries.tenders(f),
                  queries.contracts(f),
                  queries.vendors(f),
                  queries.occupancy(f),
                  queries.subsidies(f));
          case PARK ->
              List.of(
                  queries.occupancy(f),
                  queries.contracts(f),
                  queries.vendors(f),
                  queries.subsidies(f));
          case MARKET -> List.of(queries.market(f));
        };
    return new Dashboard(scope.name(), f.period().name(), f.from(), f.to(), f.describe(), tables);
  }

  /** One table of the actor's dashboard, for an export. */
  @Transactional(readOnly = true)
  public Export table(Actor actor, String id, Parameters parameters) {
    Dashboard dashboard = dashboard(actor, parameters);
    Table table =
        dashboard.tables().stream()
            .filter(t -> t.id().equals(id))
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("The table " + id));
    return new Export(dashboard, table);
  }

  record Export(Dashboard dashboard, Table table) {}

  private static Scope scope(Actor actor) {
    return switch (actor.kind()) {
      case AUTHORITY -> Scope.PROVINCE;
      case PARK_OPERATOR -> Scope.PARK;
      case VENDOR -> Scope.MARKET;
      default ->
          throw ProblemException.forbidden(
              "Statistics are for the authority, park operators and vendors.");
    };
  }

  private Filters filters(Actor actor, Scope scope, Parameters p) {
    Violations v = new Violations();
    Granularity period = Granularity.QUARTER;
    if (p.period() != null) {
      try {
        period = Granularity.valueOf(p.period());
      } catch (IllegalArgumentException e) {
        v.add("period", "must be MONTH, QUARTER or YEAR");
      }
    }
    LocalDate today = clock.instant().atZone(ZoneId.of(IndicatorQueries.ZONE)).toLocalDate();
    LocalDate from = date(v, "from", p.from(), today.withDayOfYear(1));
    LocalDate to = date(v, "to", p.to(), today);
    if (from != null && to != null) {
      v.require(!to.isBefore(from), "to", "must not be before from");
      v.require(!to.isAfter(from.plusYears(10)), "to", "must be within ten years of from");
    }
    String city = blank(p.city());
    if (city != null) {
      v.require(exists("SELECT 1 FROM city WHERE code = ?", city), "city", "is not a known city");
    }
    String category = blank(p.category());
    if (category != null) {
      v.require(
          exists("SELECT 1 FROM capability_group WHERE code = ?", category),
          "category",
          "is not a capability category");
    }
    String industry = blank(p.industry());
    if (industry != null) {
      v.require(
          exists("SELECT 1 FROM industry WHERE code = ?", industry),
          "industry",
          "is not a known industry");
    }
    String deliveryMode = blank(p.deliveryMode());
    if (deliveryMode != null) {
      v.require(
          DELIVERY_MODES.contains(deliveryMode),
          "deliveryMode",
          "must be ONSHORE, OFFSHORE or NEARSHORE");
    }
    String groupBy = blank(p.groupBy());
    if (groupBy != null) {
      v.require(
          GROUPS.contains(groupBy),
          "groupBy",
          "must be city, park, category, industry or deliveryMode");
      if (scope == Scope.MARKET) {
        v.require(
            groupBy.equals("category") || groupBy.equals("industry"),
            "groupBy",
            "must be category or industry for market information");
      }
    }
    UUID park = null;
    String parkText = blank(p.park());
    if (parkText != null) {
      try {
        park = UUID.fromString(parkText);
      } catch (IllegalArgumentException e) {
        v.add("park", "is not a park id");
      }
      if (scope == Scope.MARKET) {
        v.add("park", "does not apply to market information");
      }
    }
    v.throwIfAny();
    List<UUID> parks = park == null ? List.of() : List.of(park);
    if (scope == Scope.PARK) {
      List<UUID> own =
          sql.fetch(
                  "SELECT id FROM park WHERE operator_organisation_id = ? ORDER BY created_at",
                  actor.organisationId())
              .map(r -> r.get(0, UUID.class));
      if (own.isEmpty()) {
        throw ProblemException.forbidden("Your organisation runs no park yet.");
      }
      if (park != null && !own.contains(park)) {
        throw ProblemException.forbidden("You see the statistics of your own parks only.");
      }
      parks = park == null ? own : parks;
    } else if (park != null && !exists("SELECT 1 FROM park WHERE id = ?", park)) {
      throw ProblemException.invalid("park", "is not a known park");
    }
    return new Filters(
        period,
        from,
        to,
        city,
        parks,
        category,
        industry,
        deliveryMode,
        groupBy,
        "en".equals(p.lang()) ? "en" : "zh-CN");
  }

  private boolean exists(String query, Object value) {
    return sql.fetchOne(query, value) != null;
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static @Nullable LocalDate date(
      Violations v, String field, @Nullable String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      v.add(field, "must be a date (2026-01-31)");
      return null;
    }
  }
}
