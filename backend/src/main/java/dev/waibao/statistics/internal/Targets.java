package dev.waibao.statistics.internal;

import dev.waibao.audit.AuditTrail;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.statistics.model.Projection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The policy targets of each plan period and the progress towards them: the current value (the
 * latest year vendors filed for), the yearly trend and the date the target is reached at the
 * current rate. Well-known firms are those the authority recognised.
 */
@Singleton
public class Targets {

  static final List<String> INDICATORS =
      List.of("WELL_KNOWN_FIRMS", "SCALE_FIRMS", "LARGE_FIRMS", "ANNUAL_REVENUE", "EMPLOYMENT");
  private static final int TREND_YEARS = 10;

  private final DSLContext sql;
  private final AuditTrail audit;
  private final Clock clock;

  Targets(DSLContext sql, AuditTrail audit, Clock clock) {
    this.sql = sql;
    this.audit = audit;
    this.clock = clock;
  }

  @Serdeable
  public record PlanPeriod(
      String code,
      String nameZh,
      String nameEn,
      String source,
      LocalDate startsOn,
      LocalDate endsOn,
      List<Progress> targets) {}

  @Serdeable
  public record Progress(
      String indicator,
      BigDecimal target,
      BigDecimal current,
      @Nullable Integer currentYear,
      List<TrendPoint> trend,
      @Nullable BigDecimal ratePerYear,
      @Nullable LocalDate projectedDate,
      boolean reached,
      boolean onTrack) {}

  @Serdeable
  public record TrendPoint(int year, BigDecimal value) {}

  @Serdeable
  public record PlanCommand(
      @Nullable String nameZh,
      @Nullable String nameEn,
      @Nullable String source,
      @Nullable LocalDate startsOn,
      @Nullable LocalDate endsOn,
      @Nullable Map<String, BigDecimal> targets) {}

  @Serdeable
  public record WellKnownCommand(
      @Nullable UUID organisationId, @Nullable LocalDate recognisedOn, @Nullable String note) {}

  @Serdeable
  public record WellKnownFirm(
      UUID organisationId, String name, LocalDate recognisedOn, String note) {}

  private int thisYear() {
    return clock.instant().atZone(ZoneId.of(IndicatorQueries.ZONE)).getYear();
  }

  /** Every plan period, the current one (containing today) first, with progress. */
  @Transactional(readOnly = true)
  public List<PlanPeriod> plans() {
    LocalDate today = clock.instant().atZone(ZoneId.of(IndicatorQueries.ZONE)).toLocalDate();
    Map<String, List<Projection.Point>> series = series();
    List<PlanPeriod> plans = new ArrayList<>();
    for (Record p :
        sql.fetch(
            """
            SELECT code, name_zh, name_en, source, starts_on, ends_on FROM plan_period
            ORDER BY (CAST(? AS date) BETWEEN starts_on AND ends_on) DESC, starts_on DESC
            """,
            today)) {
      String code = p.get("code", String.class);
      LocalDate ends = p.get("ends_on", LocalDate.class);
      List<Progress> progress = new ArrayList<>();
      for (Record t :
          sql.fetch(
              "SELECT indicator, target FROM policy_target WHERE plan_period = ?"
                  + " ORDER BY array_position(CAST(? AS text[]), indicator)",
              code,
              INDICATORS.toArray(new String[0]))) {
        String indicator = t.get(0, String.class);
        BigDecimal target = t.get(1, BigDecimal.class);
        List<Projection.Point> points = series.get(indicator);
        Projection.Outcome outcome = Projection.project(points, target);
        Projection.Point last = points.isEmpty() ? null : points.get(points.size() - 1);
        progress.add(
            new Progress(
                indicator,
                target,
                last == null ? BigDecimal.ZERO : last.value(),
                last == null ? null : last.year(),
                points.stream().map(x -> new TrendPoint(x.year(), x.value())).toList(),
                outcome.ratePerYear(),
                outcome.projectedDate(),
                outcome.reached(),
                outcome.projectedDate() != null && !outcome.projectedDate().isAfter(ends)));
      }
      plans.add(
          new PlanPeriod(
              code,
              p.get("name_zh", String.class),
              p.get("name_en", String.class),
              p.get("source", String.class),
              p.get("starts_on", LocalDate.class),
              ends,
              progress));
    }
    return plans;
  }

