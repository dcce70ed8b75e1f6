package dev.waibao.firms.internal;

import dev.waibao.accounts.OrganisationDirectory;
import dev.waibao.accounts.OrganisationDirectory.OrganisationSummary;
import dev.waibao.accounts.model.CreditCode;
import dev.waibao.audit.AuditTrail;
import dev.waibao.firms.model.CertificationType;
import dev.waibao.firms.model.RevenueBand;
import dev.waibao.firms.model.SizeTier;
import dev.waibao.firms.model.ValueBand;
import dev.waibao.parks.ParkDirectory;
import dev.waibao.search.SearchOutbox;
import dev.waibao.searchindex.FirmDocument;
import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds, in embedded mode only, about 200 demonstration vendors with plausible capabilities,
 * certifications (mostly verified, a few waiting, rejected or expired), headcounts, languages and
 * markets, all marked demo, plus a profile for the demonstration vendor of the accounts bootstrap
 * (vendor@demo.waibao.example). Runs after the parks' demonstration data, once.
 */
@Singleton
class FirmsDemoData {

  static final int VENDORS = 200;

  private static final Logger LOG = LoggerFactory.getLogger(FirmsDemoData.class);
  private static final long LOCK_KEY = 0x5741_4942_4649L;
  private static final String DEMO_VENDOR_STEM = "91230100MB1W0002";

  private static final String[][] CITIES = {
    {"harbin", "230100", "哈尔滨", "Harbin"},
    {"harbin", "230100", "哈尔滨", "Harbin"},
    {"harbin", "230100", "哈尔滨", "Harbin"},
    {"harbin", "230100", "哈尔滨", "Harbin"},
    {"daqing", "230600", "大庆", "Daqing"},
    {"daqing", "230600", "大庆", "Daqing"},
    {"qiqihar", "230200", "齐齐哈尔", "Qiqihar"},
    {"mudanjiang", "231000", "牡丹江", "Mudanjiang"},
    {"jiamusi", "230800", "佳木斯", "Jiamusi"},
    {"jixi", "230300", "鸡西", "Jixi"},
    {"suihua", "231200", "绥化", "Suihua"},
    {"heihe", "231100", "黑河", "Heihe"}
  };
  private static final String[][] ROOTS = {
    {"云智", "Cloudwise"}, {"数联", "Datalink"}, {"华信", "Huaxin"}, {"龙腾", "Longteng"},
    {"北创", "Beichuang"}, {"冰城", "Bingcheng"}, {"黑土", "Blacksoil"}, {"松江", "Songjiang"},
    {"远东", "Far East"}, {"博思", "Bosi"}, {"汇通", "Huitong"}, {"启明", "Qiming"},
    {"天择", "Tianze"}, {"恒达", "Hengda"}, {"鼎新", "Dingxin"}, {"卓越", "Zhuoyue"},
    {"聚能", "Juneng"}, {"星河", "Galaxy"}, {"金桥", "Golden Bridge"}, {"瑞科", "Ruike"}
  };

  /** A line of business: its name, its typical capabilities and its typical client industries. */
  private record Business(String zh, String en, List<String> capabilities, List<String> clients) {}

  private static final List<Business> BUSINESSES =
      List.of(
          new Business(
              "软件",
              "Software",
              List.of("ITO_APPLICATION_SOFTWARE", "ITO_SAAS", "ITO_EMBEDDED_SOFTWARE"),
              List.of("FINANCE", "TELECOM", "GOVERNMENT")),
          new Business(
              "信息技术",
              "Information Technology",
              List.of("ITO_APPLICATION_SOFTWARE", "ITO_GIS", "BPO_DATA_PROCESSING"),
              List.of("GOVERNMENT", "PETROCHEMICAL", "LOGISTICS")),
          new Business(
              "数据服务",
              "Data Services",
              List.of("BPO_DATA_PROCESSING", "ITO_SAAS", "BPO_RESEARCH_DEVELOPMENT"),
              List.of("INSURANCE", "BIOMEDICINE", "FINANCE")),
          new Business(
              "呼叫中心服务",
              "Contact Centre Services",
              List.of("BPO_CALL_CENTRE", "BPO_DATA_PROCESSING"),
              List.of("TELECOM", "INSURANCE", "FINANCE")),
          new Business(
              "财务外包",
              "Finance Outsourcing",
              List.of("BPO_FINANCE_ACCOUNTING", "BPO_HR_MANAGEMENT"),
              List.of("FINANCE", "EQUIPMENT_MANUFACTURING", "LOGISTICS")),
          new Business(
              "人力资源服务",
              "HR Services",
              List.of("BPO_HR_MANAGEMENT", "BPO_CALL_CENTRE"),
              List.of("GOVERNMENT", "EQUIPMENT_MANUFACTURING")),
          new Business(
              "工程设计",
              "Engineering Design",
              List.of("BPO_ENGINEERING_DESIGN", "ITO_EMBEDDED_SOFTWARE", "ITO_GIS"),
              List.of("PETROCHEMICAL", "EQUIPMENT_MANUFACTURING")),
          new Business(
              "供应链服务",
              "Supply Chain Services",
              List.of("BPO_SUPPLY_CHAIN", "BPO_DATA_PROCESSING", "ITO_SAAS"),
              List.of("LOGISTICS", "BIOMEDICINE", "EQUIPMENT_MANUFACTURING")));

