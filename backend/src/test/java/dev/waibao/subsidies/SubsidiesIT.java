package dev.waibao.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.SubsidyFixture;
import dev.waibao.testing.Tenancies;
import dev.waibao.testing.TestClock;
import dev.waibao.testing.TheAuthority;
import dev.waibao.testing.Vendors;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The subsidy engine on worked examples (the numbers are in the test names), its review and ledger,
 * and what must hold when claims race: a basis paid once, a budget never overspent.
 */
@MicronautTest(transactional = false)
class SubsidiesIT extends IntegrationTest {

  private static final List<String> DEMONSTRATION =
      List.of("PROVINCIAL_DEMONSTRATION", "NATIONAL_DEMONSTRATION");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject DataSource dataSource;
  @Inject TestClock clock;
  private Http http;
  private Accounts accounts;
  private Vendors vendors;
  private Tenancies tenancies;
  private SubsidyFixture subsidies;
  private SignedIn authority;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.putAll(TheAuthority.bootstrapProperties());
    return properties;
  }

  @BeforeAll
  void connect() {
    http = new Http(server, json);
    accounts = new Accounts(http);
    vendors = new Vendors(dataSource);
    tenancies = new Tenancies(http);
    subsidies = new SubsidyFixture(http);
    authority = TheAuthority.signIn(accounts);
  }

  // ---- RENT --------------------------------------------------------------------------------

  @Test
  void
      rentFiftyPercentOf60000CappedAt40PerSquareMetreOn500SquareMetresIs20000AMonthSo60000ForThreeMonths() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    UUID park = demonstrationPark(operator);
    SignedIn vendor = vendorWithProfile(300);
    LocalDate start = Tenancies.today(clock);
    UUID lease =
        tenancies.approvedLease(operator, vendor, park, 500, new BigDecimal("60000"), start, 12);
    UUID policy =
        subsidies.created(
            operator, rentPolicy(park, SubsidyFixture.rent(50, 40, 6, DEMONSTRATION)));
    clock.advance(Duration.ofDays(62));

    Map<String, Object> claim =
        subsidies.claimed(
            vendor, Map.of("policyId", policy, "leaseId", lease, "months", List.of(1, 2, 3)));

    assertThat(number(claim.get("computedAmount"))).isEqualByComparingTo("60000");
    assertThat(claim).containsEntry("status", "SUBMITTED").containsEntry("policyRevision", 1);
    assertThat(explanation(claim))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("50% of the monthly rent 60000 is 30000")
                    .contains("cap of 40 per m² on 500 m² is 20000"))
        .anySatisfy(line -> assertThat(line).contains("3 months × 20000 = 60000"));
  }

  @Test
  void rentThirtyPercentOf10000UnderTheCapOf40PerSquareMetreOn500SquareMetresIs3000ForOneMonth() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    UUID park = demonstrationPark(operator);
    SignedIn vendor = vendorWithProfile(300);
    UUID lease =
        tenancies.approvedLease(
            operator, vendor, park, 500, new BigDecimal("10000"), Tenancies.today(clock), 12);
    UUID policy =
        subsidies.created(
            operator, rentPolicy(park, SubsidyFixture.rent(30, 40, 2, DEMONSTRATION)));

    Map<String, Object> claim =
        subsidies.claimed(
            vendor, Map.of("policyId", policy, "leaseId", lease, "months", List.of(1)));

    assertThat(number(claim.get("computedAmount"))).isEqualByComparingTo("3000");
    assertThat(explanation(claim)).anySatisfy(line -> assertThat(line).contains("within the cap"));
    // month 2 has not begun; a month never counts twice; more months than the policy pays
    assertNotEligible(
        subsidies.claim(vendor, Map.of("policyId", policy, "leaseId", lease, "months", List.of(2))),
        "months",
        "has not begun");
    assertThat(
            subsidies
                .claim(vendor, Map.of("policyId", policy, "leaseId", lease, "months", List.of(1)))
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  void rentRulesOutOrdinaryParksAndFirmsNotRecognisedAsWellKnownUntilTheAuthoritySaysSo() {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    UUID ordinary = tenancies.park(operator, 5000);
    UUID park = demonstrationPark(operator);
    SignedIn vendor = vendorWithProfile(300);
    UUID ordinaryLease =
        tenancies.approvedLease(
            operator, vendor, ordinary, 100, new BigDecimal("5000"), Tenancies.today(clock), 12);
    UUID lease =
        tenancies.approvedLease(
            operator, vendor, park, 100, new BigDecimal("5000"), Tenancies.today(clock), 12);
    Map<String, Object> rule = SubsidyFixture.rent(50, 40, 12, DEMONSTRATION);
    rule.put("wellKnownOnly", true);
    UUID provinceWide = subsidies.created(authority, rentPolicy(null, rule));

    assertNotEligible(
        subsidies.claim(
            vendor,
            Map.of("policyId", provinceWide, "leaseId", ordinaryLease, "months", List.of(1))),
        "leaseId",
        "ORDINARY");
    assertNotEligible(
        subsidies.claim(
            vendor, Map.of("policyId", provinceWide, "leaseId", lease, "months", List.of(1))),
        "claimant",
        "well-known");
    Map<String, Object> recognition =
        Map.of(
            "organisationId",
            vendor.organisationId(),
            "recognisedOn",
            Tenancies.today(clock).toString(),
            "note",
            "黑商务〔2026〕12号");
    assertThat(
            http.post("/api/statistics/well-known-firms", recognition, operator.accessToken())
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> recognised =
        http.post("/api/statistics/well-known-firms", recognition, authority.accessToken());
    assertThat(recognised.statusCode()).as(recognised.body()).isEqualTo(201);

    Map<String, Object> claim =
        subsidies.claimed(
            vendor, Map.of("policyId", provinceWide, "leaseId", lease, "months", List.of(1)));
    assertThat(number(claim.get("computedAmount"))).isEqualByComparingTo("2500");
    assertThat(
            count(
                "SELECT count(*) FROM audit_event WHERE action = 'statistics.well-known-firm.recognised' AND entity_id = CAST(? AS text)",
                vendor.organisationId()))
        .isEqualTo(1);
  }

  // ---- CERTIFICATION -----------------------------------------------------------------------

  @Test
  void certificationCmmiLevel5Earns500000AnyCmmiLevel300000AndIso27001200000OncePerFirm() {
    SignedIn vendor =
        vendorWithCertifications(
            List.of(
                new Vendors.Certification("CMMI", 5, LocalDate.now().plusYears(2)),
                new Vendors.Certification("CMMI", 3, LocalDate.now().plusYears(2)),
                new Vendors.Certification("ISO_IEC_27001", null, LocalDate.now().plusYears(2))));
    UUID policy = subsidies.created(authority, certificationPolicy(10_000_000, 500_000));

    assertThat(
            number(
                subsidies
                    .claimed(vendor, certificationClaim(policy, vendor, "CMMI", 5))
                    .get("computedAmount")))
        .isEqualByComparingTo("500000");
    assertThat(
            number(
                subsidies
                    .claimed(vendor, certificationClaim(policy, vendor, "CMMI", 3))
                    .get("computedAmount")))
        .isEqualByComparingTo("300000");
    Map<String, Object> iso =
        subsidies.claimed(vendor, certificationClaim(policy, vendor, "ISO_IEC_27001", null));
    assertThat(number(iso.get("computedAmount"))).isEqualByComparingTo("200000");
    assertThat(explanation(iso))
        .anySatisfy(line -> assertThat(line).contains("ISO_IEC_27001").contains("200000"));

    HttpResponse<String> again =
        subsidies.claim(vendor, certificationClaim(policy, vendor, "ISO_IEC_27001", null));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(http.json(again)).containsEntry("type", "urn:waibao:problem:basis-already-claimed");
  }

  @Test
  void certificationPolicyBelow200000ForAnInternationalCertificationIsRefusedNamingTheField() {
    Map<String, Object> body = SubsidyFixture.policy("CERTIFICATION", null, 1_000_000);
    body.put(
        "certification",
        Map.of(
            "amounts",
            List.of(
                SubsidyFixture.amount("ISO_IEC_20000", null, 150_000),
                SubsidyFixture.amount("CMMI", 7, 300_000))));
    body.put("annualBudget", -1);
    long before = count("SELECT count(*) FROM subsidy_policy");

    HttpResponse<String> response =
        http.post("/api/subsidies/policies", body, authority.accessToken());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("certification.amounts[0].amount", "at least 200000")
        .contains("certification.amounts[1].level")
        .contains("annualBudget");
    assertThat(count("SELECT count(*) FROM subsidy_policy")).isEqualTo(before);
  }

  @Test
  void certificationClaimsForUnverifiedOrExpiredCertificatesAreRefusedAndNothingIsSaved() {
    SignedIn vendor =
        vendorWithCertifications(
            List.of(
                new Vendors.Certification("CMMI", 3, LocalDate.now().plusYears(2)),
                new Vendors.Certification("ISO_IEC_27001", null, LocalDate.now().minusDays(3))));
    update(
        "UPDATE certification SET status = 'UNVERIFIED', reviewed_at = NULL WHERE organisation_id = ? AND type = 'CMMI'",
        vendor.organisationId());
    UUID policy = subsidies.created(authority, certificationPolicy(10_000_000, 500_000));
    long claims = count("SELECT count(*) FROM subsidy_claim");

    assertNotEligible(
        subsidies.claim(vendor, certificationClaim(policy, vendor, "CMMI", 3)),
        "certificationId",
        "not verified");
    assertNotEligible(
        subsidies.claim(vendor, certificationClaim(policy, vendor, "ISO_IEC_27001", null)),
        "certificationId",
        "expired");
    assertThat(count("SELECT count(*) FROM subsidy_claim")).isEqualTo(claims);
  }

  // ---- TRAINING ----------------------------------------------------------------------------

  @Test
  void
      trainingThreeTraineesAt3000TrainingPlus1000PlacementIs12000PaidProvince60Percent7200City4800() {
    SignedIn trainer = vendorWithProfile(100);
    SignedIn employer = vendorWithProfile(900);
    String employerCode = creditCodeOf(employer);
    Map<String, Object> body = SubsidyFixture.policy("TRAINING", null, 1_000_000);
    body.put(
        "training",
        Map.of(
            "trainingPerTrainee",
            3000,
            "placementPerTrainee",
            1000,
            "minContractMonths",
            12,
            "provinceSharePercent",
            60));
    UUID policy = subsidies.created(authority, body);

    Map<String, Object> claim =
        subsidies.claimed(
            trainer,
            trainingClaim(
                policy,
                List.of(
                    trainee(employerCode, 12),
                    trainee(employerCode, 24),
                    trainee(employerCode, 36))));

    assertThat(number(claim.get("computedAmount"))).isEqualByComparingTo("12000");
    assertThat(number(claim.get("provinceShare"))).isEqualByComparingTo("7200");
    assertThat(number(claim.get("cityShare"))).isEqualByComparingTo("4800");
    assertThat(explanation(claim))
        .anySatisfy(line -> assertThat(line).contains("3 trainees").contains("= 12000"));

    assertThat(subsidies.decide(authority, claim.get("id"), "APPROVED", null, null).statusCode())
        .isEqualTo(200);
    HttpResponse<String> paid = subsidies.pay(authority, claim.get("id"), "省财政拨付-2026-001");
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
    assertThat(http.json(paid)).containsEntry("status", "PAID");
    List<Map<String, Object>> ledger =
        http.jsonList(http.get("/api/subsidies/ledger", authority.accessToken()));
    assertThat(ledger.stream().filter(e -> claim.get("id").equals(e.get("claimId"))).toList())
        .extracting(
            e ->
                e.get("fundingSource")
                    + "="
                    + number(e.get("amount")).stripTrailingZeros().toPlainString())
        .containsExactlyInAnyOrder("PROVINCE=7200", "CITY=4800");
    // paying again is refused: the claim is PAID
    assertThat(subsidies.pay(authority, claim.get("id"), "again").statusCode()).isEqualTo(409);
  }

  @Test
  void
      traineesWithAnElevenMonthContractOrAnEmployerOutsideTheProvinceAreRefusedAndNothingIsSaved() {
    SignedIn trainer = vendorWithProfile(100);
    SignedIn employer = vendorWithProfile(900);
    Map<String, Object> body = SubsidyFixture.policy("TRAINING", null, 1_000_000);
    body.put(
        "training",
        Map.of(
            "trainingPerTrainee",
            3000,
            "placementPerTrainee",
            1000,
            "minContractMonths",
            12,
            "provinceSharePercent",
            60));
    UUID policy = subsidies.created(authority, body);
    long claims = count("SELECT count(*) FROM subsidy_claim");

    HttpResponse<String> response =
        subsidies.claim(
            trainer,
            trainingClaim(
                policy,
                List.of(
                    trainee(creditCodeOf(employer), 12),
                    trainee(creditCodeOf(employer), 11),
                    trainee(Accounts.creditCode(), 24))));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body())
        .contains("cohort.trainees[1].contractEnd", "11 months, shorter than the 12 months")
        .contains(
            "cohort.trainees[2].employerCreditCode",
            "not an outsourcing firm registered in the province")
        .doesNotContain("cohort.trainees[0]");
    assertThat(count("SELECT count(*) FROM subsidy_claim")).isEqualTo(claims);
  }

  // ---- review, concurrency, budgets, revisions ---------------------------------------------

  @Test
  void reviewNeedsAReasonToAdjustOrRejectAndARejectedBasisMayBeClaimedAgain() {
    SignedIn vendor =
        vendorWithCertifications(
            List.of(new Vendors.Certification("PCMM", 2, LocalDate.now().plusYears(1))));
    SignedIn operator = accounts.register("PARK_OPERATOR");
    UUID policy = subsidies.created(authority, certificationPolicy(10_000_000, 500_000));
    Map<String, Object> claim =
        subsidies.claimed(vendor, certificationClaim(policy, vendor, "PCMM", 2));

    assertThat(subsidies.decide(operator, claim.get("id"), "APPROVED", null, null).statusCode())
        .isIn(403, 404);
    assertThat(subsidies.decide(vendor, claim.get("id"), "APPROVED", null, null).statusCode())
        .isEqualTo(403);
    HttpResponse<String> noReason =
        subsidies.decide(authority, claim.get("id"), "APPROVED", 150000, null);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    assertThat(subsidies.decide(authority, claim.get("id"), "REJECTED", null, " ").statusCode())
        .isEqualTo(400);
    HttpResponse<String> rejected =
        subsidies.decide(authority, claim.get("id"), "REJECTED", null, "证书扫描件不清晰");
    assertThat(rejected.statusCode()).isEqualTo(200);
    assertThat(subsidies.pay(authority, claim.get("id"), "X-1").statusCode()).isEqualTo(409);

    Map<String, Object> again =
        subsidies.claimed(vendor, certificationClaim(policy, vendor, "PCMM", 2));
    HttpResponse<String> adjusted =
        subsidies.decide(authority, again.get("id"), "APPROVED", 250000, "已获部分市级补贴");
    assertThat(adjusted.statusCode()).as(adjusted.body()).isEqualTo(200);
    assertThat(http.json(adjusted))
        .containsEntry("status", "APPROVED")
        .containsEntry("decisionReason", "已获部分市级补贴");
    assertThat(number(http.json(adjusted).get("approvedAmount"))).isEqualByComparingTo("250000");
    assertThat(
            count(
                "SELECT count(*) FROM audit_event WHERE entity_id = CAST(? AS text) AND action LIKE 'subsidy-claim.%'",
                again.get("id")))
        .isEqualTo(2);
  }

  @Test
  void fiftyConcurrentIdenticalClaimsForOneCertificateCreateOneClaimAndFortyNineConflicts()
      throws Exception {
    SignedIn vendor =
        vendorWithCertifications(
            List.of(
                new Vendors.Certification("ISO_IEC_20000", null, LocalDate.now().plusYears(2))));
    UUID policy = subsidies.created(authority, certificationPolicy(100_000_000, 500_000));
    Map<String, Object> body = certificationClaim(policy, vendor, "ISO_IEC_20000", null);

    List<Integer> statuses = race(50, i -> subsidies.claim(vendor, body).statusCode());

    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(49);
    assertThat(
            count(
                "SELECT count(*) FROM subsidy_claim WHERE claimant_organisation_id = ?",
                UUID.fromString(vendor.organisationId())))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM subsidy_budget_year WHERE policy_id = ? AND committed = 200000",
                policy))
        .isEqualTo(1);
  }

  @Test
  void budgetOf1000000IsExhaustedByThreeConcurrentClaimsOf300000AndTheOtherSevenAreRefused()
      throws Exception {
    UUID policy = subsidies.created(authority, certificationPolicy(1_000_000, 300_000));
    List<SignedIn> claimants = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      claimants.add(
          vendorWithCertifications(
              List.of(new Vendors.Certification("CMMI", 4, LocalDate.now().plusYears(2)))));
    }
    List<Map<String, Object>> bodies = new ArrayList<>();
    for (SignedIn claimant : claimants) {
      bodies.add(certificationClaim(policy, claimant, "CMMI", 4));
    }

    List<HttpResponse<String>> responses =
        race(10, i -> subsidies.claim(claimants.get(i), bodies.get(i)));

    assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(3);
    assertThat(responses)
        .filteredOn(r -> r.statusCode() == 409)
        .hasSize(7)
        .allSatisfy(r -> assertThat(r.body()).contains("budget-exhausted", "100000"));
    Map<String, Object> view =
        http.json(http.get("/api/subsidies/policies/" + policy, authority.accessToken()));
    assertThat(number(view.get("committed"))).isEqualByComparingTo("900000");
    assertThat(number(view.get("remaining"))).isEqualByComparingTo("100000");
  }

  @Test
  void aPolicyEditFrom500000To600000LeavesTheDecidedClaimAt500000AndRevision1() {
    SignedIn first =
        vendorWithCertifications(
            List.of(new Vendors.Certification("CMMI", 5, LocalDate.now().plusYears(2))));
    SignedIn second =
        vendorWithCertifications(
            List.of(new Vendors.Certification("CMMI", 5, LocalDate.now().plusYears(2))));
    Map<String, Object> body = certificationPolicy(10_000_000, 500_000);
    UUID policy = subsidies.created(authority, body);
    Map<String, Object> claim =
        subsidies.claimed(first, certificationClaim(policy, first, "CMMI", 5));
    assertThat(subsidies.decide(authority, claim.get("id"), "APPROVED", null, null).statusCode())
        .isEqualTo(200);
    Map<String, Object> decided =
        http.json(http.get("/api/subsidies/claims/" + claim.get("id"), first.accessToken()));

    body.put(
        "certification",
        Map.of(
            "amounts",
            List.of(
                SubsidyFixture.amount("CMMI", 5, 600_000),
                SubsidyFixture.amount("CMMI", null, 300_000))));
    HttpResponse<String> edited =
        http.call(
            "PUT", "/api/subsidies/policies/" + policy, body, authority.accessToken(), Map.of());
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(http.json(edited)).containsEntry("revision", 2);

    Map<String, Object> after =
        http.json(http.get("/api/subsidies/claims/" + claim.get("id"), first.accessToken()));
    assertThat(after).isEqualTo(decided);
    assertThat(number(after.get("approvedAmount"))).isEqualByComparingTo("500000");
    assertThat(after).containsEntry("policyRevision", 1);
    Map<String, Object> later =
        subsidies.claimed(second, certificationClaim(policy, second, "CMMI", 5));
    assertThat(number(later.get("computedAmount"))).isEqualByComparingTo("600000");
    assertThat(later).containsEntry("policyRevision", 2);
  }

  @Test
  void aVendorSeesAvailableIncentivesWithAnEstimateAndOnlyItsOwnClaims() {
    SignedIn vendor =
        vendorWithCertifications(
            List.of(new Vendors.Certification("SOC1_SAS70", null, LocalDate.now().plusYears(2))));
    UUID policy = subsidies.created(authority, certificationPolicy(10_000_000, 500_000));

    List<Map<String, Object>> offers =
        http.jsonList(http.get("/api/subsidies/offers", vendor.accessToken()));

    @SuppressWarnings("unchecked")
    Map<String, Object> offer =
        offers.stream()
            .filter(
                o -> policy.toString().equals(((Map<String, Object>) o.get("policy")).get("id")))
            .findFirst()
            .orElseThrow();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> estimates = (List<Map<String, Object>>) offer.get("estimates");
    assertThat(estimates)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e).containsEntry("eligible", true);
              assertThat(number(e.get("amount"))).isEqualByComparingTo("200000");
            });
    subsidies.claimed(vendor, certificationClaim(policy, vendor, "SOC1_SAS70", null));
    SignedIn other = vendorWithProfile(10);
    assertThat(http.jsonList(http.get("/api/subsidies/claims", other.accessToken()))).isEmpty();
    assertThat(http.jsonList(http.get("/api/subsidies/claims", vendor.accessToken()))).hasSize(1);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private UUID demonstrationPark(SignedIn operator) {
    UUID park = tenancies.park(operator, 100_000);
    HttpResponse<String> level =
        http.call(
            "PUT",
            "/api/parks/" + park + "/level",
            Map.of(
                "level",
                "PROVINCIAL_DEMONSTRATION",
                "decidedOn",
                LocalDate.now().minusMonths(1).toString(),
                "decisionNumber",
                "黑政函〔2026〕7号"),
            authority.accessToken(),
            Map.of());
    assertThat(level.statusCode()).as(level.body()).isEqualTo(200);
    return park;
  }

  private Map<String, Object> rentPolicy(UUID park, Map<String, Object> rule) {
    Map<String, Object> body = SubsidyFixture.policy("RENT", park, 10_000_000);
    body.put("rent", rule);
    return body;
  }

  private static Map<String, Object> certificationPolicy(long budget, long cmmiLevel5) {
    Map<String, Object> body = SubsidyFixture.policy("CERTIFICATION", null, budget);
    body.put(
        "certification",
        Map.of(
            "amounts",
            List.of(
                SubsidyFixture.amount("CMMI", 5, cmmiLevel5),
                SubsidyFixture.amount("CMMI", null, 300_000),
                SubsidyFixture.amount("PCMM", null, 300_000),
                SubsidyFixture.amount("ISO_IEC_27001", null, 200_000),
                SubsidyFixture.amount("ISO_IEC_20000", null, 200_000),
                SubsidyFixture.amount("SOC1_SAS70", null, 200_000))));
    return body;
  }

  private Map<String, Object> certificationClaim(
      UUID policy, SignedIn vendor, String type, Integer level) {
    UUID certification =
        uuid(
            "SELECT id FROM certification WHERE organisation_id = ? AND type = ? AND level IS NOT DISTINCT FROM ?",
            UUID.fromString(vendor.organisationId()),
            type,
            level == null ? null : level.shortValue());
    return Map.of("policyId", policy, "certificationId", certification);
  }

  private static Map<String, Object> trainingClaim(
      UUID policy, List<Map<String, Object>> trainees) {
    return Map.of(
        "policyId", policy, "cohort", Map.of("name", "2026 春季呼叫中心班", "trainees", trainees));
  }

  private Map<String, Object> trainee(String employerCreditCode, int contractMonths) {
    LocalDate completed = Tenancies.today(clock).minusMonths(2);
    LocalDate contractStart = completed.plusDays(7);
    StringBuilder identity = new StringBuilder("230102");
    while (identity.length() < 17) {
      identity.append(java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
    }
    identity.append('X');
    return Map.of(
        "name", "学员" + identity.substring(12),
        "identityNumber", identity.toString(),
        "trainingCompletedOn", completed.toString(),
        "employerCreditCode", employerCreditCode,
        "contractStart", contractStart.toString(),
        "contractEnd", contractStart.plusMonths(contractMonths).minusDays(1).toString());
  }

  private SignedIn vendorWithProfile(int headcount) {
    SignedIn vendor = accounts.register("VENDOR");
    vendors.profile(
        vendor.organisationId(),
        headcount,
        List.of("ITO_APPLICATION_SOFTWARE"),
        List.of("zh"),
        List.of());
    return vendor;
  }

  private SignedIn vendorWithCertifications(List<Vendors.Certification> certifications) {
    SignedIn vendor = accounts.register("VENDOR");
    vendors.profile(
        vendor.organisationId(),
        300,
        List.of("ITO_APPLICATION_SOFTWARE"),
        List.of("zh"),
        certifications);
    return vendor;
  }

  private String creditCodeOf(SignedIn vendor) {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT credit_code FROM organisation WHERE id = ?")) {
      s.setObject(1, UUID.fromString(vendor.organisationId()));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void assertNotEligible(HttpResponse<String> response, String field, String reason) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(http.json(response)).containsEntry("type", "urn:waibao:problem:not-eligible");
    assertThat(response.body()).contains("\"" + field + "\"", reason);
  }

  @SuppressWarnings("unchecked")
  private static List<String> explanation(Map<String, Object> claim) {
    return ((List<Map<String, Object>>) claim.get("explanation"))
        .stream().map(l -> (String) l.get("text")).toList();
  }

  private static BigDecimal number(Object value) {
    return new BigDecimal(String.valueOf(value));
  }

  private <T> List<T> race(int n, java.util.function.IntFunction<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.apply(index);
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private long count(String query, Object... parameters) {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement s = c.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        Object p = parameters[i];
        s.setObject(
            i + 1, p instanceof String text && text.length() == 36 ? UUID.fromString(text) : p);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private UUID uuid(String query, Object... parameters) {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement s = c.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("a row for " + query).isTrue();
        return r.getObject(1, UUID.class);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void update(String query, String organisationId) {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement s = c.prepareStatement(query)) {
      s.setObject(1, UUID.fromString(organisationId));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
