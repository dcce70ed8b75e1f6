package dev.waibao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Accounts.SignedIn;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Subsidy policies and claims through the public HTTP API, as their users make them. */
public final class SubsidyFixture {

  private final Http http;

  public SubsidyFixture(Http http) {
    this.http = http;
  }

  /** A policy body valid from a year ago, open-ended, with {@code budget} a year. */
  public static Map<String, Object> policy(String type, UUID parkId, Object budget) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", type);
    body.put("parkId", parkId);
    body.put("nameZh", "测试" + type + "政策" + UUID.randomUUID().toString().substring(0, 4));
    body.put("nameEn", "Test " + type + " policy");
    body.put("validFrom", LocalDate.now().minusYears(1).toString());
    body.put("annualBudget", budget);
    body.put("fundingSource", "TRAINING".equals(type) ? "PROVINCE_AND_CITY" : "PROVINCE");
    return body;
  }

  public static Map<String, Object> rent(
      Object percent, Object cap, int maxMonths, List<String> parkLevels) {
    Map<String, Object> rule = new HashMap<>();
    rule.put("percentOfRent", percent);
    rule.put("capPerSquareMetrePerMonth", cap);
    rule.put("maxMonths", maxMonths);
    rule.put("parkLevels", parkLevels);
    rule.put("sizeTiers", List.of());
    rule.put("wellKnownOnly", false);
    rule.put("capabilities", List.of());
    return rule;
  }

  public static Map<String, Object> amount(String type, Integer level, Object amount) {
    Map<String, Object> entry = new HashMap<>();
    entry.put("type", type);
    entry.put("level", level);
    entry.put("amount", amount);
    return entry;
  }

  /** Creates the policy as {@code owner}; returns its id. */
  public UUID created(SignedIn owner, Map<String, Object> body) {
    HttpResponse<String> response = http.post("/api/subsidies/policies", body, owner.accessToken());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return UUID.fromString((String) http.json(response).get("id"));
  }

  public HttpResponse<String> claim(SignedIn vendor, Map<String, Object> body) {
    return http.post("/api/subsidies/claims", body, vendor.accessToken());
  }

  /** Submits the claim; returns it as the API shows it. */
  public Map<String, Object> claimed(SignedIn vendor, Map<String, Object> body) {
    HttpResponse<String> response = claim(vendor, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return http.json(response);
  }

  public HttpResponse<String> decide(
      SignedIn owner, Object claimId, String decision, Object amount, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("decision", decision);
    body.put("amount", amount);
    body.put("reason", reason);
    return http.post("/api/subsidies/claims/" + claimId + "/decision", body, owner.accessToken());
  }

  public HttpResponse<String> pay(SignedIn owner, Object claimId, String reference) {
    return http.post(
        "/api/subsidies/claims/" + claimId + "/payments",
        Map.of("reference", reference, "paidOn", LocalDate.now().minusDays(1).toString()),
        owner.accessToken());
  }
}