  private final OrganisationDirectory organisations;
  private final ParkDirectory parks;
  private final VendorProfiles profiles;
  private final AuditTrail audit;
  private final DSLContext sql;
  private final SearchOutbox search;
  private final Clock clock;
  private final boolean enabled;

  FirmsDemoData(
      OrganisationDirectory organisations,
      ParkDirectory parks,
      VendorProfiles profiles,
      AuditTrail audit,
      DSLContext sql,
      SearchOutbox search,
      Clock clock,
      @Value("${waibao.demo.enabled:false}") boolean enabled) {
    this.organisations = organisations;
    this.parks = parks;
    this.profiles = profiles;
    this.audit = audit;
    this.sql = sql;
    this.search = search;
    this.clock = clock;
    this.enabled = enabled;
  }

  /** What the audit trail keeps of a seeded profile. */
  @Serdeable
  record SeededProfile(String legalNameZh, String city, int headcount, boolean demo) {}

  @EventListener
  @Order(200)
  void onStartup(StartupEvent event) {
    if (enabled) {
      long started = System.nanoTime();
      int created = seed();
      if (created > 0) {
        LOG.info(
            "Demonstration vendors: {} created in {} ms",
            created,
            (System.nanoTime() - started) / 1_000_000);
      }
    }
  }

  @Transactional
  int seed() {
    sql.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
    if (profiles.existsByDemoTrue()) {
      return 0;
    }
    Random random = new Random(20260402L);
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    LocalDate today = LocalDate.ofInstant(clock.instant(), FirmsCalendar.ZONE);
    Map<String, List<ParkDirectory.ParkReference>> parksByCity = new HashMap<>();
    List<Query> inserts = new ArrayList<>();
    List<SeededProfile> seeded = new ArrayList<>();
    List<UUID> ids = new ArrayList<>();

    OrganisationSummary demoVendor =
        organisations.ensureDemoOrganisation(
            OrganisationKind.VENDOR,
            "哈尔滨示范软件外包有限公司（演示）",
            "Harbin Demo Software Outsourcing Co., Ltd. (demo)",
            creditCode(DEMO_VENDOR_STEM),
            "harbin");
    seedVendor(
        inserts, seeded, ids, demoVendor, BUSINESSES.get(0), 1200, random, today, now, parksByCity);
    // vendor@demo can bid on the demonstration tenders whatever the random draw gave it: they
    // ask for Chinese and English and a verified ISO/IEC 27001
    inserts.add(
        sql.query(
            "INSERT INTO vendor_language (organisation_id, language) VALUES (?, 'en') ON CONFLICT DO NOTHING",
            demoVendor.id()));
    inserts.add(
        sql.query(
            """
            INSERT INTO certification (id, organisation_id, type, level, certificate_number, issuer,
                                       issued_on, expires_on, status, reviewed_at, created_at, updated_at)
            VALUES (?, ?, 'ISO_IEC_27001', NULL, 'DEMO-ISO-IEC-27001-000001', '中国质量认证中心（演示）',
                    ?, ?, 'VERIFIED', ?, ?, ?)
            """,
            UUID.randomUUID(),
            demoVendor.id(),
            today.minusDays(90),
            today.plusYears(3).minusDays(90),
            now,
            now,
            now));

    for (int i = 0; i < VENDORS; i++) {
      String[] city = CITIES[random.nextInt(CITIES.length)];
      String[] root = ROOTS[i % ROOTS.length];
      Business business = BUSINESSES.get((i / ROOTS.length + i) % BUSINESSES.size());
      String nameZh =
          city[2] + root[0] + business.zh() + "有限公司" + (i >= 160 ? "第二分公司" : "") + "（演示）";
      String nameEn =
          city[3]
              + " "
              + root[1]
              + " "
              + business.en()
              + " Co., Ltd."
              + (i >= 160 ? " Branch 2" : "")
              + " (demo)";
      String stem = "91" + city[1] + "MB1F" + String.format("%04d", i);
      OrganisationSummary organisation =
          organisations.ensureDemoOrganisation(
              OrganisationKind.VENDOR, nameZh, nameEn, creditCode(stem), city[0]);
      seedVendor(
          inserts,
          seeded,
          ids,
          organisation,
          business,
          headcount(random),
          random,
          today,
          now,
          parksByCity);
    }
    sql.batch(inserts).execute();
    for (int i = 0; i < ids.size(); i++) {
      audit.record(
          null, "vendor-profile.created", "vendor-profile", ids.get(i), null, seeded.get(i));
      search.changed(FirmDocument.INDEX, ids.get(i));
    }
    return ids.size();
  }

