package dev.waibao.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.SubsidyFixture;
import dev.waibao.testing.Tenancies;
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
 * Subsidies approved and paid, pinned on a worked dataset of 2017 (a year no other test writes to).
 * The policies are made through the API as their owners make them; the claims, decisions and ledger
 * entries are written at fixed times of 2017:
 *
 * <pre>
 * claim  policy (source)              claimant, place           computed  decision (UTC)             ledger
 * c1     RENT of park P (PARK)        A, lease in P, harbin       30,000  approved 2017-02-10 02:00   30,000 PARK on 2017-02-20
 * c2     CERTIFICATION (PROVINCE)     B, no park, daqing         500,000  adjusted to 400,000 on      400,000 PROVINCE on 2017-04-01
 *                                                                         2017-03-31 15:30 (23:30 CST, Q1)
 * c3     CERTIFICATION (PROVINCE)     C, no park, harbin         300,000  rejected 2017-02-15          —
 * c4     TRAINING 60/40 (PROV+CITY)   A, registered in P, harbin  12,000  approved 2017-03-31 23:00    — (approved, unpaid)
 *                                                                         (07:00 CST on 1 April, Q2)
 * c5     TRAINING 60/40 (PROV+CITY)   C, no park, harbin          10,000  adjusted to 9,000 on         5,400 PROVINCE + 3,600 CITY
 *                                                                         2017-05-10                    on 2017-05-20
 * c6     CERTIFICATION (PROVINCE)     B                          300,000  not decided                 —
 * </pre>
 */
