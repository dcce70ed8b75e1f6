package dev.waibao.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.TheAuthority;
import dev.waibao.testing.Vendors;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every indicator pinned on a small worked dataset of 2018–2019, a time no other test writes to:
 * seven tenders (one a draft, one cancelled), their bids, three contracts, four vendors' filings.
 * Periods are counted in China Standard Time, so a tender published at 23:59 on 31 March (UTC+8) is
 * in Q1 and one published 31 minutes later is in Q2.
 */
@MicronautTest(transactional = false)
class IndicatorsIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject DataSource dataSource;
  private Http http;
  private Accounts accounts;
  private DataSource db;

  private SignedIn authority;
  private SignedIn operator;
  private SignedIn v1;
  private SignedIn v2;
  private SignedIn v3;
  private SignedIn v4;
  private SignedIn clientUser;
  private UUID park;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.putAll(TheAuthority.bootstrapProperties());
    return properties;
  }

  private void exec(String sql, Object... params) {
    try (Connection connection = db.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        Object p = params[i];
        statement.setObject(
            i + 1,
            p instanceof String s && s.matches("\\d{4}-\\d\\d-\\d\\dT.*Z")
                ? OffsetDateTime.parse(s)
                : p);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static UUID id(SignedIn who) {
    return UUID.fromString(who.organisationId());
  }

  private UUID tender(
      SignedIn client,
      String status,
      String city,
      String industry,
      String mode,
      long budget,
      String publishedAt,
      String deadline,
      List<String> capabilities) {
    UUID id = UUID.randomUUID();
    boolean draft = status.equals("DRAFT");
    exec(
        """
        INSERT INTO tender (id, client_organisation_id, created_by, status, title, client_industry, city,
          delivery_mode, budget_max, clarification_deadline, bid_deadline, published_at, created_at,
          updated_at, cancelled_at, cancel_reason, decided_at)
        VALUES (?, ?, ?, ?, '统计测试项目', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        id,
        id(client),
        UUID.fromString(client.userId()),
        status,
        industry,
        city,
        mode,
        BigDecimal.valueOf(budget),
        OffsetDateTime.parse(deadline),
        OffsetDateTime.parse(deadline),
        draft ? null : OffsetDateTime.parse(publishedAt),
        OffsetDateTime.parse(publishedAt),
        OffsetDateTime.parse(publishedAt),
        status.equals("CANCELLED") ? OffsetDateTime.parse(publishedAt).plusDays(4) : null,
        status.equals("CANCELLED") ? "预算取消" : null,
        status.equals("AWARDED") || status.equals("UNSUCCESSFUL")
            ? OffsetDateTime.parse(deadline).plusDays(1)
            : null);
    for (String capability : capabilities) {
      exec(
          "INSERT INTO tender_capability (tender_id, capability_code) VALUES (?, ?)",
          id,
          capability);
    }
    return id;
  }

  private UUID bid(UUID tender, SignedIn vendor, String status, String at) {
    UUID id = UUID.randomUUID();
    exec(
        """
        INSERT INTO bid (id, tender_id, vendor_organisation_id, status, current_version, submitted_at,
                         updated_at, withdrawn_at)
        VALUES (?, ?, ?, ?, 1, ?, ?, ?)
        """,
        id,
        tender,
        id(vendor),
        status,
        OffsetDateTime.parse(at),
        OffsetDateTime.parse(at),
        status.equals("WITHDRAWN") ? OffsetDateTime.parse(at).plusHours(1) : null);
    return id;
  }

  private void contract(
      UUID tender,
      UUID bid,
      SignedIn client,
      SignedIn vendor,
      long value,
      String createdAt,
      String endedAt) {
    UUID award = UUID.randomUUID();
    exec(
        """
        INSERT INTO award (id, tender_id, bid_id, reason, value, awarded_by, awarded_at)
        VALUES (?, ?, ?, '综合最优', ?, ?, ?)
        """,
        award,
        tender,
        bid,
        BigDecimal.valueOf(value),
        UUID.fromString(client.userId()),
        OffsetDateTime.parse(createdAt));
    exec(
        """
        INSERT INTO contract (id, award_id, tender_id, client_organisation_id, vendor_organisation_id,
          value, starts_on, ends_on, status, ended_at, end_reason, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)
        """,
        UUID.randomUUID(),
        award,
        tender,
        id(client),
        id(vendor),
        BigDecimal.valueOf(value),
        LocalDate.of(2019, 7, 1),
        LocalDate.of(2020, 6, 30),
        endedAt == null ? "ACTIVE" : "COMPLETED",
        endedAt == null ? null : OffsetDateTime.parse(endedAt),
        OffsetDateTime.parse(createdAt));
  }

  private void file(
      SignedIn vendor, int year, long revenue, long offshore, int headcount, int trainees) {
    HttpResponse<String> filed =
        http.post(
            "/api/statistics/filings",
            Map.of(
                "year", year,
                "revenue", revenue,
                "offshoreRevenue", offshore,
                "headcount", headcount,
                "traineesPlaced", trainees),
            vendor.accessToken());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
  }

  private void lease(
      SignedIn vendor,
      String status,
      String start,
      String end,
      int area,
      int seats,
      String terminationReason) {
    boolean rejected = status.equals("REJECTED");
    exec(
        """
        INSERT INTO lease (id, park_id, vendor_organisation_id, status, requested_area, requested_seats,
          start_date, term_months, end_date, area, seats, monthly_rent, rejection_reason,
          termination_reason, applied_by, decided_by, decided_at, terminated_by, terminated_at,
          created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, 6, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())
        """,
        UUID.randomUUID(),
        park,
        id(vendor),
        status,
        BigDecimal.valueOf(area),
        seats,
        LocalDate.parse(start),
        LocalDate.parse(end),
        rejected ? null : BigDecimal.valueOf(area),
        rejected ? null : seats,
        rejected ? null : BigDecimal.valueOf(40_000),
        rejected ? "面积不足" : null,
        terminationReason,
        UUID.fromString(vendor.userId()),
        rejected ? null : UUID.fromString(operator.userId()),
        rejected ? null : OffsetDateTime.parse(start + "T00:00:00Z").minusDays(10),
        terminationReason == null ? null : UUID.fromString(operator.userId()),
        terminationReason == null ? null : OffsetDateTime.parse(end + "T00:00:00Z"));
  }

  @BeforeAll
  void workedDataset() {
    http = new Http(server, json);
    accounts = new Accounts(http);
    db = DelegatingDataSource.unwrapDataSource(dataSource);
    Vendors vendors = new Vendors(dataSource);
    authority = TheAuthority.signIn(accounts);
    operator = accounts.register("PARK_OPERATOR");
    SignedIn c1 = accounts.register("CLIENT");
    SignedIn c2 = accounts.register("CLIENT");
    SignedIn c3 = accounts.register("CLIENT");
    SignedIn c4 = accounts.register("CLIENT");
    SignedIn c5 = accounts.register("CLIENT");
    clientUser = c1;
    v1 = accounts.register("VENDOR");
    v2 = accounts.register("VENDOR");
    v3 = accounts.register("VENDOR");
    v4 = accounts.register("VENDOR");
    for (SignedIn v : List.of(v1, v2, v3, v4)) {
      vendors.profile(
          v.organisationId(), 100, List.of("ITO_APPLICATION_SOFTWARE"), List.of("zh"), List.of());
    }
    exec(
        "INSERT INTO vendor_capability (organisation_id, capability_code, years_of_experience) VALUES (?, 'BPO_CALL_CENTRE', 3)",
        id(v2));
    park = UUID.randomUUID();
    exec(
        """
        INSERT INTO park (id, operator_organisation_id, name_zh, city, address, total_area, leasable_area,
                          seats, base_rent, created_at, updated_at)
        VALUES (?, ?, '统计测试园区', 'harbin', '测试路1号', 10000, 8000, 500, 40, now(), now())
        """,
        park,
        id(operator));
    exec("UPDATE vendor_profile SET park_id = ? WHERE organisation_id = ?", park, id(v1));
    exec("UPDATE vendor_profile SET city = 'daqing' WHERE organisation_id = ?", id(v3));

    String ito = "ITO_APPLICATION_SOFTWARE";
    String bpo = "BPO_CALL_CENTRE";
    UUID t1 =
        tender(
            c1,
            "AWARDED",
            "harbin",
            "FINANCE",
            "ONSHORE",
            1_000_000,
            "2019-01-10T02:00:00Z",
            "2019-02-10T02:00:00Z",
            List.of(ito));
    UUID t2 =
        tender(
            c2,
            "AWARDED",
            "harbin",
            "TELECOM",
            "OFFSHORE",
            2_000_000,
            "2019-03-31T15:59:00Z",
            "2019-04-20T02:00:00Z",
            List.of(bpo, ito));
    tender(
        c3,
        "UNSUCCESSFUL",
        "daqing",
        "FINANCE",
        "ONSHORE",
        500_000,
        "2019-03-31T16:30:00Z",
        "2019-04-30T02:00:00Z",
        List.of(ito, bpo));
    UUID t4 =
        tender(
            c5,
            "AWARDED",
            "daqing",
            "FINANCE",
            "NEARSHORE",
            3_000_000,
            "2019-05-10T02:00:00Z",
            "2019-06-10T02:00:00Z",
            List.of(ito));
    UUID t5 =
        tender(
            c4,
            "EVALUATION",
            "harbin",
            "INSURANCE",
            "ONSHORE",
            800_000,
            "2019-11-01T02:00:00Z",
            "2019-12-01T02:00:00Z",
            List.of(ito));
    tender(
        c5,
        "DRAFT",
        "harbin",
        "FINANCE",
        "ONSHORE",
        9_000_000,
        "2019-02-01T02:00:00Z",
        "2019-03-01T02:00:00Z",
        List.of(ito));
    tender(
        c2,
        "CANCELLED",
        "harbin",
        "FINANCE",
        "ONSHORE",
        600_000,
        "2019-08-01T02:00:00Z",
        "2019-09-01T02:00:00Z",
        List.of(ito));

    UUID b11 = bid(t1, v1, "AWARDED", "2019-01-20T02:00:00Z");
    bid(t1, v2, "LOST", "2019-01-21T02:00:00Z");
    UUID b22 = bid(t2, v2, "AWARDED", "2019-04-01T02:00:00Z");
    bid(t2, v3, "LOST", "2019-04-02T02:00:00Z");
    bid(t2, v4, "WITHDRAWN", "2019-04-03T02:00:00Z");
    UUID b43 = bid(t4, v3, "AWARDED", "2019-05-20T02:00:00Z");
    bid(t4, v1, "LOST", "2019-05-21T02:00:00Z");
    bid(t4, v4, "LOST", "2019-05-22T02:00:00Z");
    bid(t5, v1, "SUBMITTED", "2019-11-10T02:00:00Z");

    contract(t1, b11, c1, v1, 900_000, "2019-02-20T02:00:00Z", "2019-06-30T02:00:00Z");
    contract(t2, b22, c2, v2, 1_500_000, "2019-05-05T02:00:00Z", null);
    // ends 00:30 on 1 October in China: the fourth quarter, though still 30 September in UTC
    contract(t4, b43, c5, v3, 2_800_000, "2019-06-20T02:00:00Z", "2019-09-30T16:30:00Z");

    // leases in the park (leasable 8,000 m², 500 seats): occupancy is read on the last day of a
    // period
    lease(v1, "ENDED", "2019-01-15", "2019-07-15", 1000, 100, null);
    lease(v2, "TERMINATED", "2019-03-01", "2019-10-01", 2000, 50, "提前退租");
    lease(v3, "REJECTED", "2019-02-01", "2019-08-01", 3000, 300, null);

    file(v1, 2019, 10_000_000, 2_000_000, 500, 20);
    file(v2, 2019, 50_000_000, 0, 900, 5);
    file(v3, 2019, 200_000_000, 100_000_000, 3500, 0);
    file(v4, 2018, 1_000_000, 0, 100, 0);
  }

  @SuppressWarnings("unchecked")
  private Map<String, List<Map<String, Object>>> dashboard(SignedIn who, String query) {
    HttpResponse<String> response =
        http.get("/api/statistics/dashboard?" + query, who.accessToken());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<String, List<Map<String, Object>>> tables = new HashMap<>();
    for (Map<String, Object> table :
        (List<Map<String, Object>>) http.json(response).get("tables")) {
      tables.put((String) table.get("id"), (List<Map<String, Object>>) table.get("rows"));
    }
    return tables;
  }

  /** Rows as "column=value" lines of the given columns, for exact comparison. */
  private static List<String> lines(List<Map<String, Object>> rows, String... columns) {
    List<String> lines = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      StringBuilder line = new StringBuilder();
      for (String column : columns) {
        Object value = row.get(column);
        String text =
            value instanceof Number n
                ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
        line.append(line.isEmpty() ? "" : " ").append(column).append('=').append(text);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static final String YEAR_2019 = "from=2019-01-01&to=2019-12-31";

  @Test
  void tendersBidsAndAwardRatePerQuarter() {
    List<Map<String, Object>> rows =
        dashboard(authority, "period=QUARTER&" + YEAR_2019).get("tenders");
    assertThat(
            lines(
                rows,
                "period",
                "tenders",
                "closed",
                "bids",
                "bidsPerTender",
                "decided",
                "awarded",
                "awardRate"))
        .containsExactly(
            "period=2019-Q1 tenders=2 closed=2 bids=4 bidsPerTender=2 decided=2 awarded=2 awardRate=1",
            "period=2019-Q2 tenders=2 closed=2 bids=3 bidsPerTender=1.5 decided=2 awarded=1 awardRate=0.5",
            "period=2019-Q3 tenders=1 closed=0 bids=0 bidsPerTender=null decided=0 awarded=0 awardRate=null",
            "period=2019-Q4 tenders=1 closed=1 bids=1 bidsPerTender=1 decided=0 awarded=0 awardRate=null");
  }

  @Test
  void periodsEndAtMidnightInChinaNotInUtc() {
    List<Map<String, Object>> months =
        dashboard(authority, "period=MONTH&from=2019-03-01&to=2019-04-30").get("tenders");
    assertThat(lines(months, "period", "tenders"))
        .containsExactly("period=2019-03 tenders=1", "period=2019-04 tenders=1");
    // the range ends with its last day in China: 31 March 23:59 (UTC+8) is in, 00:30 on 1 April is
    // out
    assertThat(
            lines(
                dashboard(authority, "period=MONTH&from=2019-03-01&to=2019-03-31").get("tenders"),
                "period",
                "tenders"))
        .containsExactly("period=2019-03 tenders=1");
    assertThat(
            lines(
                dashboard(authority, "period=YEAR&" + YEAR_2019).get("tenders"),
                "period",
                "tenders",
                "bids"))
        .containsExactly("period=2019 tenders=6 bids=8");
  }

  @Test
  void breakdownsByCityAndCategory() {
    assertThat(
            lines(
                dashboard(authority, "period=QUARTER&city=harbin&" + YEAR_2019).get("tenders"),
                "period",
                "tenders",
                "bids"))
        .containsExactly(
            "period=2019-Q1 tenders=2 bids=4",
            "period=2019-Q3 tenders=1 bids=0",
            "period=2019-Q4 tenders=1 bids=1");
    assertThat(
            lines(
                dashboard(authority, "period=YEAR&groupBy=category&" + YEAR_2019).get("tenders"),
                "period",
                "group",
                "tenders",
                "closed",
                "bids",
                "bidsPerTender",
                "decided",
                "awarded",
                "awardRate"))
        .containsExactly(
            "period=2019 group=BPO tenders=2 closed=2 bids=2 bidsPerTender=1 decided=2 awarded=1 awardRate=0.5",
            "period=2019 group=ITO tenders=6 closed=5 bids=8 bidsPerTender=1.6 decided=4 awarded=3 awardRate=0.75");
    assertThat(
            lines(
                dashboard(authority, "period=YEAR&groupBy=industry&lang=en&" + YEAR_2019)
                    .get("tenders"),
                "group",
                "groupName",
                "tenders"))
        .containsExactly(
            "group=FINANCE groupName=Finance tenders=4",
            "group=INSURANCE groupName=Insurance tenders=1",
            "group=TELECOM groupName=Telecom tenders=1");
    assertThat(
            lines(
                dashboard(authority, "period=YEAR&groupBy=deliveryMode&" + YEAR_2019)
                    .get("contracts"),
                "group",
                "contracts",
                "awardedValue"))
        .containsExactly(
            "group=NEARSHORE contracts=1 awardedValue=2800000",
            "group=OFFSHORE contracts=1 awardedValue=1500000",
            "group=ONSHORE contracts=1 awardedValue=900000");
  }

  @Test
  void contractValueAwardedAndExecutedOnshoreAndOffshore() {
    List<Map<String, Object>> rows =
        dashboard(authority, "period=QUARTER&" + YEAR_2019).get("contracts");
    assertThat(
            lines(
                rows,
                "period",
                "contracts",
                "awardedValue",
                "awardedOnshore",
                "awardedOffshore",
                "executedValue",
                "executedOnshore",
                "executedOffshore"))
        .containsExactly(
            "period=2019-Q1 contracts=1 awardedValue=900000 awardedOnshore=900000 awardedOffshore=0 executedValue=0 executedOnshore=0 executedOffshore=0",
            "period=2019-Q2 contracts=2 awardedValue=4300000 awardedOnshore=0 awardedOffshore=4300000 executedValue=900000 executedOnshore=900000 executedOffshore=0",
            "period=2019-Q4 contracts=0 awardedValue=0 awardedOnshore=0 awardedOffshore=0 executedValue=2800000 executedOnshore=0 executedOffshore=2800000");
    assertThat(
            lines(
                dashboard(authority, "period=YEAR&groupBy=park&" + YEAR_2019).get("contracts"),
                "groupName",
                "contracts"))
        .containsExactly("groupName=统计测试园区 contracts=1", "groupName=— contracts=2");
  }

  @Test
  void vendorsBySizeTierEmploymentAndRevenueFromFilings() {
    List<Map<String, Object>> rows =
        dashboard(authority, "period=YEAR&from=2018-01-01&to=2019-12-31").get("vendors");
    assertThat(
            lines(
                rows,
                "period",
                "vendors",
                "small",
                "scale",
                "large",
                "headcount",
                "traineesPlaced",
                "revenue",
                "offshoreRevenue"))
        .containsExactly(
            "period=2018 vendors=1 small=1 scale=0 large=0 headcount=100 traineesPlaced=0 revenue=1000000 offshoreRevenue=0",
            "period=2019 vendors=3 small=1 scale=1 large=1 headcount=4900 traineesPlaced=25 revenue=260000000 offshoreRevenue=102000000");
    assertThat(
            lines(
                dashboard(authority, "period=YEAR&groupBy=city&" + YEAR_2019).get("vendors"),
                "group",
                "vendors",
                "headcount"))
        .containsExactly(
            "group=daqing vendors=1 headcount=3500", "group=harbin vendors=2 headcount=1400");
    assertThat(
            lines(
                dashboard(authority, "period=YEAR&category=BPO&" + YEAR_2019).get("vendors"),
                "vendors",
                "revenue"))
        .containsExactly("vendors=1 revenue=50000000");
  }

  @Test
  void parkOccupancyOnTheLastDayOfEachPeriod() {
    List<Map<String, Object>> rows =
        dashboard(authority, "period=QUARTER&park=" + park + "&" + YEAR_2019).get("occupancy");
    assertThat(
            lines(
                rows,
                "period",
                "parks",
                "leasableArea",
                "leasedArea",
                "areaRate",
                "seats",
                "leasedSeats",
                "seatRate"))
        .containsExactly(
            "period=2019-Q1 parks=1 leasableArea=8000 leasedArea=3000 areaRate=0.375 seats=500 leasedSeats=150 seatRate=0.3",
            "period=2019-Q2 parks=1 leasableArea=8000 leasedArea=3000 areaRate=0.375 seats=500 leasedSeats=150 seatRate=0.3",
            "period=2019-Q3 parks=1 leasableArea=8000 leasedArea=2000 areaRate=0.25 seats=500 leasedSeats=50 seatRate=0.1",
            "period=2019-Q4 parks=1 leasableArea=8000 leasedArea=0 areaRate=0 seats=500 leasedSeats=0 seatRate=0");
    // a range ending mid-quarter is read on its last day: on 14 July the first lease still runs
    assertThat(
            lines(
                dashboard(
                        authority, "period=QUARTER&park=" + park + "&from=2019-07-01&to=2019-07-14")
                    .get("occupancy"),
                "period",
                "leasedArea"))
        .containsExactly("period=2019-Q3 leasedArea=3000");
  }

  @Test
  void aParkOperatorSeesItsOwnParkOnly() {
    Map<String, List<Map<String, Object>>> tables =
        dashboard(operator, "period=QUARTER&" + YEAR_2019);
    assertThat(tables).containsOnlyKeys("occupancy", "contracts", "vendors", "subsidies");
    assertThat(lines(tables.get("occupancy"), "period", "leasedArea"))
        .containsExactly(
            "period=2019-Q1 leasedArea=3000",
            "period=2019-Q2 leasedArea=3000",
            "period=2019-Q3 leasedArea=2000",
            "period=2019-Q4 leasedArea=0");
    assertThat(
            lines(tables.get("contracts"), "period", "contracts", "awardedValue", "executedValue"))
        .containsExactly(
            "period=2019-Q1 contracts=1 awardedValue=900000 executedValue=0",
            "period=2019-Q2 contracts=0 awardedValue=0 executedValue=900000");
    assertThat(lines(tables.get("vendors"), "period", "vendors", "headcount"))
        .containsExactly("period=2019 vendors=1 headcount=500");
    SignedIn otherOperator = accounts.register("PARK_OPERATOR");
    assertThat(
            http.get("/api/statistics/dashboard?park=" + park, otherOperator.accessToken())
                .statusCode())
        .isEqualTo(403);
    assertThat(http.get("/api/statistics/dashboard", clientUser.accessToken()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void vendorsSeeTheMarketWithCellsOfFewerThanThreeContributorsSuppressed() {
    Map<String, List<Map<String, Object>>> tables = dashboard(v4, "period=YEAR&" + YEAR_2019);
    assertThat(tables).containsOnlyKeys("market");
    // ITO: 6 tenders from 5 clients, 3 contracts of 3 vendors and 3 clients: shown.
    // BPO: 2 tenders from 2 clients, 1 contract: suppressed.
    assertThat(
            lines(
                tables.get("market"), "group", "tenders", "budget", "contractValue", "suppressed"))
        .containsExactly(
            "group=BPO tenders=null budget=null contractValue=null suppressed=[tenders, budget, contractValue]",
            "group=ITO tenders=6 budget=7900000 contractValue=5200000 suppressed=[]");
    // per quarter every cell has fewer than three contributors except none
    assertThat(
            lines(
                dashboard(v4, "period=QUARTER&" + YEAR_2019).get("market"),
                "period",
                "group",
                "tenders",
                "contractValue"))
        .containsExactly(
            "period=2019-Q1 group=BPO tenders=null contractValue=null",
            "period=2019-Q1 group=ITO tenders=null contractValue=null",
            "period=2019-Q2 group=BPO tenders=null contractValue=null",
            "period=2019-Q2 group=ITO tenders=null contractValue=null",
            "period=2019-Q3 group=ITO tenders=null contractValue=null",
            "period=2019-Q4 group=ITO tenders=null contractValue=null");
    String body =
        http.get("/api/statistics/dashboard?period=QUARTER&" + YEAR_2019, v4.accessToken()).body();
    assertThat(body).doesNotContain("2000000", "1500000", "900000");
    assertThat(http.get("/api/statistics/dashboard?groupBy=city", v4.accessToken()).statusCode())
        .isEqualTo(400);
  }

  @Test
  void badFiltersAreNamed() {
    HttpResponse<String> response =
        http.get(
            "/api/statistics/dashboard?period=WEEK&from=2019-13-01&city=atlantis&deliveryMode=TELEPATHY&groupBy=colour",
            authority.accessToken());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("period", "from", "city", "deliveryMode", "groupBy");
  }

  @Test
  void exportsCarryTheHeaderAndTheRowsOfTheTable() throws IOException, InterruptedException {
    String query = "period=QUARTER&city=harbin&" + YEAR_2019;
    List<Map<String, Object>> rows = dashboard(authority, query).get("tenders");

    HttpResponse<String> csv =
        http.get(
            "/api/statistics/tables/tenders/export?format=csv&lang=en&" + query,
            authority.accessToken());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body())
        .contains("Period,Quarterly 2019-01-01 – 2019-12-31")
        .contains("Filters,city=harbin\r\n")
        .contains("Source,\"Waibao platform records: tender, bid;")
        .contains("Period,Tenders published,Tenders closed,Bids,Bids per closed tender")
        .contains("2019-Q1,2,2,4,2.00,2,2,1.0000")
        .contains("2019-Q3,1,0,0,,0,0,");

    HttpResponse<byte[]> xlsx =
        java.net.http.HttpClient.newHttpClient()
            .send(
                http.request("/api/statistics/tables/tenders/export?format=xlsx&" + query)
                    .header("Authorization", "Bearer " + authority.accessToken())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
        .contains("waibao-tenders-2019-01-01-2019-12-31.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("按季度 2019-01-01 – 2019-12-31");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).startsWith("city=harbin");
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("数据来源");
      assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("期间");
      List<String> fromSheet = new ArrayList<>();
      for (int r = 6; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        fromSheet.add(
            "period="
                + text(row.getCell(0))
                + " tenders="
                + text(row.getCell(1))
                + " bids="
                + text(row.getCell(3))
                + " awardRate="
                + text(row.getCell(7)));
      }
      assertThat(fromSheet)
          .containsExactlyElementsOf(
              lines(rows, "period", "tenders", "bids", "awardRate").stream()
                  .map(line -> line.replace("=null", "="))
                  .toList());
    }
    assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return cell.getCellType() == CellType.NUMERIC
        ? new BigDecimal(String.valueOf(cell.getNumericCellValue()))
            .stripTrailingZeros()
            .toPlainString()
        : cell.getStringCellValue();
  }

  @Test
  void unknownTablesAndFormatsAreRefused() {
    assertThat(
            http.get("/api/statistics/tables/market/export", authority.accessToken()).statusCode())
        .isEqualTo(404);
    assertThat(
            http.get("/api/statistics/tables/tenders/export?format=pdf", authority.accessToken())
                .statusCode())
        .isEqualTo(400);
    assertThat(
            http.get("/api/statistics/tables/tenders/export?format=csv", v4.accessToken())
                .statusCode())
        .isEqualTo(404);
    assertThat(http.send(http.request("/api/statistics/dashboard").GET()).statusCode())
        .isEqualTo(401);
  }
}