  private void seedVendor(
      List<Query> inserts,
      List<SeededProfile> seeded,
      List<UUID> ids,
      OrganisationSummary organisation,
      Business business,
      int headcount,
      Random random,
      LocalDate today,
      OffsetDateTime now,
      Map<String, List<ParkDirectory.ParkReference>> parksByCity) {
    UUID id = organisation.id();
    List<ParkDirectory.ParkReference> cityParks =
        parksByCity.computeIfAbsent(organisation.city(), parks::inCity);
    UUID park =
        !cityParks.isEmpty() && random.nextInt(10) < 4
            ? cityParks.get(random.nextInt(cityParks.size())).id()
            : null;
    int founded = 1995 + random.nextInt(28);
    inserts.add(
        sql.query(
            """
            INSERT INTO vendor_profile (organisation_id, legal_name_zh, legal_name_en, credit_code,
                                        city, park_id, headcount, founded_year, revenue_band,
                                        description, demo, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)
            """,
            id,
            organisation.nameZh(),
            organisation.nameEn(),
            organisation.creditCode(),
            organisation.city(),
            park,
            headcount,
            (short) founded,
            revenueBand(headcount).name(),
            "演示数据：专注" + business.zh() + "领域的服务外包企业，服务" + clientsZh(business) + "等行业客户。",
            now,
            now));
    List<String> capabilities = new ArrayList<>(business.capabilities());
    int keep = 1 + random.nextInt(capabilities.size());
    for (String code : capabilities.subList(0, keep)) {
      inserts.add(
          sql.query(
              "INSERT INTO vendor_capability (organisation_id, capability_code, years_of_experience)"
                  + " VALUES (?, ?, ?)",
              id,
              code,
              (short) (1 + random.nextInt(Math.max(1, 2026 - founded - 1)))));
    }
    Set<String> languages = new LinkedHashSet<>(List.of("zh"));
    if (random.nextInt(10) < 6) languages.add("en");
    if (random.nextInt(10) < 3) languages.add("ja");
    if (random.nextInt(10) < 1) languages.add("ru");
    if (random.nextInt(20) < 1) languages.add("ko");
    for (String language : languages) {
      inserts.add(
          sql.query(
              "INSERT INTO vendor_language (organisation_id, language) VALUES (?, ?)",
              id,
              language));
    }
    Set<String> markets = new LinkedHashSet<>();
    if (random.nextInt(10) < 9) markets.add("DOMESTIC");
    if (languages.contains("en") && random.nextInt(10) < 4) markets.add("USA");
    if (languages.contains("ja")) markets.add("JAPAN");
    if (languages.contains("en") && random.nextInt(10) < 2) markets.add("EUROPE");
    if (languages.contains("ru")) markets.add("OTHER");
    if (markets.isEmpty()) markets.add("DOMESTIC");
    for (String market : markets) {
      inserts.add(
          sql.query(
              "INSERT INTO vendor_market (organisation_id, market) VALUES (?, ?)", id, market));
    }
    int cases = random.nextInt(3);
    for (int c = 0; c < cases; c++) {
      String client = business.clients().get(random.nextInt(business.clients().size()));
      inserts.add(
          sql.query(
              "INSERT INTO vendor_case_study (organisation_id, position, title, client_industry,"
                  + " year, value_band) VALUES (?, ?, ?, ?, ?, ?)",
              id,
              (short) c,
              "某" + industryZh(client) + "客户" + business.zh() + "外包项目（演示）",
              client,
              (short) (today.getYear() - 1 - random.nextInt(5)),
              ValueBand.values()[random.nextInt(ValueBand.values().length)].name()));
    }
    int certificationCount =
        headcount >= SizeTier.SCALE_MIN ? 1 + random.nextInt(3) : random.nextInt(3);
    for (int c = 0; c < certificationCount; c++) {
      inserts.add(certification(id, c, random, today, now));
    }
    ids.add(id);
    seeded.add(new SeededProfile(organisation.nameZh(), organisation.city(), headcount, true));
  }