@MicronautTest(transactional = false)
class SubsidyIndicatorsIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject DataSource dataSource;
  private Http http;
  private DataSource db;

  private SignedIn authority;
  private SignedIn operator;
  private SignedIn vendorA;
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
        statement.setObject(i + 1, params[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static UUID org(SignedIn who) {
    return UUID.fromString(who.organisationId());
  }

  private static UUID user(SignedIn who) {
    return UUID.fromString(who.userId());
  }

  /** A claim as its decision left it, computed with revision 1 of the policy. */
  private UUID claim(
      UUID policy,
      SignedIn claimant,
      String type,
      String basis,
      long computed,
      String status,
      Long approved,
      String reason,
      SignedIn decidedBy,
      String decidedAt) {
    UUID id = UUID.randomUUID();
    boolean paid = status.equals("PAID");
    exec(
        """
        INSERT INTO subsidy_claim (id, policy_id, policy_revision, claimant_organisation_id, type,
            status, budget_year, basis, computed_amount, explanation, rule_snapshot, approved_amount,
            decision_reason, decided_by, decided_at, paid_amount, submitted_by, submitted_at)
        SELECT ?, ?, 1, ?, ?, ?, 2017, CAST(? AS jsonb), ?, '[]'::jsonb, r.snapshot, ?, ?, ?, ?, ?, ?,
            CAST('2017-01-05T02:00:00Z' AS timestamptz)
        FROM subsidy_policy_revision r WHERE r.policy_id = ? AND r.revision = 1
        """,
        id,
        policy,
        org(claimant),
        type,
        status,
        basis,
        BigDecimal.valueOf(computed),
        approved == null ? null : BigDecimal.valueOf(approved),
        reason,
        decidedBy == null ? null : user(decidedBy),
        decidedAt == null ? null : OffsetDateTime.parse(decidedAt),
        paid ? BigDecimal.valueOf(approved) : BigDecimal.ZERO,
        user(claimant),
        policy);
    return id;
  }

  private void payment(
      UUID claim, String source, long amount, String paidOn, String recordedAt, SignedIn by) {
    exec(
        """
        INSERT INTO subsidy_payment (id, claim_id, amount, funding_source, reference, paid_on,
            recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, '财政拨付-2017', ?, ?, ?)
        """,
        UUID.randomUUID(),
        claim,
        BigDecimal.valueOf(amount),
        source,
        LocalDate.parse(paidOn),
        user(by),
        OffsetDateTime.parse(recordedAt));
  }

  @BeforeAll
  void workedDataset() {
    http = new Http(server, json);
    Accounts accounts = new Accounts(http);
    db = DelegatingDataSource.unwrapDataSource(dataSource);
    Vendors vendors = new Vendors(dataSource);
    SubsidyFixture subsidies = new SubsidyFixture(http);
    authority = TheAuthority.signIn(accounts);
    operator = accounts.register("PARK_OPERATOR");
    park = new Tenancies(http).park(operator, 10_000);
    vendorA = accounts.register("VENDOR");
    SignedIn vendorB = accounts.register("VENDOR");
    SignedIn vendorC = accounts.register("VENDOR");
    for (SignedIn v : List.of(vendorA, vendorB, vendorC)) {
      vendors.profile(
          v.organisationId(), 300, List.of("ITO_APPLICATION_SOFTWARE"), List.of("zh"), List.of());
    }
    exec(
        "UPDATE vendor_profile SET park_id = ?, city = 'harbin' WHERE organisation_id = ?",
        park,
        org(vendorA));
    exec("UPDATE vendor_profile SET city = 'daqing' WHERE organisation_id = ?", org(vendorB));
    exec("UPDATE vendor_profile SET city = 'harbin' WHERE organisation_id = ?", org(vendorC));

    Map<String, Object> rentBody = SubsidyFixture.policy("RENT", park, 5_000_000);
    rentBody.put("fundingSource", "PARK");
    rentBody.put("rent", SubsidyFixture.rent(50, 40, 6, List.of("ORDINARY")));
    UUID rent = subsidies.created(operator, rentBody);
    Map<String, Object> certificationBody = SubsidyFixture.policy("CERTIFICATION", null, 5_000_000);
    certificationBody.put(
        "certification", Map.of("amounts", List.of(SubsidyFixture.amount("CMMI", null, 500_000))));
    UUID certification = subsidies.created(authority, certificationBody);
    Map<String, Object> trainingBody = SubsidyFixture.policy("TRAINING", null, 5_000_000);
    trainingBody.put(
        "training",
        Map.of(
            "trainingPerTrainee",
            4000,
            "placementPerTrainee",
            1000,
            "minContractMonths",
            12,
            "provinceSharePercent",
            60));
    UUID training = subsidies.created(authority, trainingBody);

    UUID c1 =
        claim(
            rent,
            vendorA,
            "RENT",
            "{\"leaseId\": \"" + UUID.randomUUID() + "\", \"parkId\": \"" + park + "\"}",
            30_000,
            "PAID",
            30_000L,
            null,
            operator,
            "2017-02-10T02:00:00Z");
    payment(c1, "PARK", 30_000, "2017-02-20", "2017-02-20T03:00:00Z", operator);
    UUID c2 =
        claim(
            certification,
            vendorB,
            "CERTIFICATION",
            "{\"certificationType\": \"CMMI\"}",
            500_000,
            "PAID",
            400_000L,
            "认证范围仅覆盖部分业务",
            authority,
            "2017-03-31T15:30:00Z");
    // paid on 1 April, recorded half an hour into it in China (still 31 March in UTC)
    payment(c2, "PROVINCE", 400_000, "2017-04-01", "2017-03-31T16:30:00Z", authority);
    claim(
        certification,
        vendorC,
        "CERTIFICATION",
        "{\"certificationType\": \"CMMI\"}",
        300_000,
        "REJECTED",
        null,
        "证书已过期",
        authority,
        "2017-02-15T02:00:00Z");
    claim(
        training,
        vendorA,
        "TRAINING",
        "{\"cohortName\": \"2017春季班\"}",
        12_000,
        "APPROVED",
        12_000L,
        null,
        authority,
        "2017-03-31T23:00:00Z");
    UUID c5 =
        claim(
            training,
            vendorC,
            "TRAINING",
            "{\"cohortName\": \"2017夏季班\"}",
            10_000,
            "PAID",
            9_000L,
            "一名学员合同不足12个月",
            authority,
            "2017-05-10T02:00:00Z");
    payment(c5, "PROVINCE", 5_400, "2017-05-20", "2017-05-20T02:00:00Z", authority);
    payment(c5, "CITY", 3_600, "2017-05-20", "2017-05-20T02:00:00Z", authority);
    claim(
        certification,
        vendorB,
        "CERTIFICATION",
        "{\"certificationType\": \"CMMI\"}",
        300_000,
        "SUBMITTED",
        null,
        null,
        null,
        null);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> subsidyTable(SignedIn who, String query) {
    HttpResponse<String> response =
        http.get("/api/statistics/dashboard?" + query, who.accessToken());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ((List<Map<String, Object>>) http.json(response).get("tables"))
        .stream().filter(t -> t.get("id").equals("subsidies")).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(SignedIn who, String query) {
    return (List<Map<String, Object>>) subsidyTable(who, query).get("rows");
  }

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

  private static final String YEAR_2017 = "from=2017-01-01&to=2017-12-31";
  private static final String[] COLUMNS = {
    "period", "policyType", "fundingSource", "approvedAmount", "paidAmount"
  };

  @Test
  void approvedByDecisionDayAndPaidByPaymentDayPerQuarterTypeAndSource() {
    assertThat(lines(rows(authority, "period=QUARTER&" + YEAR_2017), COLUMNS))
        .containsExactly(
            "period=2017-Q1 policyType=RENT fundingSource=PARK approvedAmount=30000 paidAmount=30000",
            // the adjusted amount, approved at 23:30 on 31 March in China; paid on 1 April
            "period=2017-Q1 policyType=CERTIFICATION fundingSource=PROVINCE approvedAmount=400000 paidAmount=0",
            "period=2017-Q2 policyType=CERTIFICATION fundingSource=PROVINCE approvedAmount=0 paidAmount=400000",
            // 12,000 approved at 07:00 on 1 April in China (60% province), unpaid, + 9,000 paid
            "period=2017-Q2 policyType=TRAINING fundingSource=PROVINCE approvedAmount=12600 paidAmount=5400",
            "period=2017-Q2 policyType=TRAINING fundingSource=CITY approvedAmount=8400 paidAmount=3600");
    assertThat(
            lines(
                rows(authority, "period=YEAR&lang=en&" + YEAR_2017),
                "policyTypeName",
                "fundingSourceName",
                "approvedAmount",
                "paidAmount"))
        .containsExactly(
            "policyTypeName=Rent subsidy fundingSourceName=Park approvedAmount=30000 paidAmount=30000",
            "policyTypeName=Certification subsidy fundingSourceName=Province approvedAmount=400000 paidAmount=400000",
            "policyTypeName=Training and placement subsidy fundingSourceName=Province approvedAmount=12600 paidAmount=5400",
            "policyTypeName=Training and placement subsidy fundingSourceName=City approvedAmount=8400 paidAmount=3600");
  }

  @Test
  void theRangeAndThePeriodsEndAtMidnightInChina() {
    assertThat(lines(rows(authority, "period=MONTH&from=2017-03-01&to=2017-04-30"), COLUMNS))
        .containsExactly(
            "period=2017-03 policyType=CERTIFICATION fundingSource=PROVINCE approvedAmount=400000 paidAmount=0",
            "period=2017-04 policyType=CERTIFICATION fundingSource=PROVINCE approvedAmount=0 paidAmount=400000",
            "period=2017-04 policyType=TRAINING fundingSource=PROVINCE approvedAmount=7200 paidAmount=0",
            "period=2017-04 policyType=TRAINING fundingSource=CITY approvedAmount=4800 paidAmount=0");
    // a range ending on 31 March holds the approval at 23:30 but not the one at 07:00 on 1 April
    assertThat(lines(rows(authority, "period=MONTH&from=2017-03-01&to=2017-03-31"), COLUMNS))
        .containsExactly(
            "period=2017-03 policyType=CERTIFICATION fundingSource=PROVINCE approvedAmount=400000 paidAmount=0");
  }

  @Test
  void filteredByCityAndBrokenDownByCityOrPark() {
    assertThat(lines(rows(authority, "period=QUARTER&city=daqing&" + YEAR_2017), COLUMNS))
        .containsExactly(
            "period=2017-Q1 policyType=CERTIFICATION fundingSource=PROVINCE approvedAmount=400000 paidAmount=0",
            "period=2017-Q2 policyType=CERTIFICATION fundingSource=PROVINCE approvedAmount=0 paidAmount=400000");
    assertThat(
            lines(
                rows(authority, "period=YEAR&groupBy=city&" + YEAR_2017),
                "group",
                "policyType",
                "fundingSource",
                "approvedAmount",
                "paidAmount"))
        .containsExactly(
            "group=daqing policyType=CERTIFICATION fundingSource=PROVINCE approvedAmount=400000 paidAmount=400000",
            "group=harbin policyType=RENT fundingSource=PARK approvedAmount=30000 paidAmount=30000",
            "group=harbin policyType=TRAINING fundingSource=PROVINCE approvedAmount=12600 paidAmount=5400",
            "group=harbin policyType=TRAINING fundingSource=CITY approvedAmount=8400 paidAmount=3600");
    assertThat(
            lines(
                rows(authority, "period=YEAR&groupBy=park&park=" + park + "&" + YEAR_2017),
                "group",
                "policyType",
                "fundingSource",
                "approvedAmount",
                "paidAmount"))
        .containsExactly(
            "group="
                + park
                + " policyType=RENT fundingSource=PARK approvedAmount=30000 paidAmount=30000",
            "group="
                + park
                + " policyType=TRAINING fundingSource=PROVINCE approvedAmount=7200 paidAmount=0",
            "group="
                + park
                + " policyType=TRAINING fundingSource=CITY approvedAmount=4800 paidAmount=0");
    Map<String, Object> table = subsidyTable(authority, "category=ITO&" + YEAR_2017);
    assertThat(table.get("notApplicable")).isEqualTo(List.of("category=ITO"));
  }

  @Test
  void aParkOperatorSeesTheSubsidiesThatWentToItsPark() {
    assertThat(lines(rows(operator, "period=QUARTER&" + YEAR_2017), COLUMNS))
        .containsExactly(
            "period=2017-Q1 policyType=RENT fundingSource=PARK approvedAmount=30000 paidAmount=30000",
            "period=2017-Q2 policyType=TRAINING fundingSource=PROVINCE approvedAmount=7200 paidAmount=0",
            "period=2017-Q2 policyType=TRAINING fundingSource=CITY approvedAmount=4800 paidAmount=0");
    // a vendor sees the anonymised market only
    HttpResponse<String> market =
        http.get("/api/statistics/tables/subsidies/export?format=csv", vendorA.accessToken());
    assertThat(market.statusCode()).isEqualTo(404);
  }

  @Test
  void theTableDownloadsAsCsvAndXlsxWithItsRows() throws IOException, InterruptedException {
    String query = "period=QUARTER&" + YEAR_2017;
    HttpResponse<String> csv =
        http.get(
            "/api/statistics/tables/subsidies/export?format=csv&lang=en&" + query,
            authority.accessToken());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body())
        .contains("Waibao statistics,Subsidies")
        .contains("Period,Quarterly 2017-01-01 – 2017-12-31")
        .contains(
            "Period,Policy type code,Policy type,Funding source code,Funding source,Approved (CNY),Paid (CNY)")
        .contains("2017-Q1,CERTIFICATION,Certification subsidy,PROVINCE,Province,400000.00,0.00")
        .contains("2017-Q2,TRAINING,Training and placement subsidy,CITY,City,8400.00,3600.00");

    HttpResponse<byte[]> xlsx =
        java.net.http.HttpClient.newHttpClient()
            .send(
                http.request("/api/statistics/tables/subsidies/export?format=xlsx&" + query)
                    .header("Authorization", "Bearer " + authority.accessToken())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("扶持资金");
      assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("政策类型");
      List<String> fromSheet = new ArrayList<>();
      for (int r = 6; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        fromSheet.add(
            "period="
                + text(row.getCell(0))
                + " policyType="
                + text(row.getCell(1))
                + " fundingSource="
                + text(row.getCell(3))
                + " approvedAmount="
                + text(row.getCell(5))
                + " paidAmount="
                + text(row.getCell(6)));
      }
      assertThat(fromSheet).containsExactlyElementsOf(lines(rows(authority, query), COLUMNS));
    }
  }

  private static String text(Cell cell) {
    return cell.getCellType() == CellType.NUMERIC
        ? new BigDecimal(String.valueOf(cell.getNumericCellValue()))
            .stripTrailingZeros()
            .toPlainString()
        : cell.getStringCellValue();
  }
}
