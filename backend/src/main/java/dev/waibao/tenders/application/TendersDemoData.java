package dev.waibao.tenders.application;

import dev.waibao.search.SearchOutbox;
import dev.waibao.searchindex.TenderDocument;
import dev.waibao.tenders.infrastructure.BidStore;
import dev.waibao.tenders.infrastructure.ContractStore;
import dev.waibao.tenders.infrastructure.TenderStore;
import dev.waibao.tenders.model.Tender;
import dev.waibao.tenders.model.TenderStatus;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds, in embedded mode only, a living marketplace: tenders of the demonstration client open for
 * bids, two closed with a bid of the demonstration vendor, one of them awarded with its contract.
 * Runs once, after the accounts and vendor demonstration data.
 */
@Singleton
class TendersDemoData {

  private static final Logger LOG = LoggerFactory.getLogger(TendersDemoData.class);
  private static final long LOCK_KEY = 0x5741_4942_5445L;

  private final TenderStore tenders;
  private final BidStore bids;
  private final ContractStore contracts;
  private final DSLContext sql;
  private final SearchOutbox search;
  private final Clock clock;
  private final boolean demo;

  TendersDemoData(
      TenderStore tenders,
      BidStore bids,
      ContractStore contracts,
      DSLContext sql,
      SearchOutbox search,
      Clock clock,
      @Value("${waibao.demo.enabled:false}") boolean demo) {
    this.search = search;
    this.tenders = tenders;
    this.bids = bids;
    this.contracts = contracts;
    this.sql = sql;
    this.clock = clock;
    this.demo = demo;
  }

  private record Seed(
      String title,
      String description,
      String industry,
      String city,
      String mode,
      long budget,
      Set<String> capabilities,
      int daysOpen) {}

  private static final List<Seed> SEEDS =
      List.of(
          new Seed(
              "信用卡中心7×24小时呼叫中心外包 Credit-card call centre, 24/7",
              "为信用卡中心提供全天候中英文客户服务，含投诉处理与回访。",
              "FINANCE",
              "harbin",
              "ONSHORE",
              3_000_000,
              Set.of("BPO_CALL_CENTRE"),
              20),
          new Seed(
              "核心业务系统应用软件开发 Core banking application development",
              "分布式核心系统改造，含需求分析、开发、测试与上线支持。",
              "FINANCE",
              "harbin",
              "ONSHORE",
              12_000_000,
              Set.of("ITO_APPLICATION_SOFTWARE"),
              25),
          new Seed(
              "保险理赔单证数据录入与处理 Insurance claims data processing",
              "每年约200万份理赔单证的影像识别、录入与质检。",
              "INSURANCE",
              "daqing",
              "ONSHORE",
              1_800_000,
              Set.of("BPO_DATA_PROCESSING"),
              15),
          new Seed(
              "炼化装置三维工程设计 Refinery 3-D engineering design",
              "常减压装置改造的三维配管设计与出图。",
              "PETROCHEMICAL",
              "daqing",
              "ONSHORE",
              6_500_000,
              Set.of("BPO_ENGINEERING_DESIGN"),
              30),
          new Seed(
              "日本客户嵌入式软件离岸开发 Embedded software for a Japanese client",
              "车载信息终端嵌入式软件，日语沟通，离岸交付。",
              "EQUIPMENT_MANUFACTURING",
              "harbin",
              "OFFSHORE",
              4_200_000,
              Set.of("ITO_EMBEDDED_SOFTWARE"),
              18),
          new Seed(
              "政务地理信息平台建设 Government GIS platform",
              "全市国土空间基础信息平台的GIS数据治理与服务开发。",
              "GOVERNMENT",
              "qiqihar",
              "ONSHORE",
              2_600_000,
              Set.of("ITO_GIS", "ITO_APPLICATION_SOFTWARE"),
              22),
          new Seed(
              "集团财务共享中心外包 Shared-service finance and accounting",
              "应付、应收与总账的共享服务外包。",
              "LOGISTICS",
              "mudanjiang",
              "NEARSHORE",
              2_200_000,
              Set.of("BPO_FINANCE_ACCOUNTING"),
              12),
          new Seed(
              "医药供应链管理SaaS Biomedicine supply-chain SaaS",
              "冷链药品追溯与库存管理的SaaS服务。",
              "BIOMEDICINE",
              "jiamusi",
              "ONSHORE",
              1_500_000,
              Set.of("ITO_SAAS", "BPO_SUPPLY_CHAIN"),
              28),
          new Seed(
              "电信客户投诉热线外包 Telecom complaints hotline",
              "10000号投诉热线的二线支持。",
              "TELECOM",
              "harbin",
              "ONSHORE",
              2_000_000,
              Set.of("BPO_CALL_CENTRE"),
              -2),
          new Seed(
              "人力资源共享服务外包 HR shared services",
              "招聘流程外包与薪酬核算。",
              "GOVERNMENT",
              "suihua",
              "ONSHORE",
              900_000,
              Set.of("BPO_HR_MANAGEMENT"),
              -40));

