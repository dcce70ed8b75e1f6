package dev.waibao.tenders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.tenders.application.Closing;
import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.TenderFixture;
import dev.waibao.testing.TestClock;
import dev.waibao.testing.Vendors;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class TendersIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  @Inject DataSource dataSource;
  @Inject Closing closing;
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

  private SignedIn eligibleVendor() {
    return vendors.eligibleVendor(accounts);
  }

  @Test
  void aDraftIsTheClientsAloneUntilPublished() {
    SignedIn client = accounts.register("CLIENT");
    SignedIn vendor = eligibleVendor();
    HttpResponse<String> created =
        http.post("/api/tenders", tenders.body(Duration.ofDays(3)), client.accessToken());
    String id = (String) http.json(created).get("id");

    assertThat(http.json(created)).containsEntry("status", "DRAFT");
    assertThat(http.get("/api/tenders/" + id, vendor.accessToken()).statusCode()).isEqualTo(404);
    assertThat(http.get("/api/tenders/" + id, null).statusCode()).isEqualTo(404);

    assertThat(
            http.post("/api/tenders/" + id + "/publish", null, client.accessToken()).statusCode())
        .isEqualTo(200);
    assertThat(http.json(http.get("/api/tenders/" + id, null))).containsEntry("status", "ACTIVE");
    assertThat(
            http.post("/api/tenders/" + id + "/publish", null, client.accessToken()).statusCode())
        .as("publishing twice names the current state")
        .isEqualTo(409);
  }

  @Test
  @SuppressWarnings("unchecked")
  void invalidTendersNameEveryField() {
    SignedIn client = accounts.register("CLIENT");
    Map<String, Object> body = tenders.body(Duration.ofDays(3));
    body.put("budgetMin", 3000000);
    body.put("capabilities", List.of("TIME_TRAVEL"));
    body.put("deliveryMode", "TELEPATHY");
    body.put("certifications", List.of(Map.of("type", "CMMI")));

    HttpResponse<String> response = http.post("/api/tenders", body, client.accessToken());

    assertThat(response.statusCode()).isEqualTo(400);
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) http.json(response).get("errors");
    assertThat(errors)
        .extracting(error -> error.get("field"))
        .containsExactlyInAnyOrder(
            "budgetMin", "capabilities[0]", "deliveryMode", "certifications[0].minimumLevel");
  }

  @Test
  @SuppressWarnings("unchecked")
  void publishingNeedsTheNoticePeriodAndWeightsSummingTo100() {
    SignedIn client = accounts.register("CLIENT");
    Map<String, Object> body = tenders.body(Duration.ofDays(3));
    body.put("noticePeriodDays", 10);
    body.put("priceWeight", 70);
    String id = (String) http.json(http.post("/api/tenders", body, client.accessToken())).get("id");

    HttpResponse<String> response =
        http.post("/api/tenders/" + id + "/publish", null, client.accessToken());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat((List<Map<String, Object>>) http.json(response).get("errors"))
        .extracting(error -> error.get("field"))
        .containsExactlyInAnyOrder("bidDeadline", "criteria");
  }

  @Test
  void answersArePublishedToAllWithoutTheAsker() {
    SignedIn client = accounts.register("CLIENT");
    SignedIn asker = eligibleVendor();
    SignedIn other = eligibleVendor();
    String id = tenders.publish(client, tenders.body(Duration.ofDays(3)));

    HttpResponse<String> asked =
        http.post(
            "/api/tenders/" + id + "/questions",
            Map.of("question", "是否接受联合体投标？"),
            asker.accessToken());
    String questionId = (String) http.json(asked).get("id");
    http.post(
        "/api/tenders/" + id + "/questions/" + questionId + "/answer",
        Map.of("answer", "不接受。"),
        client.accessToken());

    String seenByOther = http.get("/api/tenders/" + id + "/questions", other.accessToken()).body();
    String seenByPublic = http.get("/api/tenders/" + id + "/questions", null).body();
    assertThat(seenByOther)
        .contains("是否接受联合体投标？")
        .contains("不接受。")
        .contains("\"askedByYou\":false");
    assertThat(seenByPublic)
        .doesNotContain(asker.organisationId())
        .doesNotContain(asker.email())
        .doesNotContain(asker.userId());
    assertThat(http.get("/api/notifications", other.accessToken()).body())
        .doesNotContain("ANSWER_PUBLISHED");
    assertThat(http.get("/api/notifications", asker.accessToken()).body())
        .contains("ANSWER_PUBLISHED");
  }

  @Test
  void aVendorSubmitsRevisesAndWithdrawsItsBidUntilTheDeadline() {
    SignedIn client = accounts.register("CLIENT");
    SignedIn vendor = eligibleVendor();
    String id = tenders.publish(client, tenders.body(Duration.ofDays(3)));

    HttpResponse<String> submitted =
        http.post(
            "/api/tenders/" + id + "/bids", TenderFixture.bid(1_500_000), vendor.accessToken());
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    assertThat(
            http.post(
                    "/api/tenders/" + id + "/bids",
                    TenderFixture.bid(1_400_000),
                    vendor.accessToken())
                .statusCode())
        .as("one live bid per vendor")
        .isEqualTo(409);

    HttpResponse<String> revised =
        http.call(
            "PUT",
            "/api/tenders/" + id + "/bids/mine",
            TenderFixture.bid(1_200_000),
            vendor.accessToken(),
            Map.of());
    assertThat(http.json(revised)).containsEntry("version", 2).containsEntry("price", 1200000.0);

    assertThat(
            http.call(
                    "DELETE",
                    "/api/tenders/" + id + "/bids/mine",
                    null,
                    vendor.accessToken(),
                    Map.of())
                .statusCode())
        .isEqualTo(204);
    assertThat(http.get("/api/tenders/" + id + "/bids/mine", vendor.accessToken()).statusCode())
        .isEqualTo(404);
    assertThat(
            http.post(
                    "/api/tenders/" + id + "/bids",
                    TenderFixture.bid(1_300_000),
                    vendor.accessToken())
                .statusCode())
        .as("a withdrawn bid may be replaced by a new one")
        .isEqualTo(201);

    clock.advance(Duration.ofDays(3));
    assertThat(
            http.call(
                    "PUT",
                    "/api/tenders/" + id + "/bids/mine",
                    TenderFixture.bid(1_000_000),
                    vendor.accessToken(),
                    Map.of())
                .statusCode())
        .isEqualTo(409);
    assertThat(
            http.post(
                    "/api/tenders/" + id + "/bids",
                    TenderFixture.bid(1_000_000),
                    eligibleVendor().accessToken())
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anIneligibleVendorLearnsEveryUnmetRequirement() {
    SignedIn client = accounts.register("CLIENT");
    SignedIn small = accounts.register("VENDOR");
    vendors.profile(
        small.organisationId(),
        20,
        List.of("ITO_APPLICATION_SOFTWARE"),
        List.of("zh"),
        List.of(new Vendors.Certification("ISO_IEC_27001", null, LocalDate.now().plusDays(1))));
    String id = tenders.publish(client, tenders.body(Duration.ofDays(3)));

    HttpResponse<String> response =
        http.post(
            "/api/tenders/" + id + "/bids", TenderFixture.bid(1_000_000), small.accessToken());

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat((List<Map<String, Object>>) http.json(response).get("errors"))
        .extracting(error -> error.get("field"))
        .containsExactlyInAnyOrder(
            "minimumHeadcount", "capabilities", "languages", "certifications");
    assertThat(response.body())
        .as("the certificate expires before the deadline")
        .contains("valid at the bid deadline");
  }

  @Test
  void bidsAreSealedUntilTheDeadline() {
    SignedIn client = accounts.register("CLIENT");
    SignedIn bidder = eligibleVendor();
    SignedIn rival = eligibleVendor();
    String id = tenders.publish(client, tenders.body(Duration.ofDays(2)));
    String bidId =
        (String)
            http.json(
                    http.post(
                        "/api/tenders/" + id + "/bids",
                        TenderFixture.bid(900_000),
                        bidder.accessToken()))
                .get("id");

    HttpResponse<String> clientView =
        http.get("/api/tenders/" + id + "/bids", client.accessToken());
    assertThat(clientView.statusCode()).isEqualTo(409);
    assertThat(clientView.body())
        .doesNotContain(bidId)
        .doesNotContain("900000")
        .doesNotContainPattern("\\b1 bid");
    assertThat(http.get("/api/tenders/" + id + "/bids/mine", rival.accessToken()).statusCode())
        .isEqualTo(404);
    for (String body :
        List.of(
            http.get("/api/tenders/" + id, client.accessToken()).body(),
            http.get("/api/tenders?size=100", null).body(),
            http.get("/api/notifications", client.accessToken()).body(),
            http.get("/api/notifications", rival.accessToken()).body(),
            http.get("/api/audit-events?size=100", client.accessToken()).body())) {
      assertThat(body)
          .doesNotContain(bidId)
          .doesNotContain(bidder.organisationId())
          .doesNotContain("900000");
    }

    clock.advance(Duration.ofDays(2));
    assertThat(http.get("/api/tenders/" + id + "/bids", client.accessToken()).body())
        .contains(bidId);
    assertThat(http.get("/api/tenders/" + id + "/bids", rival.accessToken()).statusCode())
        .as("only the client sees the bids")
        .isEqualTo(403);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theClientScoresAwardsAndRatesByThePublishedArithmetic() {
    SignedIn client = accounts.register("CLIENT");
    SignedIn cheap = eligibleVendor();
    SignedIn good = eligibleVendor();
    String id = tenders.publish(client, tenders.body(Duration.ofDays(1)));
    String cheapBid =
        (String)
            http.json(
                    http.post(
                        "/api/tenders/" + id + "/bids",
                        TenderFixture.bid(1_000_000),
                        cheap.accessToken()))
                .get("id");
    String goodBid =
        (String)
            http.json(
                    http.post(
                        "/api/tenders/" + id + "/bids",
                        TenderFixture.bid(1_250_000),
                        good.accessToken()))
                .get("id");
    clock.advance(Duration.ofDays(1));
    closing.closeDue();
    assertThat(http.json(http.get("/api/tenders/" + id, null)))
        .containsEntry("status", "EVALUATION");

    // price weight 60; criteria 30 and 10
    http.post(
        "/api/tenders/" + id + "/evaluations",
        Map.of(
            "bidId",
            cheapBid,
            "scores",
            List.of(Map.of("criterion", 0, "score", 50), Map.of("criterion", 1, "score", 50))),
        client.accessToken());
    HttpResponse<String> ranked =
        http.post(
            "/api/tenders/" + id + "/evaluations",
            Map.of(
                "bidId",
                goodBid,
                "scores",
                List.of(
                    Map.of("criterion", 0, "score", 100), Map.of("criterion", 1, "score", 100))),
            client.accessToken());

    List<Map<String, Object>> ranking = http.jsonList(ranked);
    // cheap: 60 × 1.0 + 15 + 5 = 80.00; good: 60 × 0.8 + 30 + 10 = 88.00
    assertThat(ranking)
        .extracting(
            r ->
                ((Map<String, Object>) r.get("bid")).get("id")
                    + "="
                    + r.get("total")
                    + "#"
                    + r.get("rank"))
        .containsExactly(goodBid + "=88.0#1", cheapBid + "=80.0#2");

    HttpResponse<String> award =
        http.post(
            "/api/tenders/" + id + "/award",
            Map.of(
                "bidId",
                goodBid,
                "reason",
                "综合得分最高",
                "contractStartsOn",
                "2027-01-01",
                "contractEndsOn",
                "2027-12-31"),
            client.accessToken());
    assertThat(award.statusCode()).as(award.body()).isEqualTo(200);
    String contractId = (String) http.json(award).get("contractId");
    assertThat(http.json(http.get("/api/tenders/" + id, null))).containsEntry("status", "AWARDED");
    assertThat(http.get("/api/notifications", good.accessToken()).body()).contains("BID_WON");
    assertThat(http.get("/api/notifications", cheap.accessToken()).body()).contains("BID_LOST");
    assertThat(http.json(http.get("/api/contracts/" + contractId, good.accessToken())))
        .containsEntry("value", 1250000.0)
        .containsEntry("status", "ACTIVE");

    assertThat(
            http.post(
                    "/api/contracts/" + contractId + "/rating",
                    Map.of("quality", 5, "schedule", 4, "communication", 5),
                    client.accessToken())
                .statusCode())
        .as("only a completed contract is rated")
        .isEqualTo(409);
    assertThat(
            http.post("/api/contracts/" + contractId + "/complete", null, good.accessToken())
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.post("/api/contracts/" + contractId + "/complete", null, client.accessToken())
                .statusCode())
        .isEqualTo(200);
    http.post(
        "/api/contracts/" + contractId + "/rating",
        Map.of("quality", 5, "schedule", 4, "communication", 3, "comment", "准时交付"),
        client.accessToken());
    assertThat(http.json(http.get("/api/vendors/" + good.organisationId() + "/rating", null)))
        .containsEntry("ratings", 1)
        .containsEntry("quality", 5.0)
        .containsEntry("schedule", 4.0)
        .containsEntry("communication", 3.0);
    assertThat(http.json(http.get("/api/vendors/" + good.organisationId(), null)))
        .as("the public vendor profile shows the average")
        .containsEntry("rating", 4.0);
  }

  @Test
  void fewerBidsThanTheMinimumMakeTheTenderUnsuccessful() {
    SignedIn client = accounts.register("CLIENT");
    Map<String, Object> body = tenders.body(Duration.ofDays(1));
    body.put("minimumBids", 2);
    String id = tenders.publish(client, body);
    http.post(
        "/api/tenders/" + id + "/bids",
        TenderFixture.bid(1_000_000),
        eligibleVendor().accessToken());

    clock.advance(Duration.ofDays(1));
    closing.closeDue();

    assertThat(http.json(http.get("/api/tenders/" + id, null)))
        .containsEntry("status", "UNSUCCESSFUL");
  }

  @Test
  void aMaterialAmendmentAsksBiddersToReconfirm() {
    SignedIn client = accounts.register("CLIENT");
    SignedIn vendor = eligibleVendor();
    String id = tenders.publish(client, tenders.body(Duration.ofDays(5)));
    http.post("/api/tenders/" + id + "/bids", TenderFixture.bid(1_000_000), vendor.accessToken());

    HttpResponse<String> amended =
        http.call(
            "PATCH",
            "/api/tenders/" + id,
            Map.of("minimumHeadcount", 200),
            client.accessToken(),
            Map.of());

    assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
    assertThat(http.get("/api/tenders/" + id + "/bids/mine", vendor.accessToken()).body())
        .contains("\"needsReconfirmation\":true");
    assertThat(http.get("/api/notifications", vendor.accessToken()).body())
        .contains("TENDER_AMENDED");
    http.call(
        "PUT",
        "/api/tenders/" + id + "/bids/mine",
        TenderFixture.bid(990_000),
        vendor.accessToken(),
        Map.of());
    assertThat(http.get("/api/tenders/" + id + "/bids/mine", vendor.accessToken()).body())
        .contains("\"needsReconfirmation\":false");
  }

  @Test
  void cancellingNeedsAReasonAndAFinishedTenderCannotBeCancelled() {
    SignedIn client = accounts.register("CLIENT");
    String id = tenders.publish(client, tenders.body(Duration.ofDays(5)));

    assertThat(
            http.post("/api/tenders/" + id + "/cancel", Map.of(), client.accessToken())
                .statusCode())
        .isEqualTo(400);
    assertThat(
            http.json(
                http.post(
                    "/api/tenders/" + id + "/cancel",
                    Map.of("reason", "预算调整"),
                    client.accessToken())))
        .containsEntry("status", "CANCELLED")
        .containsEntry("cancelReason", "预算调整");
    HttpResponse<String> again =
        http.post("/api/tenders/" + id + "/cancel", Map.of("reason", "再次"), client.accessToken());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("CANCELLED");
  }

  @Test
  void aRetriedPostWithTheSameIdempotencyKeyCreatesNothingNew() {
    SignedIn client = accounts.register("CLIENT");
    SignedIn vendor = eligibleVendor();
    String id = tenders.publish(client, tenders.body(Duration.ofDays(5)));
    Map<String, String> key = Map.of("Idempotency-Key", "bid-" + id);

    HttpResponse<String> first =
        http.call(
            "POST",
            "/api/tenders/" + id + "/bids",
            TenderFixture.bid(1_000_000),
            vendor.accessToken(),
            key);
    HttpResponse<String> retry =
        http.call(
            "POST",
            "/api/tenders/" + id + "/bids",
            TenderFixture.bid(1_000_000),
            vendor.accessToken(),
            key);
    HttpResponse<String> misuse =
        http.call(
            "POST",
            "/api/tenders/" + id + "/bids",
            TenderFixture.bid(2_000_000),
            vendor.accessToken(),
            key);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(http.json(retry).get("id")).isEqualTo(http.json(first).get("id"));
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(misuse.statusCode()).isEqualTo(409);
    assertThat(http.jsonList(http.get("/api/tenders/" + id + "/bids/mine", vendor.accessToken())))
        .hasSize(1);
  }
}
