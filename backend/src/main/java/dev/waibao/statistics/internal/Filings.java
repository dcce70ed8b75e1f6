package dev.waibao.statistics.internal;

import dev.waibao.audit.AuditTrail;
import dev.waibao.shared.database.Constraints;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Vendors' annual filings of outsourcing revenue, headcount and trainees placed: a vendor files a
 * year once and may amend it; the authority corrects a filing with a reason. Every state is kept.
 */
@Singleton
public class Filings {

  private static final BigDecimal MAX_MONEY = new BigDecimal("9999999999999.99");

  private final DSLContext sql;
  private final AuditTrail audit;
  private final Clock clock;

  Filings(DSLContext sql, AuditTrail audit, Clock clock) {
    this.sql = sql;
    this.audit = audit;
    this.clock = clock;
  }

  @Serdeable
  public record FilingCommand(
      @Nullable Integer year,
      @Nullable BigDecimal revenue,
      @Nullable BigDecimal offshoreRevenue,
      @Nullable Integer headcount,
      @Nullable Integer traineesPlaced,
      @Nullable String reason) {}

  @Serdeable
  public record Filing(
      UUID id,
      UUID organisationId,
      String organisationName,
      int year,
      BigDecimal revenue,
      BigDecimal offshoreRevenue,
      int headcount,
      int traineesPlaced,
      int revision,
      Instant filedAt,
      Instant updatedAt) {}

  @Serdeable
  public record Revision(
      int revision,
      String kind,
      BigDecimal revenue,
      BigDecimal offshoreRevenue,
      int headcount,
      int traineesPlaced,
      @Nullable String reason,
      String changedByOrganisation,
      Instant changedAt) {}

  /** The vendor's filing for a year: a first filing, or an amendment of the one it has. */
  @Transactional
  public Filing file(Actor actor, FilingCommand command) {
    if (actor.kind() != OrganisationKind.VENDOR) {
      throw ProblemException.forbidden("Only vendors file their revenue and headcount.");
    }
    validate(command, true);
    Instant now = clock.instant();
    Record existing =
        sql.fetchOne(
            "SELECT id FROM vendor_filing WHERE organisation_id = ? AND year = ? FOR UPDATE",
            actor.organisationId(),
            command.year().shortValue());
    UUID id;
    String kind;
    if (existing == null) {
      id = UUID.randomUUID();
      kind = "FILED";
      try {
        sql.execute(
            """
            INSERT INTO vendor_filing (id, organisation_id, year, revenue, offshore_revenue, headcount,
                                       trainees_placed, revision, filed_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 1, CAST(? AS timestamptz), CAST(? AS timestamptz))
            """,
            id,
            actor.organisationId(),
            command.year().shortValue(),
            command.revenue(),
            offshore(command),
            command.headcount(),
            trainees(command),
            ts(now),
            ts(now));
      } catch (RuntimeException e) {
        if (Constraints.violatedUnique(e, "vendor_filing_one_per_year")) {
          throw ProblemException.conflict(
              "filing-exists",
              "Already filed",
              "This year was filed at the same moment; reload and amend it.");
        }
        throw e;
      }
    } else {
      id = existing.get(0, UUID.class);
      kind = "AMENDED";
    }
    return change(actor, id, command, kind, null, now);
  }

  /** The authority corrects a filing; the reason is required and kept with the revision. */
  @Transactional
  public Filing correct(Actor actor, UUID id, FilingCommand command) {
    if (!actor.isAuthority()) {
      throw ProblemException.forbidden("Only the authority corrects filings.");
    }
    Violations v = new Violations();
    v.text("reason", command.reason(), 1000);
    v.throwIfAny();
    validate(command, false);
    if (sql.fetchOne("SELECT id FROM vendor_filing WHERE id = ? FOR UPDATE", id) == null) {
      throw ProblemException.notFound("The filing");
    }
    return change(actor, id, command, "CORRECTED", command.reason().strip(), clock.instant());
  }

  private Filing change(
      Actor actor,
      UUID id,
      FilingCommand command,
      String kind,
      @Nullable String reason,
      Instant now) {
    Filing before = kind.equals("FILED") ? null : find(id);
    if (before != null) {
      sql.execute(
          """
          UPDATE vendor_filing SET revenue = ?, offshore_revenue = ?, headcount = ?, trainees_placed = ?,
                 revision = revision + 1, updated_at = CAST(? AS timestamptz)
          WHERE id = ?
          """,
          command.revenue(),
          offshore(command),
          command.headcount(),
          trainees(command),
          ts(now),
          id);
    }
    Filing after = find(id);
    sql.execute(
        """
        INSERT INTO vendor_filing_revision (filing_id, revision, kind, revenue, offshore_revenue,
               headcount, trainees_placed, reason, changed_by, changed_by_organisation_id, changed_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS timestamptz))
        """,
        id,
        after.revision(),
        kind,
        after.revenue(),
        after.offshoreRevenue(),
        after.headcount(),
        after.traineesPlaced(),
        reason,
        actor.userId(),
        actor.organisationId(),
        ts(now));
    audit.record(
        actor,
        "statistics.filing." + kind.toLowerCase(),
        "vendor_filing",
        id,
        before == null ? null : state(before, null),
        state(after, reason));
    return after;
  }

