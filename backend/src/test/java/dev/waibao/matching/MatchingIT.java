package dev.waibao.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.TenderFixture;
import dev.waibao.testing.TestClock;
import dev.waibao.testing.Vendors;
import dev.waibao.testing.Vendors.Certification;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Matching on the real database: hard eligibility (certification expiry by the bid deadline's date,
 * level, verification, headcount, capabilities, languages), the score's arithmetic, paging, who may
 * see what, and invitations. Each tender requires two languages made up for the test, so vendors of
 * other tests in the shared database are never among its matches.
 */
@MicronautTest(transactional = false)
class MatchingIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  @Inject DataSource dataSource;
  private Http http;
  private Accounts accounts;
  private TenderFixture tenders;
  private Vendors vendors;

  @BeforeAll
  void connect() {
    http = new Http(server, json);
    accounts = new Accounts(http);
    tenders = new TenderFixture(http, clock);
    vendors = new Vendors(dataSource);
  }

  /** Two language codes no other test uses. */
  static List<String> uniqueLanguages() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return List.of(
        "q" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26)),
        "x" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26)));
  }

  private Map<String, Object> tender(List<String> languages) {
    Map<String, Object> body = tenders.body(Duration.ofDays(5));
    body.put("capabilities", List.of("ITO_GIS"));
    body.put("languages", languages);
    body.put(
        "certifications",
        List.of(Map.of("type", "ISO_IEC_27001"), Map.of("type", "CMMI", "minimumLevel", 3)));
    body.put("minimumHeadcount", 100);
    return body;
  }

  private SignedIn vendor(int headcount, List<String> languages, List<Certification> certs) {
    SignedIn vendor = accounts.register("VENDOR");
    vendors.profile(vendor.organisationId(), headcount, List.of("ITO_GIS"), languages, certs);
    return vendor;
  }

  private static List<Certification> valid(int cmmiLevel, LocalDate isoExpires) {
    return List.of(
        new Certification("ISO_IEC_27001", null, isoExpires),
        new Certification("CMMI", cmmiLevel, LocalDate.now().plusYears(2)));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> items(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return (List<Map<String, Object>>) http.json(response).get("items");
  }

  private Map<String, Object> byVendor(List<Map<String, Object>> items, SignedIn vendor) {
    return items.stream()
        .filter(item -> vendor.organisationId().equals(item.get("vendorId")))
        .findFirst()
        .orElse(null);
  }

  @Test
  @SuppressWarnings("unchecked")
  void eligibilityNamesEveryUnmetRequirementAndJudgesExpiryByTheDeadlinesDate() {
    List<String> languages = uniqueLanguages();
    SignedIn client = accounts.register("CLIENT");
    String tender = tenders.publish(client, tender(languages));
    LocalDate afterDeadline = LocalDate.now().plusDays(30);
    SignedIn eligible = vendor(300, languages, valid(3, afterDeadline));
    SignedIn expiresBeforeDeadline = vendor(300, languages, valid(3, LocalDate.now().plusDays(1)));
    SignedIn levelTooLow = vendor(300, languages, valid(2, afterDeadline));
    SignedIn unverified = vendor(300, languages, valid(4, afterDeadline));
    sql(
        "UPDATE certification SET status = 'UNVERIFIED', reviewed_at = NULL WHERE organisation_id = CAST(? AS uuid) AND type = 'ISO_IEC_27001'",
        unverified.organisationId());
    SignedIn tooSmall = vendor(99, languages, valid(5, afterDeadline));
    SignedIn oneLanguage = vendor(300, languages.subList(0, 1), valid(3, afterDeadline));
    SignedIn twoShort = vendor(50, languages.subList(0, 1), valid(3, afterDeadline));

    HttpResponse<String> response =
        http.get("/api/tenders/" + tender + "/matches?size=50", client.accessToken());
    List<Map<String, Object>> items = items(response);

    assertThat(http.json(response)).containsEntry("total", 6).containsEntry("eligible", 1);
    assertThat(items.getFirst())
        .containsEntry("vendorId", eligible.organisationId())
        .containsEntry("eligible", true)
        .containsEntry("rank", 1)
        .containsEntry("unmet", List.of());
    assertThat(byVendor(items, expiresBeforeDeadline))
        .containsEntry("eligible", false)
        .containsEntry(
            "unmet", List.of(Map.of("requirement", "certification", "value", "ISO_IEC_27001")));
    assertThat(byVendor(items, levelTooLow).get("unmet"))
        .isEqualTo(List.of(Map.of("requirement", "certification", "value", "CMMI:3")));
    assertThat(byVendor(items, unverified).get("unmet"))
        .isEqualTo(List.of(Map.of("requirement", "certification", "value", "ISO_IEC_27001")));
    assertThat(byVendor(items, tooSmall).get("unmet"))
        .isEqualTo(List.of(Map.of("requirement", "headcount", "value", "100")));
    assertThat(byVendor(items, oneLanguage).get("unmet"))
        .isEqualTo(List.of(Map.of("requirement", "language", "value", languages.get(1))));
    assertThat(byVendor(items, twoShort)).as("two requirements missed: not a near-miss").isNull();
    assertThat(items.subList(1, items.size()))
        .allSatisfy(item -> assertThat(item).containsEntry("eligible", false));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theScoreIsTheSumOfItsWeightedParts() {
    List<String> languages = uniqueLanguages();
    SignedIn client = accounts.register("CLIENT");
    Map<String, Object> body = tender(languages);
    body.put("certifications", List.of());
    body.put("minimumHeadcount", 0);
    String tender = tenders.publish(client, body);
    SignedIn vendor = vendor(300, languages, List.of());
    String org = vendor.organisationId();
    sql(
        "UPDATE vendor_capability SET years_of_experience = 2 WHERE organisation_id = CAST(? AS uuid)",
        org);
    for (int i = 0; i < 3; i++) {
      sql(
          "INSERT INTO vendor_case_study (organisation_id, position, title, client_industry, year, value_band) VALUES (CAST(? AS uuid), ?, '案例', ?, 2024, 'BELOW_1M')",
          org,
          i,
          i < 2 ? "FINANCE" : "TELECOM");
    }
    contract(client, vendor, "COMPLETED", new int[] {5, 4, 3});
    contract(client, vendor, "TERMINATED", null);

    Map<String, Object> match =
        items(http.get("/api/tenders/" + tender + "/matches", client.accessToken())).getFirst();

    Map<String, Map<String, Object>> parts = new java.util.LinkedHashMap<>();
    ((List<Map<String, Object>>) match.get("parts"))
        .forEach(part -> parts.put((String) part.get("name"), part));
    assertThat(parts.keySet())
        .containsExactly(
            "capability", "caseStudies", "rating", "delivery", "location", "sizeFit", "text");
    // 2 of 5 years: 0.5 + 0.5 * 2/5, weight 30 of 100
    assertThat(parts.get("capability")).containsEntry("value", 0.7).containsEntry("points", 21.0);
    // 2 finance case studies of the 3 that earn full credit, weight 15
    assertThat(parts.get("caseStudies"))
        .containsEntry("value", 0.667)
        .containsEntry("points", 10.0);
    // the completed contract's ratings average 4 of 5: (4 - 1) / 4, weight 15
    assertThat(parts.get("rating")).containsEntry("value", 0.75).containsEntry("points", 11.25);
    // one completed, one terminated: (1 + 1) / (2 + 2), weight 10
    assertThat(parts.get("delivery")).containsEntry("value", 0.5).containsEntry("points", 5.0);
    assertThat(parts.get("location")).containsEntry("value", 1.0).containsEntry("points", 10.0);
    // 300 staff where 2,000,000 CNY pays 100: 1 - log10(3) / 2, weight 10
    assertThat(parts.get("sizeFit")).containsEntry("value", 0.761).containsEntry("points", 7.61);
    double sum =
        parts.values().stream().mapToDouble(p -> ((Number) p.get("points")).doubleValue()).sum();
    assertThat(((Number) match.get("total")).doubleValue()).isCloseTo(sum, within(0.06));
    assertThat(((Number) match.get("total")).doubleValue()).isGreaterThanOrEqualTo(64.8);
  }

  @Test
  void pagesFollowOneOrderWithoutGapsOrRepeats() {
    List<String> languages = uniqueLanguages();
    SignedIn client = accounts.register("CLIENT");
    String tender = tenders.publish(client, tender(languages));
    for (int headcount : new int[] {100, 150, 300, 1000, 5000}) {
      vendor(headcount, languages, valid(3, LocalDate.now().plusYears(1)));
    }

    List<Object> seen = new java.util.ArrayList<>();
    List<Double> totals = new java.util.ArrayList<>();
    for (int page = 0; page < 3; page++) {
      HttpResponse<String> response =
          http.get("/api/tenders/" + tender + "/matches?size=2&page=" + page, client.accessToken());
      assertThat(http.json(response)).containsEntry("total", 5).containsEntry("page", page);
      for (Map<String, Object> item : items(response)) {
        seen.add(item.get("vendorId"));
        totals.add(((Number) item.get("total")).doubleValue());
        assertThat(item.get("rank")).isEqualTo(seen.size());
      }
    }

    assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    assertThat(totals).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(items(http.get("/api/tenders/" + tender + "/matches?page=9", client.accessToken())))
        .isEmpty();
    assertThat(
            http.get("/api/tenders/" + tender + "/matches?size=101", client.accessToken())
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void onlyTheTendersClientSeesItsMatches() {
    List<String> languages = uniqueLanguages();
    SignedIn client = accounts.register("CLIENT");
    SignedIn otherClient = accounts.register("CLIENT");
    SignedIn vendor = vendor(300, languages, valid(3, LocalDate.now().plusYears(1)));
    String tender = tenders.publish(client, tender(languages));
    HttpResponse<String> draft = http.post("/api/tenders", tender(languages), client.accessToken());
    String draftId = (String) http.json(draft).get("id");

    assertThat(
            http.get("/api/tenders/" + tender + "/matches", otherClient.accessToken()).statusCode())
        .isEqualTo(403);
    assertThat(
            http.get("/api/tenders/" + draftId + "/matches", otherClient.accessToken())
                .statusCode())
        .as("someone else's draft does not exist for them")
        .isEqualTo(404);
    assertThat(http.get("/api/tenders/" + tender + "/matches", vendor.accessToken()).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/api/tenders/" + tender + "/matches", null).statusCode()).isEqualTo(401);
    assertThat(items(http.get("/api/tenders/" + draftId + "/matches", client.accessToken())))
        .as("the client may look before publishing")
        .hasSize(1);
    assertThat(http.get("/api/vendors/me/recommended-tenders", client.accessToken()).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/api/vendors/me/recommended-tenders", null).statusCode()).isEqualTo(401);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anInvitationReachesTheVendorOnceAndOnlyItsOwnRecommendationsShowIt() {
    List<String> languages = uniqueLanguages();
    SignedIn client = accounts.register("CLIENT");
    SignedIn invited = vendor(300, languages, valid(3, LocalDate.now().plusYears(1)));
    SignedIn other = vendor(300, languages, valid(3, LocalDate.now().plusYears(1)));
    SignedIn stranger = accounts.register("VENDOR");
    String tender = tenders.publish(client, tender(languages));
    String path = "/api/tenders/" + tender + "/invitations";

    HttpResponse<String> first =
        http.post(path, Map.of("vendorId", invited.organisationId()), client.accessToken());
    HttpResponse<String> again =
        http.post(path, Map.of("vendorId", invited.organisationId()), client.accessToken());

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(http.json(again).get("invitedAt")).isEqualTo(http.json(first).get("invitedAt"));
    List<Map<String, Object>> inbox =
        http.jsonList(http.get("/api/notifications", invited.accessToken())).stream()
            .filter(n -> "TENDER_INVITATION".equals(n.get("kind")))
            .toList();
    assertThat(inbox).hasSize(1);
    assertThat(inbox.getFirst()).containsEntry("tenderId", tender);
    assertThat((Map<String, Object>) inbox.getFirst().get("payload"))
        .containsEntry("title", "核心系统呼叫中心外包服务 Call centre outsourcing");
    assertThat(
            http.jsonList(http.get("/api/notifications", other.accessToken())).stream()
                .filter(n -> "TENDER_INVITATION".equals(n.get("kind"))))
        .isEmpty();
    assertThat(
            byVendor(
                    items(http.get("/api/tenders/" + tender + "/matches", client.accessToken())),
                    invited)
                .get("invitedAt"))
        .isNotNull();

    Map<String, Object> mine = recommended(invited, tender);
    Map<String, Object> theirs = recommended(other, tender);
    assertThat(mine).containsEntry("eligible", true);
    assertThat(mine.get("invitedAt")).isNotNull();
    assertThat(theirs.get("invitedAt")).isNull();

    HttpResponse<String> notMatched =
        http.post(path, Map.of("vendorId", stranger.organisationId()), client.accessToken());
    assertThat(notMatched.statusCode()).isEqualTo(400);
    assertThat(notMatched.body()).contains("vendorId");
    SignedIn otherClient = accounts.register("CLIENT");
    assertThat(
            http.post(path, Map.of("vendorId", other.organisationId()), otherClient.accessToken())
                .statusCode())
        .isEqualTo(403);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> recommended(SignedIn vendor, String tender) {
    HttpResponse<String> response =
        http.get("/api/vendors/me/recommended-tenders?size=100", vendor.accessToken());
    return items(response).stream()
        .filter(item -> tender.equals(item.get("tenderId")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not recommended: " + response.body()));
  }

  /** A contract between them, ended in {@code status}, rated when ratings are given. */
  private void contract(SignedIn client, SignedIn vendor, String status, int[] ratings) {
    String tenderId = UUID.randomUUID().toString();
    String bid = UUID.randomUUID().toString();
    String award = UUID.randomUUID().toString();
    String contract = UUID.randomUUID().toString();
    sql(
        "INSERT INTO tender (id, client_organisation_id, created_by, status, title, created_at, updated_at) VALUES (CAST(? AS uuid), CAST(? AS uuid), CAST(? AS uuid), 'DRAFT', '过去的招标', now(), now())",
        tenderId,
        client.organisationId(),
        client.userId());
    sql(
        "INSERT INTO bid (id, tender_id, vendor_organisation_id, status, current_version, submitted_at, updated_at) VALUES (CAST(? AS uuid), CAST(? AS uuid), CAST(? AS uuid), 'AWARDED', 1, now(), now())",
        bid,
        tenderId,
        vendor.organisationId());
    sql(
        "INSERT INTO award (id, tender_id, bid_id, reason, value, awarded_by, awarded_at) VALUES (CAST(? AS uuid), CAST(? AS uuid), CAST(? AS uuid), '最优', 100000, CAST(? AS uuid), now())",
        award,
        tenderId,
        bid,
        client.userId());
    sql(
        "INSERT INTO contract (id, award_id, tender_id, client_organisation_id, vendor_organisation_id, value, starts_on, ends_on, status, ended_at, created_at) VALUES (CAST(? AS uuid), CAST(? AS uuid), CAST(? AS uuid), CAST(? AS uuid), CAST(? AS uuid), 100000, current_date - 100, current_date - 10, ?, now(), now())",
        contract,
        award,
        tenderId,
        client.organisationId(),
        vendor.organisationId(),
        status);
    if (ratings != null) {
      sql(
          "INSERT INTO contract_rating (contract_id, quality, schedule, communication, rated_by, rated_at) VALUES (CAST(? AS uuid), ?, ?, ?, CAST(? AS uuid), now())",
          contract,
          ratings[0],
          ratings[1],
          ratings[2],
          client.userId());
    }
  }

  private void sql(String statement, Object... parameters) {
    try (Connection connection =
            io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                    dataSource)
                .getConnection();
        PreparedStatement prepared = connection.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        prepared.setObject(i + 1, parameters[i]);
      }
      prepared.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
