package dev.waibao.statistics.internal;

import dev.waibao.statistics.model.Anonymisation;
import dev.waibao.subsidies.SubsidyTotals;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The indicators, each one SQL query over the platform's own records, per period (China Standard
 * Time) and optionally broken down by one dimension. Only bound values reach the SQL.
 */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
class IndicatorQueries {

  static final String ZONE = "Asia/Shanghai";

  private final DSLContext sql;
  private final Clock clock;
  private final SubsidyTotals subsidyTotals;

  IndicatorQueries(DSLContext sql, Clock clock, SubsidyTotals subsidyTotals) {
    this.sql = sql;
    this.clock = clock;
    this.subsidyTotals = subsidyTotals;
  }

  /** SQL fragments with their bound values, built up in order. */
  private static final class Query {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> binds = new ArrayList<>();

    Query add(String fragment, Object... values) {
      text.append(fragment).append('\n');
      binds.addAll(List.of(values));
      return this;
    }
  }

  private static String period(Filters f, String column) {
    return "to_char(date_trunc('"
        + f.period().truncation()
        + "', "
        + column
        + " AT TIME ZONE '"
        + ZONE
        + "'), '"
        + f.period().label()
        + "')";
  }

  private static void range(Query q, Filters f, String column) {
    q.add(
        "AND "
            + column
            + " >= (CAST(? AS date)::timestamp AT TIME ZONE '"
            + ZONE
            + "') AND "
            + column
            + " < ((CAST(? AS date) + 1)::timestamp AT TIME ZONE '"
            + ZONE
            + "')",
        f.from(),
        f.to());
  }

  private static final String TENDER_GROUPS =
      "CROSS JOIN LATERAL (SELECT DISTINCT c.group_code FROM tender_capability tc"
          + " JOIN capability c ON c.code = tc.capability_code WHERE tc.tender_id = t.id) g";

  private static void tenderFilters(Query q, Filters f) {
    if (f.city() != null) {
      q.add("AND t.city = ?", f.city());
    }
    if (f.category() != null) {
      q.add(
          "AND EXISTS (SELECT 1 FROM tender_capability tc JOIN capability c ON c.code ="
              + " tc.capability_code WHERE tc.tender_id = t.id AND c.group_code = ?)",
          f.category());
    }
    if (f.industry() != null) {
      q.add("AND t.client_industry = ?", f.industry());
    }
    if (f.deliveryMode() != null) {
      q.add("AND t.delivery_mode = ?", f.deliveryMode());
    }
  }

  private static @Nullable String tenderDimension(@Nullable String groupBy) {
    if (groupBy == null) {
      return null;
    }
    return switch (groupBy) {
      case "city" -> "t.city";
      case "category" -> "g.group_code";
      case "industry" -> "t.client_industry";
      case "deliveryMode" -> "t.delivery_mode";
      default -> null;
    };
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  // ---- tenders: published, closed, bids per closed tender, decided, awarded, award rate

  Table tenders(Filters f) {
    String dim = tenderDimension(f.groupBy());
    Query q = new Query();
    q.add(
        "SELECT "
            + period(f, "t.published_at")
            + " AS period, "
            + (dim == null ? "NULL::text" : dim)
            + " AS grp,",
        new Object[0]);
    q.add(
        """
        count(DISTINCT t.id) AS tenders,
        count(DISTINCT t.id) FILTER (WHERE t.bid_deadline <= CAST(? AS timestamptz)
                                     AND t.status <> 'CANCELLED') AS closed,
        coalesce(sum(bc.n) FILTER (WHERE t.bid_deadline <= CAST(? AS timestamptz)
                                   AND t.status <> 'CANCELLED'), 0) AS bids,
        count(DISTINCT t.id) FILTER (WHERE t.status IN ('AWARDED', 'UNSUCCESSFUL')) AS decided,
        count(DISTINCT t.id) FILTER (WHERE t.status = 'AWARDED') AS awarded
        FROM tender t
        """,
        now(),
        now());
    if ("category".equals(f.groupBy())) {
      q.add(TENDER_GROUPS);
    }
    q.add(
        "LEFT JOIN LATERAL (SELECT count(*) AS n FROM bid b WHERE b.tender_id = t.id"
            + " AND b.status <> 'WITHDRAWN') bc ON true");
    q.add("WHERE t.status <> 'DRAFT' AND t.published_at IS NOT NULL");
    range(q, f, "t.published_at");
    tenderFilters(q, f);
    q.add("GROUP BY 1, 2 ORDER BY 1, 2");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Record r : sql.fetch(q.text.toString(), q.binds.toArray())) {
      Map<String, Object> row = row(r, dim != null);
      long tenders = r.get("tenders", Long.class);
      long closed = r.get("closed", Long.class);
      long bids = r.get("bids", Long.class);
      long decided = r.get("decided", Long.class);
      long awarded = r.get("awarded", Long.class);
      row.put("tenders", tenders);
      row.put("closed", closed);
      row.put("bids", bids);
      row.put("bidsPerTender", ratio(bids, closed, 2));
      row.put("decided", decided);
      row.put("awarded", awarded);
      row.put("awardRate", ratio(awarded, decided, 4));
      rows.add(row);
    }
    return table(
        "tenders",
        f,
        dim != null,
        List.of(
            new Table.Column("tenders", "count"),
            new Table.Column("closed", "count"),
            new Table.Column("bids", "count"),
            new Table.Column("bidsPerTender", "ratio"),
            new Table.Column("decided", "count"),
            new Table.Column("awarded", "count"),
            new Table.Column("awardRate", "ratio")),
        rows,
        List.of("park"),
        "tender, bid");
  }