  private static Map<String, Object> state(Filing filing, @Nullable String reason) {
    return reason == null
        ? Map.of(
            "year", filing.year(),
            "revenue", filing.revenue(),
            "offshoreRevenue", filing.offshoreRevenue(),
            "headcount", filing.headcount(),
            "traineesPlaced", filing.traineesPlaced())
        : Map.of(
            "year", filing.year(),
            "revenue", filing.revenue(),
            "offshoreRevenue", filing.offshoreRevenue(),
            "headcount", filing.headcount(),
            "traineesPlaced", filing.traineesPlaced(),
            "reason", reason);
  }

  private void validate(FilingCommand c, boolean yearRequired) {
    Violations v = new Violations();
    int thisYear = clock.instant().atZone(ZoneId.of(IndicatorQueries.ZONE)).getYear();
    if (yearRequired) {
      v.require(c.year() != null, "year", "is required");
      if (c.year() != null) {
        v.require(
            c.year() >= 2000 && c.year() <= thisYear,
            "year",
            "must be between 2000 and " + thisYear);
      }
    }
    v.require(c.revenue() != null, "revenue", "is required");
    if (c.revenue() != null) {
      v.require(c.revenue().signum() >= 0, "revenue", "must not be negative");
      v.require(c.revenue().compareTo(MAX_MONEY) <= 0, "revenue", "is too large");
      v.require(c.revenue().scale() <= 2, "revenue", "has at most two decimals");
    }
    if (c.offshoreRevenue() != null) {
      v.require(c.offshoreRevenue().signum() >= 0, "offshoreRevenue", "must not be negative");
      v.require(c.offshoreRevenue().scale() <= 2, "offshoreRevenue", "has at most two decimals");
      if (c.revenue() != null) {
        v.require(
            c.offshoreRevenue().compareTo(c.revenue()) <= 0,
            "offshoreRevenue",
            "must not exceed revenue");
      }
    }
    v.require(c.headcount() != null, "headcount", "is required");
    if (c.headcount() != null) {
      v.require(
          c.headcount() >= 0 && c.headcount() <= 1_000_000,
          "headcount",
          "must be between 0 and 1000000");
    }
    if (c.traineesPlaced() != null) {
      v.require(
          c.traineesPlaced() >= 0 && c.traineesPlaced() <= 1_000_000,
          "traineesPlaced",
          "must be between 0 and 1000000");
    }
    v.throwIfAny();
  }

  private static BigDecimal offshore(FilingCommand c) {
    return c.offshoreRevenue() == null ? BigDecimal.ZERO : c.offshoreRevenue();
  }

  private static int trainees(FilingCommand c) {
    return c.traineesPlaced() == null ? 0 : c.traineesPlaced();
  }

  private static final String SELECT =
      """
      SELECT f.id, f.organisation_id, o.name_zh, f.year, f.revenue, f.offshore_revenue, f.headcount,
             f.trainees_placed, f.revision, f.filed_at, f.updated_at
      FROM vendor_filing f JOIN organisation o ON o.id = f.organisation_id
      """;

  private Filing find(UUID id) {
    return filing(sql.fetchOne(SELECT + " WHERE f.id = ?", id));
  }

  /** A vendor sees its own filings; the authority every vendor's (optionally of one year). */
  @Transactional(readOnly = true)
  public List<Filing> list(Actor actor, @Nullable Integer year) {
    if (actor.isAuthority()) {
      return sql.fetch(
              SELECT
                  + " WHERE (CAST(? AS smallint) IS NULL OR f.year = CAST(? AS smallint))"
                  + " ORDER BY f.year DESC, o.name_zh LIMIT 1000",
              year,
              year)
          .map(Filings::filing);
    }
    if (actor.kind() != OrganisationKind.VENDOR) {
      throw ProblemException.forbidden("Filings are for vendors and the authority.");
    }
    return sql.fetch(
            SELECT + " WHERE f.organisation_id = ? ORDER BY f.year DESC", actor.organisationId())
        .map(Filings::filing);
  }

  /** Every revision of a filing, oldest first, for its vendor or the authority. */
  @Transactional(readOnly = true)
  public List<Revision> history(Actor actor, UUID id) {
    Record filing = sql.fetchOne("SELECT organisation_id FROM vendor_filing WHERE id = ?", id);
    if (filing == null || !(actor.isAuthority() || actor.belongsTo(filing.get(0, UUID.class)))) {
      throw ProblemException.notFound("The filing");
    }
    return sql.fetch(
            """
            SELECT r.revision, r.kind, r.revenue, r.offshore_revenue, r.headcount, r.trainees_placed,
                   r.reason, o.name_zh, r.changed_at
            FROM vendor_filing_revision r JOIN organisation o ON o.id = r.changed_by_organisation_id
            WHERE r.filing_id = ? ORDER BY r.revision
            """,
            id)
        .map(
            r ->
                new Revision(
                    r.get(0, Integer.class),
                    r.get(1, String.class),
                    r.get(2, BigDecimal.class),
                    r.get(3, BigDecimal.class),
                    r.get(4, Integer.class),
                    r.get(5, Integer.class),
                    r.get(6, String.class),
                    r.get(7, String.class),
                    r.get(8, OffsetDateTime.class).toInstant()));
  }

  private static Filing filing(Record r) {
    return new Filing(
        r.get(0, UUID.class),
        r.get(1, UUID.class),
        r.get(2, String.class),
        r.get(3, Integer.class),
        r.get(4, BigDecimal.class),
        r.get(5, BigDecimal.class),
        r.get(6, Integer.class),
        r.get(7, Integer.class),
        r.get(8, Integer.class),
        r.get(9, OffsetDateTime.class).toInstant(),
        r.get(10, OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime ts(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