  /** Each indicator's value per year, for the years with filings up to this year. */
  private Map<String, List<Projection.Point>> series() {
    int to = thisYear();
    int from = to - TREND_YEARS + 1;
    Map<String, List<Projection.Point>> series = new LinkedHashMap<>();
    INDICATORS.forEach(indicator -> series.put(indicator, new ArrayList<>()));
    for (Record r :
        sql.fetch(
            """
            SELECT f.year, sum(f.revenue) AS revenue, sum(f.headcount) AS employment,
                   count(*) FILTER (WHERE f.headcount >= 800) AS scale,
                   count(*) FILTER (WHERE f.headcount >= 3000) AS large,
                   (SELECT count(*) FROM well_known_firm w
                     WHERE w.recognised_on <= make_date(f.year, 12, 31)) AS well_known
            FROM vendor_filing f
            WHERE f.year BETWEEN ? AND ?
            GROUP BY f.year ORDER BY f.year
            """,
            (short) from,
            (short) to)) {
      int year = r.get("year", Integer.class);
      series
          .get("ANNUAL_REVENUE")
          .add(new Projection.Point(year, r.get("revenue", BigDecimal.class)));
      series
          .get("EMPLOYMENT")
          .add(new Projection.Point(year, r.get("employment", BigDecimal.class)));
      series.get("SCALE_FIRMS").add(new Projection.Point(year, r.get("scale", BigDecimal.class)));
      series.get("LARGE_FIRMS").add(new Projection.Point(year, r.get("large", BigDecimal.class)));
      series
          .get("WELL_KNOWN_FIRMS")
          .add(new Projection.Point(year, r.get("well_known", BigDecimal.class)));
    }
    return series;
  }

  /** Creates or replaces a plan period and its targets. */
  @Transactional
  public PlanPeriod save(Actor actor, String code, PlanCommand command) {
    if (!actor.isAuthority()) {
      throw ProblemException.forbidden("Only the authority sets policy targets.");
    }
    Violations v = new Violations();
    v.require(
        code.matches("^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$"),
        "code",
        "must be 1–40 letters, digits, - or _");
    v.text("nameZh", command.nameZh(), 200);
    v.text("nameEn", command.nameEn(), 200);
    v.text("source", command.source(), 300);
    v.require(command.startsOn() != null, "startsOn", "is required");
    v.require(command.endsOn() != null, "endsOn", "is required");
    if (command.startsOn() != null && command.endsOn() != null) {
      v.require(command.endsOn().isAfter(command.startsOn()), "endsOn", "must be after startsOn");
    }
    if (command.targets() == null || command.targets().isEmpty()) {
      v.add("targets", "is required");
    } else {
      command
          .targets()
          .forEach(
              (indicator, target) -> {
                v.require(
                    INDICATORS.contains(indicator),
                    "targets." + indicator,
                    "is not an indicator (" + String.join(", ", INDICATORS) + ")");
                v.require(
                    target != null && target.signum() > 0,
                    "targets." + indicator,
                    "must be more than 0");
              });
    }
    v.throwIfAny();
    Record before = sql.fetchOne("SELECT * FROM plan_period WHERE code = ? FOR UPDATE", code);
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    if (before == null) {
      sql.execute(
          """
          INSERT INTO plan_period (code, name_zh, name_en, source, starts_on, ends_on, updated_at)
          VALUES (?, ?, ?, ?, CAST(? AS date), CAST(? AS date), CAST(? AS timestamptz))
          """,
          code,
          command.nameZh().strip(),
          command.nameEn().strip(),
          command.source().strip(),
          command.startsOn(),
          command.endsOn(),
          now);
    } else {
      sql.execute(
          """
          UPDATE plan_period SET name_zh = ?, name_en = ?, source = ?, starts_on = CAST(? AS date),
                 ends_on = CAST(? AS date), updated_at = CAST(? AS timestamptz), version = version + 1
          WHERE code = ?
          """,
          command.nameZh().strip(),
          command.nameEn().strip(),
          command.source().strip(),
          command.startsOn(),
          command.endsOn(),
          now,
          code);
    }
    Map<String, Object> previous = new LinkedHashMap<>();
    sql.fetch("SELECT indicator, target FROM policy_target WHERE plan_period = ?", code)
        .forEach(r -> previous.put(r.get(0, String.class), r.get(1, BigDecimal.class)));
    sql.execute("DELETE FROM policy_target WHERE plan_period = ?", code);
    command
        .targets()
        .forEach(
            (indicator, target) ->
                sql.execute(
                    "INSERT INTO policy_target (plan_period, indicator, target) VALUES (?, ?, ?)",
                    code,
                    indicator,
                    target));
    audit.record(
        actor,
        before == null ? "statistics.plan.created" : "statistics.plan.updated",
        "plan_period",
        code,
        before == null ? null : Map.of("targets", previous),
        Map.of(
            "startsOn", command.startsOn().toString(),
            "endsOn", command.endsOn().toString(),
            "targets", command.targets()));
    return plans().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
  }

