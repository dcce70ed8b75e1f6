package dev.waibao.parks.internal;

import dev.waibao.accounts.OrganisationDirectory;
import dev.waibao.accounts.model.CreditCode;
import dev.waibao.audit.AuditTrail;
import dev.waibao.parks.model.IncentiveType;
import dev.waibao.parks.model.ParkLevel;
import dev.waibao.parks.model.UnitStatus;
import dev.waibao.search.SearchOutbox;
import dev.waibao.searchindex.ParkDocument;
import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds, in embedded mode only, ten demonstration parks across the province with units and
 * incentives, so a newcomer sees a living directory. All are marked demo; the first two belong to
 * the demonstration park operator that accounts creates (park@demo.waibao.example). Runs after the
 * accounts bootstrap, once (an advisory lock and the existing demo rows make it idempotent).
 */
@Singleton
class ParksDemoData {

  /** Demonstration park operator of the accounts bootstrap (大庆服务外包产业园运营有限公司（演示）). */
  static final String DEMO_OPERATOR_STEM = "91230600MB1P0003";

  private static final Logger LOG = LoggerFactory.getLogger(ParksDemoData.class);
  private static final long LOCK_KEY = 0x5741_4942_5041L;

  private final OrganisationDirectory organisations;
  private final Parks parks;
  private final AuditTrail audit;
  private final DSLContext sql;
  private final SearchOutbox search;
  private final Clock clock;
  private final boolean enabled;

  ParksDemoData(
      OrganisationDirectory organisations,
      Parks parks,
      AuditTrail audit,
      DSLContext sql,
      SearchOutbox search,
      Clock clock,
      @Value("${waibao.demo.enabled:false}") boolean enabled) {
    this.organisations = organisations;
    this.parks = parks;
    this.audit = audit;
    this.sql = sql;
    this.search = search;
    this.clock = clock;
    this.enabled = enabled;
  }

  private record Seed(
      String operatorStem,
      String operatorZh,
      String operatorEn,
      String nameZh,
      String nameEn,
      String city,
      String address,
      ParkLevel level,
      int leasable,
      int seats,
      int rent,
      List<String> focus) {}

  /** What the audit trail keeps of a seeded park. */
  @Serdeable
  record SeededPark(String nameZh, String city, ParkLevel level, boolean demo) {}

  private static final String DAQING_OPERATOR_ZH = "大庆服务外包产业园运营有限公司（演示）";
  private static final String DAQING_OPERATOR_EN =
      "Daqing Service Outsourcing Park Operations Co., Ltd. (demo)";