  // ---- contracts: value awarded and executed, onshore and offshore (nearshore counts offshore)

  private static @Nullable String contractDimension(@Nullable String groupBy) {
    if ("park".equals(groupBy)) {
      return "vp.park_id::text";
    }
    return tenderDimension(groupBy);
  }

  private void contractFilters(Query q, Filters f) {
    tenderFilters(q, f);
    if (!f.parks().isEmpty()) {
      q.add("AND vp.park_id = ANY(CAST(? AS uuid[]))", (Object) f.parks().toArray(new UUID[0]));
    }
  }

  Table contracts(Filters f) {
    String dim = contractDimension(f.groupBy());
    String from =
        "FROM contract c JOIN tender t ON t.id = c.tender_id"
            + " LEFT JOIN vendor_profile vp ON vp.organisation_id = c.vendor_organisation_id";
    Query awarded = new Query();
    awarded.add(
        "SELECT "
            + period(f, "c.created_at")
            + " AS period, "
            + (dim == null ? "NULL::text" : dim)
            + " AS grp,",
        new Object[0]);
    awarded.add(
        """
        count(*) AS contracts,
        sum(c.value) AS value,
        coalesce(sum(c.value) FILTER (WHERE t.delivery_mode = 'ONSHORE'), 0) AS onshore,
        coalesce(sum(c.value) FILTER (WHERE t.delivery_mode IN ('OFFSHORE', 'NEARSHORE')), 0) AS offshore
        """);
    awarded.add(from);
    if ("category".equals(f.groupBy())) {
      awarded.add(TENDER_GROUPS);
    }
    awarded.add("WHERE true");
    range(awarded, f, "c.created_at");
    contractFilters(awarded, f);
    awarded.add("GROUP BY 1, 2");

    Query executed = new Query();
    executed.add(
        "SELECT "
            + period(f, "c.ended_at")
            + " AS period, "
            + (dim == null ? "NULL::text" : dim)
            + " AS grp,",
        new Object[0]);
    executed.add(
        """
        sum(c.value) AS value,
        coalesce(sum(c.value) FILTER (WHERE t.delivery_mode = 'ONSHORE'), 0) AS onshore,
        coalesce(sum(c.value) FILTER (WHERE t.delivery_mode IN ('OFFSHORE', 'NEARSHORE')), 0) AS offshore
        """);
    executed.add(from);
    if ("category".equals(f.groupBy())) {
      executed.add(TENDER_GROUPS);
    }
    executed.add("WHERE c.status = 'COMPLETED'");
    range(executed, f, "c.ended_at");
    contractFilters(executed, f);
    executed.add("GROUP BY 1, 2");

    Map<String, Map<String, Object>> rows = new java.util.TreeMap<>();
    for (Record r : sql.fetch(awarded.text.toString(), awarded.binds.toArray())) {
      Map<String, Object> row = rows.computeIfAbsent(key(r), k -> emptyContractRow(r, dim));
      row.put("contracts", r.get("contracts", Long.class));
      row.put("awardedValue", money(r.get("value", BigDecimal.class)));
      row.put("awardedOnshore", money(r.get("onshore", BigDecimal.class)));
      row.put("awardedOffshore", money(r.get("offshore", BigDecimal.class)));
    }
    for (Record r : sql.fetch(executed.text.toString(), executed.binds.toArray())) {
      Map<String, Object> row = rows.computeIfAbsent(key(r), k -> emptyContractRow(r, dim));
      row.put("executedValue", money(r.get("value", BigDecimal.class)));
      row.put("executedOnshore", money(r.get("onshore", BigDecimal.class)));
      row.put("executedOffshore", money(r.get("offshore", BigDecimal.class)));
    }
    return table(
        "contracts",
        f,
        dim != null,
        List.of(
            new Table.Column("contracts", "count"),
            new Table.Column("awardedValue", "money"),
            new Table.Column("awardedOnshore", "money"),
            new Table.Column("awardedOffshore", "money"),
            new Table.Column("executedValue", "money"),
            new Table.Column("executedOnshore", "money"),
            new Table.Column("executedOffshore", "money")),
        new ArrayList<>(rows.values()),
        List.of(),
        "contract, tender, vendor_profile");
  }