  /** The authority recognises a firm as a well-known firm that moved work to the province. */
  @Transactional
  public WellKnownFirm recognise(Actor actor, WellKnownCommand command) {
    if (!actor.isAuthority()) {
      throw ProblemException.forbidden("Only the authority recognises well-known firms.");
    }
    Violations v = new Violations();
    v.require(command.organisationId() != null, "organisationId", "is required");
    v.require(command.recognisedOn() != null, "recognisedOn", "is required");
    v.text("note", command.note(), 1000);
    v.throwIfAny();
    Record org =
        sql.fetchOne(
            "SELECT name_zh FROM organisation WHERE id = ? AND kind IN ('VENDOR', 'CLIENT')",
            command.organisationId());
    if (org == null) {
      throw ProblemException.invalid("organisationId", "is not a vendor or client organisation");
    }
    int inserted =
        sql.execute(
            """
            INSERT INTO well_known_firm (organisation_id, recognised_on, note, recognised_by, recognised_at)
            VALUES (?, CAST(? AS date), ?, ?, CAST(? AS timestamptz))
            ON CONFLICT (organisation_id) DO NOTHING
            """,
            command.organisationId(),
            command.recognisedOn(),
            command.note().strip(),
            actor.userId(),
            clock.instant().atOffset(ZoneOffset.UTC));
    if (inserted == 0) {
      throw ProblemException.conflict(
          "already-recognised", "Already recognised", "This firm is already recognised.");
    }
    audit.record(
        actor,
        "statistics.well-known-firm.recognised",
        "organisation",
        command.organisationId(),
        null,
        Map.of("recognisedOn", command.recognisedOn().toString(), "note", command.note().strip()));
    return new WellKnownFirm(
        command.organisationId(),
        org.get(0, String.class),
        command.recognisedOn(),
        command.note().strip());
  }

  @Transactional(readOnly = true)
  public List<WellKnownFirm> wellKnownFirms() {
    return sql.fetch(
            """
            SELECT w.organisation_id, o.name_zh, w.recognised_on, w.note
            FROM well_known_firm w JOIN organisation o ON o.id = w.organisation_id
            ORDER BY w.recognised_on, o.name_zh
            """)
        .map(
            r ->
                new WellKnownFirm(
                    r.get(0, UUID.class),
                    r.get(1, String.class),
                    r.get(2, LocalDate.class),
                    r.get(3, String.class)));
  }
}