  private static final List<Seed> SEEDS =
      List.of(
          new Seed(
              DEMO_OPERATOR_STEM,
              DAQING_OPERATOR_ZH,
              DAQING_OPERATOR_EN,
              "大庆服务外包产业园（演示）",
              "Daqing Service Outsourcing Industrial Park (demo)",
              "daqing",
              "大庆市高新区新风路 6 号",
              ParkLevel.PROVINCIAL_DEMONSTRATION,
              42000,
              3800,
              28,
              List.of("ITO_APPLICATION_SOFTWARE", "ITO_GIS", "BPO_DATA_PROCESSING")),
          new Seed(
              DEMO_OPERATOR_STEM,
              DAQING_OPERATOR_ZH,
              DAQING_OPERATOR_EN,
              "大庆石化信息服务基地（演示）",
              "Daqing Petrochemical Information Services Base (demo)",
              "daqing",
              "大庆市让胡路区西宾路 18 号",
              ParkLevel.ORDINARY,
              16000,
              1400,
              22,
              List.of("ITO_EMBEDDED_SOFTWARE", "BPO_ENGINEERING_DESIGN")),
          new Seed(
              "91230100MB1P0101",
              "哈尔滨软件园运营有限公司（演示）",
              "Harbin Software Park Operations Co., Ltd. (demo)",
              "哈尔滨国家服务外包示范城市核心园（演示）",
              "Harbin Service Outsourcing Core Park (demo)",
              "harbin",
              "哈尔滨市南岗区学府路 52 号",
              ParkLevel.NATIONAL_DEMONSTRATION,
              85000,
              7600,
              45,
              List.of(
                  "ITO_APPLICATION_SOFTWARE",
                  "ITO_SAAS",
                  "BPO_CALL_CENTRE",
                  "BPO_FINANCE_ACCOUNTING")),
          new Seed(
              "91230100MB1P0102",
              "哈尔滨深哈产业园运营有限公司（演示）",
              "Harbin Shenha Industrial Park Operations Co., Ltd. (demo)",
              "深哈数字服务产业园（演示）",
              "Shenha Digital Services Park (demo)",
              "harbin",
              "哈尔滨市松北区创新二路 99 号",
              ParkLevel.PROVINCIAL_DEMONSTRATION,
              60000,
              5200,
              40,
              List.of("ITO_SAAS", "BPO_RESEARCH_DEVELOPMENT", "BPO_DATA_PROCESSING")),
          new Seed(
              "91230200MB1P0103",
              "齐齐哈尔装备服务园运营有限公司（演示）",
              "Qiqihar Equipment Services Park Operations Co., Ltd. (demo)",
              "齐齐哈尔装备制造服务外包园（演示）",
              "Qiqihar Equipment Manufacturing Outsourcing Park (demo)",
              "qiqihar",
              "齐齐哈尔市建华区光明路 12 号",
              ParkLevel.PROVINCIAL_DEMONSTRATION,
              30000,
              2500,
              20,
              List.of("BPO_ENGINEERING_DESIGN", "ITO_EMBEDDED_SOFTWARE")),
          new Seed(
              "91231000MB1P0104",
              "牡丹江对俄服务外包园运营有限公司（演示）",
              "Mudanjiang Russia-facing Outsourcing Park Operations Co., Ltd. (demo)",
              "牡丹江对俄服务外包园（演示）",
              "Mudanjiang Russia-facing Outsourcing Park (demo)",
              "mudanjiang",
              "牡丹江市爱民区太平路 77 号",
              ParkLevel.ORDINARY,
              18000,
              1600,
              18,
              List.of("BPO_CALL_CENTRE", "BPO_SUPPLY_CHAIN")),
          new Seed(
              "91230800MB1P0105",
              "佳木斯东极数字园运营有限公司（演示）",
              "Jiamusi Dongji Digital Park Operations Co., Ltd. (demo)",
              "佳木斯东极数字产业园（演示）",
              "Jiamusi Dongji Digital Industry Park (demo)",
              "jiamusi",
              "佳木斯市前进区长安路 301 号",
              ParkLevel.ORDINARY,
              15000,
              1300,
              16,
              List.of("BPO_DATA_PROCESSING", "ITO_GIS")),
          new Seed(
              "91230300MB1P0106",
              "鸡西数据服务园运营有限公司（演示）",
              "Jixi Data Services Park Operations Co., Ltd. (demo)",
              "鸡西数据标注与处理基地（演示）",
              "Jixi Data Labelling and Processing Base (demo)",
              "jixi",
              "鸡西市鸡冠区文化路 5 号",
              ParkLevel.ORDINARY,
              9000,
              900,
              12,
              List.of("BPO_DATA_PROCESSING")),
          new Seed(
              "91231200MB1P0107",
              "绥化农业数字服务园运营有限公司（演示）",
              "Suihua Agri-digital Services Park Operations Co., Ltd. (demo)",
              "绥化农业数字服务外包园（演示）",
              "Suihua Agri-digital Outsourcing Park (demo)",
              "suihua",
              "绥化市北林区中直路 26 号",
              ParkLevel.ORDINARY,
              12000,
              1000,
              14,
              List.of("BPO_SUPPLY_CHAIN", "BPO_HR_MANAGEMENT")),
          new Seed(
              "91231100MB1P0108",
              "黑河跨境服务园运营有限公司（演示）",
              "Heihe Cross-border Services Park Operations Co., Ltd. (demo)",
              "黑河中俄跨境服务外包园（演示）",
              "Heihe Sino-Russian Cross-border Outsourcing Park (demo)",
              "heihe",
              "黑河市爱辉区王肃街 88 号",
              ParkLevel.ORDINARY,
              8000,
              700,
              12,
              List.of("BPO_CALL_CENTRE", "BPO_FINANCE_ACCOUNTING")));

  @EventListener
  @Order(100)
  void onStartup(StartupEvent event) {
    if (enabled) {
      long started = System.nanoTime();
      int created = seed();
      if (created > 0) {
        LOG.info(
            "Demonstration parks: {} created in {} ms",
            created,
            (System.nanoTime() - started) / 1_000_000);
      }
    }
  }