  private static String key(Record r) {
    String grp = r.get("grp", String.class);
    return r.get("period", String.class) + "\u0000" + (grp == null ? "\uffff" : grp);
  }

  private Map<String, Object> emptyContractRow(Record r, @Nullable String dim) {
    Map<String, Object> row = row(r, dim != null);
    row.put("contracts", 0L);
    for (String column :
        List.of(
            "awardedValue",
            "awardedOnshore",
            "awardedOffshore",
            "executedValue",
            "executedOnshore",
            "executedOffshore")) {
      row.put(column, BigDecimal.ZERO.setScale(2));
    }
    return row;
  }

  // ---- vendors: annual filings by size tier, employment, trainees placed, revenue

  Table vendors(Filters f) {
    String dim =
        f.groupBy() == null
            ? null
            : switch (f.groupBy()) {
              case "city" -> "vp.city";
              case "park" -> "vp.park_id::text";
              case "category" -> "g.group_code";
              default -> null;
            };
    Query q = new Query();
    q.add("SELECT f.year::text AS period, " + (dim == null ? "NULL::text" : dim) + " AS grp,");
    q.add(
        """
        count(DISTINCT f.organisation_id) AS vendors,
        count(DISTINCT f.organisation_id) FILTER (WHERE f.headcount < 800) AS small,
        count(DISTINCT f.organisation_id) FILTER (WHERE f.headcount >= 800 AND f.headcount < 3000) AS scale,
        count(DISTINCT f.organisation_id) FILTER (WHERE f.headcount >= 3000) AS large,
        sum(f.headcount) AS headcount,
        sum(f.trainees_placed) AS trainees,
        sum(f.revenue) AS revenue,
        sum(f.offshore_revenue) AS offshore_revenue
        FROM vendor_filing f
        LEFT JOIN vendor_profile vp ON vp.organisation_id = f.organisation_id
        """);
    if ("category".equals(f.groupBy())) {
      q.add(
          "CROSS JOIN LATERAL (SELECT DISTINCT c.group_code FROM vendor_capability vc"
              + " JOIN capability c ON c.code = vc.capability_code"
              + " WHERE vc.organisation_id = f.organisation_id) g");
    }
    q.add("WHERE f.year BETWEEN ? AND ?", (short) f.from().getYear(), (short) f.to().getYear());
    if (f.city() != null) {
      q.add("AND vp.city = ?", f.city());
    }
    if (!f.parks().isEmpty()) {
      q.add("AND vp.park_id = ANY(CAST(? AS uuid[]))", (Object) f.parks().toArray(new UUID[0]));
    }
    if (f.category() != null) {
      q.add(
          "AND EXISTS (SELECT 1 FROM vendor_capability vc JOIN capability c ON c.code ="
              + " vc.capability_code WHERE vc.organisation_id = f.organisation_id"
              + " AND c.group_code = ?)",
          f.category());
    }
    q.add("GROUP BY 1, 2 ORDER BY 1, 2");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Record r : sql.fetch(q.text.toString(), q.binds.toArray())) {
      Map<String, Object> row = row(r, dim != null);
      row.put("vendors", r.get("vendors", Long.class));
      row.put("small", r.get("small", Long.class));
      row.put("scale", r.get("scale", Long.class));
      row.put("large", r.get("large", Long.class));
      row.put("headcount", r.get("headcount", Long.class));
      row.put("traineesPlaced", r.get("trainees", Long.class));
      row.put("revenue", money(r.get("revenue", BigDecimal.class)));
      row.put("offshoreRevenue", money(r.get("offshore_revenue", BigDecimal.class)));
      rows.add(row);
    }
    return table(
        "vendors",
        f,
        dim != null,
        List.of(
            new Table.Column("vendors", "count"),
            new Table.Column("small", "count"),
            new Table.Column("scale", "count"),
            new Table.Column("large", "count"),
            new Table.Column("headcount", "count"),
            new Table.Column("traineesPlaced", "count"),
            new Table.Column("revenue", "money"),
            new Table.Column("offshoreRevenue", "money")),
        rows,
        List.of("industry", "deliveryMode"),
        "vendor_filing (annual), vendor_profile");
  }

  // ---- park occupancy: leased area and seats at the end of each period (or on the last day asked)

  Table occupancy(Filters f) {
    String dim =
        f.groupBy() == null
            ? null
            : switch (f.groupBy()) {
              case "city" -> "p.city";
              case "park" -> "p.id::text";
              default -> null;
            };
    String step =
        switch (f.period()) {
          case MONTH -> "1 month";
          case QUARTER -> "3 months";
          case YEAR -> "1 year";
        };
    Query q = new Query();
    q.add(
        "WITH days AS (SELECT to_char(d, '"
            + f.period().label()
            + "') AS period, LEAST((d + interval '"
            + step
            + "' - interval '1 day')::date, CAST(? AS date)) AS day"
            + " FROM generate_series(date_trunc('"
            + f.period().truncation()
            + "', CAST(? AS date)::timestamp), CAST(? AS date)::timestamp, interval '"
            + step
            + "') d)",
        f.to(),
        f.from(),
        f.to());
    q.add("SELECT days.period, " + (dim == null ? "NULL::text" : dim) + " AS grp,");
    q.add(
        """
        count(DISTINCT p.id) AS parks,
        sum(p.leasable_area) AS leasable_area,
        sum(occ.area) AS leased_area,
        sum(p.seats) AS seats,
        sum(occ.seats) AS leased_seats
        FROM days CROSS JOIN park p
        CROSS JOIN LATERAL (
          SELECT coalesce(sum(l.area), 0) AS area, coalesce(sum(l.seats), 0) AS seats FROM lease l
          WHERE l.park_id = p.id AND l.status IN ('APPROVED', 'ACTIVE', 'ENDED', 'TERMINATED')
            AND l.start_date <= days.day AND l.end_date > days.day) occ
        WHERE true
        """);
    if (f.city() != null) {
      q.add("AND p.city = ?", f.city());
    }
    if (!f.parks().isEmpty()) {
      q.add("AND p.id = ANY(CAST(? AS uuid[]))", (Object) f.parks().toArray(new UUID[0]));
    }
    q.add("GROUP BY 1, 2 ORDER BY 1, 2");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Record r : sql.fetch(q.text.toString(), q.binds.toArray())) {
      Map<String, Object> row = row(r, dim != null);
      BigDecimal leasable = money(r.get("leasable_area", BigDecimal.class));
      BigDecimal leased = money(r.get("leased_area", BigDecimal.class));
      long seats = r.get("seats", Long.class);
      long leasedSeats = r.get("leased_seats", Long.class);
      row.put("parks", r.get("parks", Long.class));
      row.put("leasableArea", leasable);
      row.put("leasedArea", leased);
      row.put(
          "areaRate",
          leasable.signum() == 0 ? null : leased.divide(leasable, 4, RoundingMode.HALF_UP));
      row.put("seats", seats);
      row.put("leasedSeats", leasedSeats);
      row.put("seatRate", ratio(leasedSeats, seats, 4));
      rows.add(row);
    }
    return table(
        "occupancy",
        f,
        dim != null,
        List.of(
            new Table.Column("parks", "count"),
            new Table.Column("leasableArea", "area"),
            new Table.Column("leasedArea", "area"),
            new Table.Column("areaRate", "ratio"),
            new Table.Column("seats", "count"),
            new Table.Column("leasedSeats", "count"),
            new Table.Column("seatRate", "ratio")),
        rows,
        List.of("category", "industry", "deliveryMode"),
        "park, lease (area and seats leased on the last day of each period)");
  }

  // ---- subsidies approved (by decision day) and paid (by payment day), by policy type and source

  static final List<String> POLICY_TYPES = List.of("RENT", "CERTIFICATION", "TRAINING");
  static final List<String> FUNDING_SOURCES = List.of("PROVINCE", "CITY", "PARK");

  Table subsidies(Filters f) {
    String groupBy = "city".equals(f.groupBy()) || "park".equals(f.groupBy()) ? f.groupBy() : null;
    Map<String, Map<String, Object>> rows = new java.util.TreeMap<>();
    for (SubsidyTotals.DayTotal total :
        subsidyTotals.daily(f.from(), f.to(), f.city(), f.parks())) {
      String period = f.period().of(total.day());
      String group =
          groupBy == null
              ? null
              : groupBy.equals("city")
                  ? total.city()
                  : total.parkId() == null ? null : total.parkId().toString();
      String key =
          period
              + "\u0000"
              + (groupBy == null ? "" : group == null ? "\uffff" : group)
              + "\u0000"
              + order(POLICY_TYPES, total.policyType())
              + total.policyType()
              + "\u0000"
              + order(FUNDING_SOURCES, total.fundingSource())
              + total.fundingSource();
      Map<String, Object> row =
          rows.computeIfAbsent(
              key,
              k -> {
                Map<String, Object> empty = new LinkedHashMap<>();
                empty.put("period", period);
                if (groupBy != null) {
                  empty.put("group", group);
                }
                empty.put("policyType", total.policyType());
                empty.put("policyTypeName", Labels.policyType(total.policyType(), f.english()));
                empty.put("fundingSource", total.fundingSource());
                empty.put(
                    "fundingSourceName", Labels.fundingSource(total.fundingSource(), f.english()));
                empty.put("approvedAmount", BigDecimal.ZERO.setScale(2));
                empty.put("paidAmount", BigDecimal.ZERO.setScale(2));
                return empty;
              });
      row.put(
          "approvedAmount", money(((BigDecimal) row.get("approvedAmount")).add(total.approved())));
      row.put("paidAmount", money(((BigDecimal) row.get("paidAmount")).add(total.paid())));
    }
    return table(
        "subsidies",
        f,
        groupBy != null,
        List.of(
            new Table.Column("policyType", "text"),
            new Table.Column("policyTypeName", "text"),
            new Table.Column("fundingSource", "text"),
            new Table.Column("fundingSourceName", "text"),
            new Table.Column("approvedAmount", "money"),
            new Table.Column("paidAmount", "money")),
        new ArrayList<>(rows.values()),
        List.of("category", "industry", "deliveryMode"),
        "subsidy_claim (approved and adjusted amounts, by decision date), subsidy_payment (ledger,"
            + " by payment date)");
  }

  private static char order(List<String> codes, String code) {
    int index = codes.indexOf(code);
    return (char) ('a' + (index < 0 ? codes.size() : index));
  }

  // ---- market information for vendors: aggregated, anonymised below three contributors

  Table market(Filters f) {
    String groupBy = "industry".equals(f.groupBy()) ? "industry" : "category";
    String dim = tenderDimension(groupBy);
    Query published = new Query();
    published.add("SELECT " + period(f, "t.published_at") + " AS period, " + dim + " AS grp,");
    published.add(
        """
        count(DISTINCT t.id) AS tenders,
        count(DISTINCT t.client_organisation_id) AS clients,
        sum(t.budget_max) AS budget
        FROM tender t
        """);
    if ("category".equals(groupBy)) {
      published.add(TENDER_GROUPS);
    }
    published.add("WHERE t.status <> 'DRAFT' AND t.published_at IS NOT NULL");
    range(published, f, "t.published_at");
    tenderFilters(published, f);
    published.add("GROUP BY 1, 2");

    Query awarded = new Query();
    awarded.add("SELECT " + period(f, "c.created_at") + " AS period, " + dim + " AS grp,");
    awarded.add(
        """
        sum(c.value) AS value,
        count(DISTINCT c.vendor_organisation_id) AS vendors,
        count(DISTINCT c.client_organisation_id) AS clients
        FROM contract c JOIN tender t ON t.id = c.tender_id
        """);
    if ("category".equals(groupBy)) {
      awarded.add(TENDER_GROUPS);
    }
    awarded.add("WHERE true");
    range(awarded, f, "c.created_at");
    tenderFilters(awarded, f);
    awarded.add("GROUP BY 1, 2");

    Map<String, Map<String, Object>> rows = new java.util.TreeMap<>();
    for (Record r : sql.fetch(published.text.toString(), published.binds.toArray())) {
      Map<String, Object> row = rows.computeIfAbsent(key(r), k -> emptyMarketRow(r));
      if (Anonymisation.shown(r.get("clients", Long.class))) {
        row.put("tenders", r.get("tenders", Long.class));
        row.put("budget", money(r.get("budget", BigDecimal.class)));
        suppressed(row).removeAll(List.of("tenders", "budget"));
      }
    }
    for (Record r : sql.fetch(awarded.text.toString(), awarded.binds.toArray())) {
      Map<String, Object> row = rows.computeIfAbsent(key(r), k -> emptyMarketRow(r));
      if (Anonymisation.shown(r.get("vendors", Long.class))
          && Anonymisation.shown(r.get("clients", Long.class))) {
        row.put("contractValue", money(r.get("value", BigDecimal.class)));
        suppressed(row).remove("contractValue");
      }
    }
    Filters grouped =
        new Filters(
            f.period(),
            f.from(),
            f.to(),
            f.city(),
            f.parks(),
            f.category(),
            f.industry(),
            f.deliveryMode(),
            groupBy,
            f.lang());
    return table(
        "market",
        grouped,
        true,
        List.of(
            new Table.Column("tenders", "count"),
            new Table.Column("budget", "money"),
            new Table.Column("contractValue", "money")),
        new ArrayList<>(rows.values()),
        List.of("park"),
        "tender, contract (aggregated; cells with fewer than "
            + Anonymisation.MIN_CONTRIBUTORS
            + " contributing organisations suppressed)");
  }

  /**
   * A market cell starts suppressed and is shown only when enough organisations contributed: no
   * tenders in a cell is indistinguishable from too few.
   */
  private Map<String, Object> emptyMarketRow(Record r) {
    Map<String, Object> row = row(r, true);
    row.put("tenders", null);
    row.put("budget", null);
    row.put("contractValue", null);
    row.put("suppressed", new ArrayList<>(List.of("tenders", "budget", "contractValue")));
    return row;
  }

  @SuppressWarnings("unchecked")
  private static List<String> suppressed(Map<String, Object> row) {
    return (List<String>) row.get("suppressed");
  }

  // ---- helpers

  private Map<String, Object> row(Record r, boolean grouped) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("period", r.get("period", String.class));
    if (grouped) {
      row.put("group", r.get("grp", String.class));
    }
    return row;
  }

  private Table table(
      String id,
      Filters f,
      boolean grouped,
      List<Table.Column> metrics,
      List<Map<String, Object>> rows,
      List<String> notApplicable,
      String source) {
    List<Table.Column> columns = new ArrayList<>();
    columns.add(new Table.Column("period", "period"));
    if (grouped) {
      columns.add(new Table.Column("group", "text"));
      columns.add(new Table.Column("groupName", "text"));
      Map<String, String> names = names(f.groupBy(), f.english());
      for (Map<String, Object> row : rows) {
        String group = (String) row.get("group");
        Map<String, Object> ordered = new LinkedHashMap<>();
        row.forEach(
            (key, value) -> {
              ordered.put(key, value);
              if (key.equals("group")) {
                ordered.put("groupName", group == null ? "—" : names.getOrDefault(group, group));
              }
            });
        row.clear();
        row.putAll(ordered);
      }
    }
    columns.addAll(metrics);
    List<String> applied = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (String filter : f.describe()) {
      String name = filter.substring(0, filter.indexOf('='));
      if (notApplicable.contains(name)) {
        skipped.add(filter);
      } else {
        applied.add(filter);
      }
    }
    return new Table(id, columns, rows, applied, skipped, source);
  }

  /** Names of a dimension's codes in the language asked for. */
  private Map<String, String> names(@Nullable String groupBy, boolean english) {
    String name = english ? "coalesce(name_en, name_zh)" : "name_zh";
    String query =
        groupBy == null
            ? null
            : switch (groupBy) {
              case "city" -> "SELECT code, " + name + " FROM city";
              case "industry" -> "SELECT code, " + name + " FROM industry";
              case "category" -> "SELECT code, " + name + " FROM capability_group";
              case "park" -> "SELECT id::text, " + name + " FROM park";
              default -> null;
            };
    Map<String, String> names = new HashMap<>();
    if (query != null) {
      sql.fetch(query).forEach(r -> names.put(r.get(0, String.class), r.get(1, String.class)));
    }
    if ("deliveryMode".equals(groupBy)) {
      names.put("ONSHORE", english ? "Onshore" : "境内");
      names.put("OFFSHORE", english ? "Offshore" : "离岸");
      names.put("NEARSHORE", english ? "Nearshore" : "近岸");
    }
    return names;
  }

  private static BigDecimal ratio(long numerator, long denominator, int scale) {
    if (denominator == 0) {
      return null;
    }
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
  }

  private static BigDecimal money(@Nullable BigDecimal value) {
    return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP);
  }
}
