package dev.waibao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.BrowserScripts;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.Polling;
import dev.waibao.testing.TenderFixture;
import dev.waibao.testing.TestClock;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tender search in a browser: a visitor types a Chinese query, picks a city and a capability,
 * sees highlighted hits and the counts change, reloads the address and gets the same page, and
 * walks back and forward. Seven tenders are published through the API (five mention 外包, one of them
 * only in its description) under a marker word of their own, so that tenders other tests left in
 * the shared database never change the counts {@code tender-search.e2e.mjs} expects.
 */
@MicronautTest(transactional = false)
class TenderSearchBrowserIT extends IntegrationTest {

  private static final Duration INDEXING_TIMEOUT = Duration.ofSeconds(30);

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  private Http http;
  private String marker;

  /** One tender of the fixture: the script's expected counts follow from these rows. */
  private record Row(
      String title,
      String description,
      String city,
      String capability,
      String industry,
      long budgetMax,
      int closesInDays) {}

  private static final List<Row> ROWS =
      List.of(
          new Row(
              "呼叫中心外包服务",
              "为零售银行提供7x24小时呼叫中心服务。",
              "harbin",
              "BPO_CALL_CENTRE",
              "FINANCE",
              2_000_000,
              5),
          new Row("客服热线外包项目", "保险理赔热线的坐席服务。", "daqing", "BPO_CALL_CENTRE", "INSURANCE", 800_000, 6),
          new Row(
              "核心系统应用软件开发外包",
              "信贷系统的开发与测试。",
              "harbin",
              "ITO_APPLICATION_SOFTWARE",
              "FINANCE",
              5_000_000,
              7),
          new Row(
              "财务共享中心外包服务",
              "费用报销与总账核算。",
              "qiqihar",
              "BPO_FINANCE_ACCOUNTING",
              "TELECOM",
              1_500_000,
              8),
          new Row(
              "地理信息平台建设",
              "全市国土空间信息平台，其中数据治理部分采用外包方式。",
              "harbin",
              "ITO_GIS",
              "GOVERNMENT",
              20_000_000,
              9),
          new Row("数据中心运维服务", "机房七乘二十四小时值守。", "daqing", "ITO_SAAS", "TELECOM", 900_000, 10),
          new Row(
              "人力资源招聘流程服务", "校园招聘与入职手续办理。", "harbin", "BPO_HR_MANAGEMENT", "FINANCE", 300_000, 11));

  @BeforeAll
  void publishTendersAndWaitUntilSearchable() {
    http = new Http(server, json);
    TenderFixture tenders = new TenderFixture(http, clock);
    SignedIn client = new Accounts(http).register("CLIENT");
    marker = "m" + client.userId().replace("-", "").substring(0, 8);
    for (Row row : ROWS) {
      Map<String, Object> body = tenders.body(Duration.ofDays(row.closesInDays()));
      body.put("title", row.title() + " " + marker);
      body.put("description", row.description());
      body.put("city", row.city());
      body.put("capabilities", List.of(row.capability()));
      body.put("clientIndustry", row.industry());
      body.put("budgetMin", row.budgetMax() / 4);
      body.put("budgetMax", row.budgetMax());
      body.put("priceCeiling", row.budgetMax());
      tenders.publish(client, body);
    }
    awaitSearchable(ROWS.size());
  }

  @Test
  void aChineseQueryTwoFacetsHighlightsAndTheSamePageAfterReload() {
    BrowserScripts browser = BrowserScripts.locate();

    String output =
        browser.run("tender-search.e2e.mjs", server.getURI(), Map.of("SEARCH_MARKER", marker));

    assertThat(output).contains("tender-search e2e: all checks passed");
  }

  /** The relay indexes in the background: poll the search API until every tender is found. */
  private void awaitSearchable(int expected) {
    long deadline = System.nanoTime() + INDEXING_TIMEOUT.toNanos();
    Object total = null;
    while (System.nanoTime() < deadline) {
      total = http.json(http.get("/api/search/tenders?q=" + marker)).get("total");
      if (total instanceof Number found && found.intValue() == expected) {
        return;
      }
      Polling.pause(Duration.ofMillis(200));
    }
    throw new AssertionError(
        "Only " + total + " of " + expected + " tenders searchable after " + INDEXING_TIMEOUT);
  }
}