  private Query certification(
      UUID vendor, int index, Random random, LocalDate today, OffsetDateTime now) {
    CertificationType[] types = {
      CertificationType.CMMI,
      CertificationType.ISO_IEC_27001,
      CertificationType.ISO_IEC_20000,
      CertificationType.CMMI,
      CertificationType.PCMM,
      CertificationType.SOC1_SAS70
    };
    CertificationType type = types[(index + random.nextInt(types.length)) % types.length];
    Short level =
        type.levelled() ? (short) (random.nextInt(10) < 6 ? 3 : 2 + random.nextInt(4)) : null;
    int roll = random.nextInt(100);
    LocalDate issued = today.minusDays(60 + random.nextInt(900));
    LocalDate expires = roll < 6 ? today.minusDays(1 + random.nextInt(200)) : issued.plusYears(3);
    if (!expires.isAfter(issued)) {
      issued = expires.minusYears(3);
    }
    String status = roll < 6 || roll >= 15 ? "VERIFIED" : roll < 12 ? "UNVERIFIED" : "REJECTED";
    String issuer =
        switch (type) {
          case CMMI -> "CMMI Institute（演示）";
          case PCMM -> "CMMI Institute（演示）";
          case ISO_IEC_27001, ISO_IEC_20000 -> "中国质量认证中心（演示）";
          case SOC1_SAS70 -> "某会计师事务所（演示）";
          case OTHER -> "其他机构（演示）";
        };
    boolean reviewed = !status.equals("UNVERIFIED");
    return sql.query(
        """
        INSERT INTO certification (id, organisation_id, type, level, certificate_number, issuer,
                                   issued_on, expires_on, status, rejection_reason, reviewed_at,
                                   created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        UUID.randomUUID(),
        vendor,
        type.name(),
        level,
        "DEMO-" + type.name().replace('_', '-') + "-" + (100000 + random.nextInt(900000)),
        issuer,
        issued,
        expires,
        status,
        status.equals("REJECTED") ? "证书编号与发证机构记录不符（演示）" : null,
        reviewed ? now : null,
        now,
        now);
  }

  private static int headcount(Random random) {
    int roll = random.nextInt(100);
    if (roll < 3) {
      return 3000 + random.nextInt(4000);
    }
    if (roll < 18) {
      return 800 + random.nextInt(2200);
    }
    return 20 + random.nextInt(700);
  }

  private static RevenueBand revenueBand(int headcount) {
    if (headcount >= 3000) return RevenueBand.ABOVE_1B;
    if (headcount >= 800) return RevenueBand.FROM_200M_TO_1B;
    if (headcount >= 300) return RevenueBand.FROM_50M_TO_200M;
    if (headcount >= 100) return RevenueBand.FROM_10M_TO_50M;
    return RevenueBand.BELOW_10M;
  }

  private static String clientsZh(Business business) {
    return String.join("、", business.clients().stream().map(FirmsDemoData::industryZh).toList());
  }

  private static String industryZh(String code) {
    return switch (code) {
      case "FINANCE" -> "金融";
      case "INSURANCE" -> "保险";
      case "TELECOM" -> "电信";
      case "PETROCHEMICAL" -> "石油石化";
      case "EQUIPMENT_MANUFACTURING" -> "装备制造";
      case "BIOMEDICINE" -> "生物医药";
      case "LOGISTICS" -> "物流";
      default -> "政府";
    };
  }

  static String creditCode(String stem) {
    String first17 = stem + "0".repeat(17 - stem.length());
    return first17 + CreditCode.checkCharacter(first17);
  }
}
