package dev.waibao.firms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.TestClock;
import dev.waibao.testing.TheAuthority;
import dev.waibao.testing.Uploads;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class FirmsIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  @Inject VendorCertifications eligibility;
  private Http http;
  private Accounts accounts;
  private Uploads uploads;
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
    uploads = new Uploads(http);
    authority = TheAuthority.signIn(accounts);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theFirstSaveCreatesTheProfileAndTheSizeTierFollowsHeadcount() {
    SignedIn vendor = accounts.register("VENDOR");
    assertThat(http.get("/api/vendor-profile", vendor.accessToken()).statusCode()).isEqualTo(404);

    HttpResponse<String> saved = saveProfile(vendor, profile(799));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    Map<String, Object> detail = http.json(http.get("/api/vendors/" + vendor.organisationId()));
    assertThat(detail)
        .containsEntry("sizeTier", "SMALL")
        .containsEntry("headcount", 799)
        .containsEntry("city", "harbin")
        .containsEntry("rating", null);
    assertThat((String) detail.get("creditCode")).hasSize(18);
    assertThat((List<Map<String, Object>>) detail.get("capabilities"))
        .extracting(c -> c.get("code"), c -> c.get("yearsOfExperience"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ITO_APPLICATION_SOFTWARE", 8),
            org.assertj.core.groups.Tuple.tuple("BPO_CALL_CENTRE", 3));
    assertThat((List<String>) detail.get("markets")).containsExactly("DOMESTIC", "JAPAN");
    assertThat((List<String>) detail.get("languages")).containsExactly("en", "ja", "zh");

    saveProfile(vendor, profile(800));
    assertThat(http.json(http.get("/api/vendors/" + vendor.organisationId())))
        .containsEntry("sizeTier", "SCALE");
    saveProfile(vendor, profile(3000));
    assertThat(http.json(http.get("/api/vendors/" + vendor.organisationId())))
        .containsEntry("sizeTier", "LARGE");
  }

  @Test
  void anInvalidProfileNamesEveryFieldAndSavesNothing() {
    SignedIn vendor = accounts.register("VENDOR");
    Map<String, Object> body = profile(-1);
    body.put(
        "capabilities",
        List.of(
            Map.of("code", "ITO_SAAS", "yearsOfExperience", 2),
            Map.of("code", "KPO_LEGAL_RESEARCH", "yearsOfExperience", 200)));
    body.put("markets", List.of("MARS"));
    body.put("languages", List.of("Chinese"));
    body.put(
        "caseStudies",
        List.of(
            Map.of(
                "title",
                "银行项目",
                "clientIndustry",
                "MINING",
                "year",
                2024,
                "valueBand",
                "FROM_1M_TO_5M")));
    body.put("parkId", UUID.randomUUID().toString());

    HttpResponse<String> response = saveProfile(vendor, body);

    assertProblem(response, 400, "urn:waibao:problem:validation");
    assertThat(fields(response))
        .containsExactlyInAnyOrder(
            "headcount",
            "parkId",
            "capabilities[1].code",
            "capabilities[1].yearsOfExperience",
            "languages[0]",
            "markets[0]",
            "caseStudies[0].clientIndustry");
    assertThat(http.get("/api/vendor-profile", vendor.accessToken()).statusCode()).isEqualTo(404);
  }

  @Test
  void onlyVendorsKeepAVendorProfile() {
    SignedIn client = accounts.register("CLIENT");

    assertThat(saveProfile(client, profile(10)).statusCode()).isEqualTo(403);
    assertThat(http.call("PUT", "/api/vendor-profile", profile(10), null, Map.of()).statusCode())
        .isEqualTo(401);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCertificationAppearsPubliclyOnlyOnceTheAuthorityVerifiesIt() {
    SignedIn vendor = vendorWithProfile();
    String documentId =
        (String)
            http.json(
                    uploads.upload(
                        "cmmi.pdf", "application/pdf", Uploads.pdf(), vendor.accessToken()))
                .get("id");
    Map<String, Object> body =
        certification("CMMI", 5, today().minusYears(1), today().plusYears(2));
    body.put("documentId", documentId);
    HttpResponse<String> added =
        http.post("/api/vendor-profile/certifications", body, vendor.accessToken());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    String id = (String) http.json(added).get("id");
    assertThat(http.json(added))
        .containsEntry("status", "UNVERIFIED")
        .containsEntry("documentName", "cmmi.pdf");
    assertThat(publicCertifications(vendor)).isEmpty();
    assertThat(directoryIds("certification=CMMI&city=harbin"))
        .doesNotContain(vendor.organisationId());

    String number = (String) body.get("certificateNumber");
    Map<String, Object> queue =
        http.json(
            http.get(
                "/api/certifications?search=" + number.toLowerCase(), authority.accessToken()));
    assertThat((List<Map<String, Object>>) queue.get("items"))
        .as("the certification waits in the authority's queue, found by its number")
        .singleElement()
        .satisfies(
            c -> assertThat(c).containsEntry("id", id).containsEntry("status", "UNVERIFIED"));
    assertThat(
            http.get("/api/documents/" + documentId + "/content", authority.accessToken())
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> verified =
        http.post("/api/certifications/" + id + "/verify", null, authority.accessToken());
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    assertThat(http.json(verified)).containsEntry("status", "VERIFIED");
    assertThat(publicCertifications(vendor))
        .singleElement()
        .satisfies(c -> assertThat(c).containsEntry("type", "CMMI").containsEntry("level", 5));
    assertThat(directoryIds("certification=CMMI&city=harbin")).contains(vendor.organisationId());
    assertThat(eligibility.validCertifications(UUID.fromString(vendor.organisationId())))
        .extracting(VendorCertifications.ValidCertification::type)
        .containsExactly(dev.waibao.firms.model.CertificationType.CMMI);

    Map<String, Object> audit =
        http.json(
            http.get(
                "/api/audit-events?entityType=certification&entityId=" + id,
                authority.accessToken()));
    assertThat((List<Map<String, Object>>) audit.get("items"))
        .extracting(e -> e.get("action"))
        .contains("certification.created", "certification.verified");
  }

  @Test
  void aRejectionNeedsAReasonAndIsFinal() {
    SignedIn vendor = vendorWithProfile();
    String id =
        addCertification(
            vendor,
            certification("ISO_IEC_27001", null, today().minusMonths(3), today().plusYears(3)));

    HttpResponse<String> noReason =
        http.post(
            "/api/certifications/" + id + "/reject",
            Map.of("reason", " "),
            authority.accessToken());
    assertProblem(noReason, 400, "urn:waibao:problem:validation");
    assertThat(fields(noReason)).containsExactly("reason");

    HttpResponse<String> rejected =
        http.post(
            "/api/certifications/" + id + "/reject",
            Map.of("reason", "证书编号无法核验"),
            authority.accessToken());
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    assertThat(http.json(rejected))
        .containsEntry("status", "REJECTED")
        .containsEntry("rejectionReason", "证书编号无法核验");
    assertProblem(
        http.post("/api/certifications/" + id + "/verify", null, authority.accessToken()),
        409,
        "urn:waibao:problem:certification-already-reviewed");
    assertThat(publicCertifications(vendor)).isEmpty();
  }

  @Test
  void onlyTheAuthorityVerifiesAndOnlyTheOwnerChangesACertification() {
    SignedIn vendor = vendorWithProfile();
    SignedIn rival = vendorWithProfile();
    String id =
        addCertification(
            vendor,
            certification("SOC1_SAS70", null, today().minusMonths(3), today().plusYears(1)));

    assertThat(
            http.post("/api/certifications/" + id + "/verify", null, vendor.accessToken())
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.call(
                    "PUT",
                    "/api/vendor-profile/certifications/" + id,
                    certification("SOC1_SAS70", null, today().minusMonths(3), today().plusYears(1)),
                    rival.accessToken(),
                    Map.of())
                .statusCode())
        .isEqualTo(404);
    assertThat(
            http.call(
                    "DELETE",
                    "/api/vendor-profile/certifications/" + id,
                    null,
                    rival.accessToken(),
                    Map.of())
                .statusCode())
        .isEqualTo(404);
    assertThat(http.get("/api/certifications", vendor.accessToken()).statusCode()).isEqualTo(403);
  }

  @Test
  void anInvalidCertificationNamesEveryFieldAndSavesNothing() {
    SignedIn vendor = vendorWithProfile();
    SignedIn rival = accounts.register("VENDOR");
    String foreignDocument =
        (String)
            http.json(
                    uploads.upload("x.pdf", "application/pdf", Uploads.pdf(), rival.accessToken()))
                .get("id");
    Map<String, Object> cmmi =
        certification("CMMI", 7, today().minusDays(10), today().minusDays(20));
    cmmi.put("documentId", foreignDocument);
    cmmi.put("certificateNumber", "");

    HttpResponse<String> response =
        http.post("/api/vendor-profile/certifications", cmmi, vendor.accessToken());

    assertProblem(response, 400, "urn:waibao:problem:validation");
    assertThat(fields(response))
        .containsExactlyInAnyOrder("level", "certificateNumber", "expiresOn", "documentId");
    HttpResponse<String> isoWithLevel =
        http.post(
            "/api/vendor-profile/certifications",
            certification("ISO_IEC_20000", 3, today().plusDays(5), today().plusYears(1)),
            vendor.accessToken());
    assertThat(fields(isoWithLevel)).containsExactlyInAnyOrder("level", "issuedOn");
    assertThat(
            fields(
                http.post(
                    "/api/vendor-profile/certifications",
                    certification("ISO_9001", null, today().minusDays(1), today().plusYears(1)),
                    vendor.accessToken())))
        .containsExactly("type");
    Map<String, Object> own = http.json(http.get("/api/vendor-profile", vendor.accessToken()));
    assertThat((List<?>) own.get("certifications")).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aVerifiedCertificationExpiresByDateWithoutAnyoneTouchingIt() {
    SignedIn vendor = vendorWithProfile();
    LocalDate expiry = today().plusDays(2);
    String id = addCertification(vendor, certification("PCMM", 2, today().minusYears(2), expiry));
    assertThat(
            http.post("/api/certifications/" + id + "/verify", null, authority.accessToken())
                .statusCode())
        .isEqualTo(200);
    assertThat(publicCertifications(vendor)).hasSize(1);

    clock.advance(Duration.ofDays(2));
    assertThat(today()).isEqualTo(expiry);
    assertThat(publicCertifications(vendor)).as("still valid on its expiry date").hasSize(1);

    clock.advance(Duration.ofDays(1));
    assertThat(publicCertifications(vendor)).isEmpty();
    Map<String, Object> own = http.json(http.get("/api/vendor-profile", vendor.accessToken()));
    assertThat((List<Map<String, Object>>) own.get("certifications"))
        .singleElement()
        .satisfies(c -> assertThat(c).containsEntry("status", "EXPIRED"));
    assertThat(directoryIds("certification=PCMM&city=harbin"))
        .doesNotContain(vendor.organisationId());
    assertThat(eligibility.validCertifications(UUID.fromString(vendor.organisationId()))).isEmpty();
    Map<String, Object> expired =
        http.json(http.get("/api/certifications?status=EXPIRED&size=100", authority.accessToken()));
    assertThat(((Number) expired.get("total")).longValue()).isPositive();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDirectoryFiltersByCityCapabilityAndSizeTierAndPages() {
    SignedIn large = accounts.register("VENDOR");
    Map<String, Object> body = profile(4200);
    body.put("city", "qitaihe");
    body.put(
        "capabilities", List.of(Map.of("code", "BPO_ENGINEERING_DESIGN", "yearsOfExperience", 4)));
    saveProfile(large, body);
    SignedIn small = accounts.register("VENDOR");
    body.put("headcount", 40);
    saveProfile(small, body);

    List<String> largeOnes =
        directoryIds("city=qitaihe&capability=BPO_ENGINEERING_DESIGN&sizeTier=LARGE");
    assertThat(largeOnes).contains(large.organisationId()).doesNotContain(small.organisationId());
    assertThat(directoryIds("city=qitaihe&sizeTier=SMALL")).contains(small.organisationId());
    assertThat(directoryIds("city=harbin&capability=BPO_ENGINEERING_DESIGN"))
        .doesNotContain(large.organisationId());

    Map<String, Object> first = http.json(http.get("/api/vendors?city=qitaihe&size=1&page=0"));
    assertThat((List<?>) first.get("items")).hasSize(1);
    assertThat(((Number) first.get("total")).longValue()).isGreaterThanOrEqualTo(2);

    HttpResponse<String> bad = http.get("/api/vendors?sizeTier=HUGE&certification=ISO9001&size=0");
    assertProblem(bad, 400, "urn:waibao:problem:validation");
    assertThat(fields(bad)).containsExactlyInAnyOrder("sizeTier", "certification");
    assertThat(fields(http.get("/api/vendors?size=500"))).containsExactly("size");
  }

  // --- fixtures ------------------------------------------------------------------------------

  private static LocalDate todayIn(java.time.Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
  }

  private LocalDate today() {
    return todayIn(clock);
  }

  static Map<String, Object> profile(int headcount) {
    Map<String, Object> body = new HashMap<>();
    body.put("legalNameZh", "测试服务外包有限公司");
    body.put("legalNameEn", "Test Outsourcing Co., Ltd.");
    body.put("city", "harbin");
    body.put("headcount", headcount);
    body.put("foundedYear", 2010);
    body.put("revenueBand", "FROM_10M_TO_50M");
    body.put(
        "capabilities",
        List.of(
            Map.of("code", "BPO_CALL_CENTRE", "yearsOfExperience", 3),
            Map.of("code", "ITO_APPLICATION_SOFTWARE", "yearsOfExperience", 8)));
    body.put("languages", List.of("zh", "en", "ja"));
    body.put("markets", List.of("DOMESTIC", "JAPAN"));
    body.put(
        "caseStudies",
        List.of(
            Map.of(
                "title",
                "某银行信用卡中心外包",
                "clientIndustry",
                "FINANCE",
                "year",
                2024,
                "valueBand",
                "FROM_1M_TO_5M")));
    body.put("description", "测试");
    return body;
  }

  static Map<String, Object> certification(
      String type, Integer level, LocalDate issued, LocalDate expires) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", type);
    body.put("level", level);
    body.put("certificateNumber", "CERT-" + UUID.randomUUID().toString().substring(0, 8));
    body.put("issuer", "CMMI Institute");
    body.put("issuedOn", issued.toString());
    body.put("expiresOn", expires.toString());
    return body;
  }

  private HttpResponse<String> saveProfile(SignedIn vendor, Map<String, Object> body) {
    return http.call("PUT", "/api/vendor-profile", body, vendor.accessToken(), Map.of());
  }

  private SignedIn vendorWithProfile() {
    SignedIn vendor = accounts.register("VENDOR");
    HttpResponse<String> saved = saveProfile(vendor, profile(120));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    return vendor;
  }

  private String addCertification(SignedIn vendor, Map<String, Object> body) {
    HttpResponse<String> added =
        http.post("/api/vendor-profile/certifications", body, vendor.accessToken());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    return (String) http.json(added).get("id");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> publicCertifications(SignedIn vendor) {
    return (List<Map<String, Object>>)
        http.json(http.get("/api/vendors/" + vendor.organisationId())).get("certifications");
  }

  @SuppressWarnings("unchecked")
  private List<String> directoryIds(String query) {
    List<String> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      Map<String, Object> slice =
          http.json(http.get("/api/vendors?size=100&page=" + page + "&" + query));
      List<Map<String, Object>> items = (List<Map<String, Object>>) slice.get("items");
      items.forEach(item -> ids.add((String) item.get("organisationId")));
      if ((long) (page + 1) * 100 >= ((Number) slice.get("total")).longValue()) {
        return ids;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> fields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    Object errors = http.json(response).get("errors");
    if (errors != null) {
      for (Map<String, Object> error : (List<Map<String, Object>>) errors) {
        fields.add((String) error.get("field"));
      }
    }
    return fields;
  }

  private void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(http.json(response)).containsEntry("type", type);
  }
}