  @EventListener
  @Order(100)
  void onStartup(StartupEvent event) {
    if (demo) {
      seed();
    }
  }

  @Transactional
  void seed() {
    sql.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
    Record2<UUID, UUID> client =
        sql.fetchOptional(
                "SELECT u.id, u.organisation_id FROM app_user u WHERE u.email = 'client@demo.waibao.example' AND u.removed_at IS NULL")
            .map(
                row ->
                    row.into(
                        org.jooq.impl.DSL.field("id", UUID.class),
                        org.jooq.impl.DSL.field("organisation_id", UUID.class)))
            .orElse(null);
    if (client == null
        || sql.fetchExists(
            sql.selectOne().from("tender").where("client_organisation_id = ?", client.value2()))) {
      return;
    }
    Record2<UUID, UUID> vendor =
        sql.fetchOptional(
                "SELECT u.id, u.organisation_id FROM app_user u "
                    + "WHERE u.email = 'vendor@demo.waibao.example' AND u.removed_at IS NULL")
            .map(
                row ->
                    row.into(
                        org.jooq.impl.DSL.field("id", UUID.class),
                        org.jooq.impl.DSL.field("organisation_id", UUID.class)))
            .orElse(null);
    Instant now = clock.instant();
    for (Seed seed : SEEDS) {
      UUID id = UUID.randomUUID();
      Instant deadline = now.plus(Duration.ofDays(seed.daysOpen()));
      Instant published = deadline.minus(Duration.ofDays(Math.abs(seed.daysOpen()) + 20));
      BigDecimal budget = BigDecimal.valueOf(seed.budget());
      Tender tender =
          new Tender(
              id,
              client.value2(),
              TenderStatus.DRAFT,
              seed.title(),
              seed.description(),
              seed.industry(),
              seed.city(),
              seed.mode(),
              budget.multiply(new BigDecimal("0.6")),
              budget,
              budget.multiply(new BigDecimal("1.1")),
              "采购部 王经理",
              "0451-00000000",
              "client@demo.waibao.example",
              50,
              10,
              deadline.minus(Duration.ofDays(3)),
              deadline,
              null,
              60,
              1,
              seed.capabilities(),
              Set.of("zh"),
              List.of(new Tender.CertificationRequirement("ISO_IEC_27001", null)),
              List.of(
                  new Tender.Criterion("技术方案 Technical approach", 30),
                  new Tender.Criterion("类似项目经验 Relevant experience", 10)),
              List.of(),
              null,
              null,
              null,
              0);
      tenders.insert(tender, client.value1(), published);
      tenders.update(tender.published(published), published);
      search.changed(TenderDocument.INDEX, id);
      if (seed.daysOpen() < 0 && vendor != null) {
        // the demonstration vendor bid on the tenders that have closed; it won the oldest
        UUID bid = UUID.randomUUID();
        Instant submitted = published.plus(Duration.ofDays(2));
        BigDecimal price = budget.multiply(new BigDecimal("0.85"));
        bids.insert(bid, id, null, vendor.value2(), submitted);
        bids.addVersion(
            bid, 1, price, 180, "演示投标方案 Demonstration proposal", "[]", vendor.value1(), submitted);
        tenders.moveTo(id, TenderStatus.EVALUATION, "closed_at", deadline);
        if (seed.daysOpen() < -30) {
          UUID award = UUID.randomUUID();
          Instant awarded = deadline.plus(Duration.ofDays(5));
          bids.award(
              award, id, null, bid, "综合得分最高 Highest total score", price, client.value1(), awarded);
          LocalDate start = LocalDate.ofInstant(deadline, Bidding.PROVINCE).plusDays(10);
          contracts.create(
              award, tender, vendor.value2(), price, start, start.plusYears(1), awarded);
          tenders.moveTo(id, TenderStatus.AWARDED, "decided_at", awarded);
        }
      }
    }
    LOG.info("Demonstration tenders created: {}", SEEDS.size());
  }
}