  @Transactional
  int seed() {
    sql.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
    if (parks.existsByDemoTrue()) {
      return 0;
    }
    Random random = new Random(20260401L);
    Instant now = clock.instant();
    OffsetDateTime timestamp = now.atOffset(ZoneOffset.UTC);
    LocalDate today = LocalDate.ofInstant(now, ParksClock.ZONE);
    List<Query> inserts = new ArrayList<>();
    List<UUID> ids = new ArrayList<>();
    int index = 0;
    for (Seed seed : SEEDS) {
      String creditCode = creditCode(seed.operatorStem());
      UUID operator =
          organisations
              .ensureDemoOrganisation(
                  OrganisationKind.PARK_OPERATOR,
                  seed.operatorZh(),
                  seed.operatorEn(),
                  creditCode,
                  seed.city())
              .id();
      UUID id = UUID.randomUUID();
      ids.add(id);
      BigDecimal leasable = BigDecimal.valueOf(seed.leasable());
      BigDecimal total = BigDecimal.valueOf(Math.round(seed.leasable() * 1.25));
      boolean recognised = seed.level() != ParkLevel.ORDINARY;
      inserts.add(
          sql.query(
              """
              INSERT INTO park (id, operator_organisation_id, name_zh, name_en, city, address, level,
                                level_decided_on, level_decision_number, total_area, leasable_area,
                                seats, base_rent, contact_name, contact_phone, contact_email,
                                description, demo, created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)
              """,
              id,
              operator,
              seed.nameZh(),
              seed.nameEn(),
              seed.city(),
              seed.address(),
              seed.level().name(),
              recognised ? today.minusYears(1 + index % 3).withDayOfYear(60) : null,
              recognised ? "黑商务发〔" + (2023 + index % 3) + "〕" + (10 + index) + "号" : null,
              total,
              leasable,
              seed.seats(),
              BigDecimal.valueOf(seed.rent()),
              "招商中心（演示）",
              "0451-8" + String.format("%06d", 100000 + index * 731),
              "invest" + index + "@demo.waibao.example",
              "演示数据：" + seed.nameZh() + "，聚焦服务外包产业，提供办公空间、人才培训与政策扶持。",
              timestamp,
              timestamp));
      for (String code : seed.focus()) {
        inserts.add(
            sql.query("INSERT INTO park_focus (park_id, capability_code) VALUES (?, ?)", id, code));
      }
      inserts.addAll(incentives(id, seed, today));
      inserts.addAll(units(id, seed, random, timestamp));
      index++;
    }
    sql.batch(inserts).execute();
    for (int i = 0; i < SEEDS.size(); i++) {
      Seed seed = SEEDS.get(i);
      audit.record(
          null,
          "park.created",
          "park",
          ids.get(i),
          null,
          new SeededPark(seed.nameZh(), seed.city(), seed.level(), true));
      search.changed(ParkDocument.INDEX, ids.get(i));
    }
    return SEEDS.size();
  }

  private List<Query> incentives(UUID parkId, Seed seed, LocalDate today) {
    List<Query> queries = new ArrayList<>();
    LocalDate from = today.withDayOfYear(1);
    LocalDate to = from.plusYears(3).minusDays(1);
    Object[][] entries = {
      {
        IncentiveType.RENT_SUBSIDY,
        "知名企业入驻前三年租金按 50% 补贴（演示）",
        "Well-known firms moving in get 50% of their rent subsidised for three years (demo)"
      },
      {
        IncentiveType.CERTIFICATION_SUBSIDY,
        "取得 CMMI、ISO/IEC 27001 等国际认证的企业，一次性补贴不低于 20 万元（演示）",
        "Firms obtaining CMMI, ISO/IEC 27001 or similar certifications get at least CNY 200,000 once (demo)"
      },
      {
        IncentiveType.TRAINING_SUBSIDY,
        "培训后与省内服务外包企业签订一年以上劳动合同的，每人补贴 3000 元（演示）",
        "CNY 3,000 per trainee who then signs an employment contract of a year or more with an outsourcing firm in the province (demo)"
      }
    };
    int count = seed.level() == ParkLevel.ORDINARY ? 2 : 3;
    for (int i = 0; i < count; i++) {
      queries.add(
          sql.query(
              """
              INSERT INTO park_incentive (id, park_id, position, type, summary_zh, summary_en,
                                          valid_from, valid_to)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)
              """,
              UUID.randomUUID(),
              parkId,
              (short) i,
              ((IncentiveType) entries[i][0]).name(),
              entries[i][1],
              entries[i][2],
              from,
              to));
    }
    return queries;
  }

  /** Units covering 50–75% of the leasable area, in two or three buildings, mostly let. */
  private List<Query> units(UUID parkId, Seed seed, Random random, OffsetDateTime timestamp) {
    List<Query> queries = new ArrayList<>();
    double budget = seed.leasable() * (0.5 + random.nextDouble() * 0.25);
    int count = 8 + random.nextInt(7);
    double each = budget / count;
    UnitStatus[] statuses = {
      UnitStatus.LEASED, UnitStatus.LEASED, UnitStatus.AVAILABLE, UnitStatus.LEASED,
      UnitStatus.AVAILABLE, UnitStatus.RESERVED, UnitStatus.LEASED, UnitStatus.UNAVAILABLE
    };
    for (int i = 0; i < count; i++) {
      int area = (int) Math.floor(each * (0.8 + random.nextDouble() * 0.2));
      String building = (char) ('A' + i % 3) + "座";
      int floor = 1 + i / 3;
      queries.add(
          sql.query(
              """
              INSERT INTO space_unit (id, park_id, building, floor, unit_code, area, seats, status,
                                      created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """,
              UUID.randomUUID(),
              parkId,
              building,
              floor + "F",
              building.charAt(0) + "-" + floor + String.format("%02d", i + 1),
              BigDecimal.valueOf(area),
              area / 9,
              statuses[i % statuses.length].name(),
              timestamp,
              timestamp));
    }
    return queries;
  }

  static String creditCode(String stem) {
    String first17 = stem + "0".repeat(17 - stem.length());
    return first17 + CreditCode.checkCharacter(first17);
  }
}
