package dev.waibao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tenders as a client would post them, through the HTTP API. */
public final class TenderFixture {

  private final Http http;
  private final TestClock clock;

  public TenderFixture(Http http, TestClock clock) {
    this.http = http;
    this.clock = clock;
  }

  /** A complete tender closing {@code closesIn} from now (server time), as a mutable body. */
  public Map<String, Object> body(Duration closesIn) {
    Instant deadline = clock.instant().plus(closesIn);
    Map<String, Object> body = new HashMap<>();
    body.put("title", "核心系统呼叫中心外包服务 Call centre outsourcing");
    body.put("description", "为零售银行提供7x24小时呼叫中心服务，中英双语。");
    body.put("clientIndustry", "FINANCE");
    body.put("city", "harbin");
    body.put("deliveryMode", "ONSHORE");
    body.put("budgetMin", 500000);
    body.put("budgetMax", 2000000);
    body.put("priceCeiling", 2500000);
    body.put("noticePeriodDays", 0);
    body.put("clarificationDeadline", deadline.minus(Duration.ofSeconds(1)).toString());
    body.put("bidDeadline", deadline.toString());
    body.put("priceWeight", 60);
    body.put(
        "criteria",
        List.of(
            Map.of("name", "技术方案 Technical approach", "weight", 30),
            Map.of("name", "服务经验 Experience", "weight", 10)));
    body.put("capabilities", List.of("BPO_CALL_CENTRE"));
    body.put("languages", List.of("zh", "en"));
    body.put("minimumHeadcount", 100);
    body.put("certifications", List.of(Map.of("type", "ISO_IEC_27001")));
    return body;
  }

  /** Drafts {@code body} as the client and publishes it; returns the tender id. */
  public String publish(Accounts.SignedIn client, Map<String, Object> body) {
    HttpResponse<String> created = http.post("/api/tenders", body, client.accessToken());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = (String) http.json(created).get("id");
    HttpResponse<String> published =
        http.post("/api/tenders/" + id + "/publish", null, client.accessToken());
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return id;
  }

  /** A bid body at {@code price}, answering both criteria of {@link #body}. */
  public static Map<String, Object> bid(long price) {
    return Map.of(
        "price",
        price,
        "durationDays",
        180,
        "proposal",
        "我们拥有300人的双语呼叫中心团队。",
        "answers",
        List.of(Map.of("criterion", 0, "text", "方案"), Map.of("criterion", 1, "text", "经验")));
  }
}
