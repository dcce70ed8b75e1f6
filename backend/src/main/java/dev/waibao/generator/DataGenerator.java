package dev.waibao.generator;

import dev.waibao.search.DocumentSource;
import dev.waibao.searchindex.DocumentVersion;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.shared.security.Actor;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the database with a synthetic marketplace for benchmarks — parks, vendors with
 * capabilities, languages, markets and verified certifications, clients, tenders in every state
 * with zh+en text from the capability taxonomy, and bids on closed tenders — with COPY on a
 * connection of its own, then indexes the public tenders through the same document source and
 * engine as the outbox relay. Deterministic for a seed. Adds to what is there; run it on an empty
 * database.
 */
@Singleton
public class DataGenerator {

  private static final Logger LOG = LoggerFactory.getLogger(DataGenerator.class);

  /** Documents per engine call when indexing: large calls amortize each call's fixed cost. */
  private static final int INDEX_BATCH = 5_000;

  /** A bcrypt-shaped hash no password matches: generated users sign in only by minted token. */
  private static final String NO_PASSWORD =
      "$2a$10$generatedusercannotsigninwithanypasswordatall000000000";

  private static final String[] ZH_WORDS = {
    "外包服务", "项目", "系统", "平台", "运维", "升级", "改造", "建设", "采购", "数据", "客户", "服务中心", "质量", "安全",
    "集成", "测试", "迁移", "分析", "智能", "流程", "共享中心", "标注", "坐席", "热线", "双语", "移动端", "云", "接口"
  };
  private static final String[] EN_WORDS = {
    "outsourcing",
    "project",
    "system",
    "platform",
    "operations",
    "upgrade",
    "migration",
    "delivery",
    "data",
    "customer",
    "service",
    "quality",
    "security",
    "integration",
    "testing",
    "analytics",
    "process",
    "shared",
    "annotation",
    "agents",
    "hotline",
    "bilingual",
    "mobile",
    "cloud",
    "interface",
    "support",
    "maintenance",
    "team"
  };
  private static final String[] CERTIFICATIONS = {
    "CMMI", "PCMM", "ISO_IEC_27001", "ISO_IEC_20000", "SOC1_SAS70"
  };
  private static final String[] MARKETS = {"DOMESTIC", "USA", "JAPAN", "EUROPE", "OTHER"};
  private static final String[] MODES = {"ONSHORE", "OFFSHORE", "NEARSHORE"};
  private static final String[] REVENUE = {
    "BELOW_10M", "FROM_10M_TO_50M", "FROM_50M_TO_200M", "FROM_200M_TO_1B", "ABOVE_1B"
  };
  private static final String[] PARK_LEVELS = {
    "ORDINARY", "PROVINCIAL_DEMONSTRATION", "NATIONAL_DEMONSTRATION"
  };

  private final String url;
  private final String username;
  private final String password;
  private final SearchEngine engine;
  private final List<DocumentSource> sources;
  private final JwtTokenGenerator tokens;
  private final Clock clock;
  private final TransactionOperations<Connection> transactions;

  DataGenerator(
      @Value("${datasources.default.url}") String url,
      @Value("${datasources.default.username:}") String username,
      @Value("${datasources.default.password:}") String password,
      SearchEngine engine,
      List<DocumentSource> sources,
      JwtTokenGenerator tokens,
      Clock clock,
      TransactionOperations<Connection> transactions) {
    this.url = url;
    this.username = username;
    this.password = password;
    this.engine = engine;
    this.sources = sources;
    this.tokens = tokens;
    this.clock = clock;
    this.transactions = transactions;
  }

  /** What was made, with the time each step took. */
  public record Summary(Map<String, Long> rows, Map<String, Duration> took) {}

  /** Taxonomy rows read from the reference tables. */
  private record Capability(String code, String zh, String en) {}

  /** The ids the later steps refer to, kept as arrays so a million tenders fit in little memory. */
  private static final class Ids {
    UUID[] vendors;
    UUID[] vendorUsers;
    UUID[] clients;
    UUID[] clientUsers;
    UUID[] parks;
    UUID[] tenders;
    byte[] tenderStatus;
    long[] tenderDeadline;
  }

  private static final byte DRAFT = 0;
  private static final byte ACTIVE = 1;
  private static final byte EVALUATION = 2;
  private static final byte AWARDED = 3;
  private static final byte UNSUCCESSFUL = 4;
  private static final byte CANCELLED = 5;
  private static final String[] STATUS = {
    "DRAFT", "ACTIVE", "EVALUATION", "AWARDED", "UNSUCCESSFUL", "CANCELLED"
  };

  public Summary generate(GenerateOptions options) {
    var rows = new LinkedHashMap<String, Long>();
    var took = new LinkedHashMap<String, Duration>();
    if (options.indexOnly()) {
      indexAll(rows, took);
      return new Summary(rows, took);
    }
    var ids = new Ids();
    try (Connection connection = DriverManager.getConnection(url, username, password)) {
      connection.setAutoCommit(false);
      List<String> cities = strings(connection, "SELECT code FROM city ORDER BY sort_order");
      List<String> industries =
          strings(connection, "SELECT code FROM industry ORDER BY sort_order");
      List<Capability> capabilities = capabilities(connection);
      Instant now = clock.instant();
      long started = System.nanoTime();
      rows.put(
          "organisations and users",
          organisations(connection, options, ids, cities, new SplittableRandom(options.seed())));
      connection.commit();
      rows.put(
          "parks", parks(connection, options, ids, cities, capabilities, now, seeded(options, 1)));
      connection.commit();
      rows.put(
          "vendor profiles",
          vendors(
              connection, options, ids, cities, industries, capabilities, now, seeded(options, 2)));
      connection.commit();
      took.put("organisations, parks, vendors", since(started));
      started = System.nanoTime();
      rows.put(
          "tenders",
          tenders(
              connection, options, ids, cities, industries, capabilities, now, seeded(options, 3)));
      connection.commit();
      took.put("tenders", since(started));
      started = System.nanoTime();
      rows.put("bids", bids(connection, options, ids, now, seeded(options, 4)));
      connection.commit();
      took.put("bids", since(started));
      started = System.nanoTime();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("ANALYZE");
      }
      took.put("analyze", since(started));
    } catch (SQLException e) {
      throw new IllegalStateException("generating data failed: " + e.getMessage(), e);
    }
    if (options.index()) {
      indexAll(rows, took);
    }
    if (options.out() != null) {
      writeBenchFile(options, ids);
    }
    return new Summary(rows, took);
  }

  private static SplittableRandom seeded(GenerateOptions options, long salt) {
    return new SplittableRandom(options.seed() * 31 + salt);
  }

  private long organisations(
      Connection connection,
      GenerateOptions options,
      Ids ids,
      List<String> cities,
      SplittableRandom random)
      throws SQLException {
    ids.vendors = new UUID[options.vendors()];
    ids.vendorUsers = new UUID[options.vendors()];
    ids.clients = new UUID[options.clients()];
    ids.clientUsers = new UUID[options.clients()];
    OffsetDateTime created = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    long count = 0;
    try (var orgs =
            new CopyRows(
                "organisation", "id, kind, name_zh, name_en, credit_code, city, created_at");
        var users =
            new CopyRows(
                "app_user",
                "id, organisation_id, email, display_name, password_hash, role, created_at")) {
      int serial = 0;
      for (int i = 0; i < options.vendors(); i++) {
        ids.vendors[i] = uuid(random);
        ids.vendorUsers[i] = uuid(random);
        orgs.row(
            ids.vendors[i],
            "VENDOR",
            "生成服务外包公司" + i,
            "Generated Outsourcing Co. " + i,
            creditCode(serial++),
            pick(random, cities),
            created);
        users.row(
            ids.vendorUsers[i],
            ids.vendors[i],
            "vendor" + i + "@generated.waibao.example",
            "供应商管理员 " + i,
            NO_PASSWORD,
            "ORG_ADMIN",
            created);
      }
      for (int i = 0; i < options.clients(); i++) {
        ids.clients[i] = uuid(random);
        ids.clientUsers[i] = uuid(random);
        orgs.row(
            ids.clients[i],
            "CLIENT",
            "生成发包企业" + i,
            "Generated Client Ltd. " + i,
            creditCode(serial++),
            pick(random, cities),
            created);
        users.row(
            ids.clientUsers[i],
            ids.clients[i],
            "client" + i + "@generated.waibao.example",
            "发包方管理员 " + i,
            NO_PASSWORD,
            "ORG_ADMIN",
            created);
      }
      orgs.load(connection);
      users.load(connection);
      count = orgs.rows();
    }
    return count;
  }

  private long parks(
      Connection connection,
      GenerateOptions options,
      Ids ids,
      List<String> cities,
      List<Capability> capabilities,
      Instant now,
      SplittableRandom random)
      throws SQLException {
    UUID operator = uuid(random);
    OffsetDateTime created = utc(now);
    try (var orgs =
        new CopyRows("organisation", "id, kind, name_zh, name_en, credit_code, city, created_at")) {
      orgs.row(
          operator,
          "PARK_OPERATOR",
          "生成园区运营公司",
          "Generated Park Operator",
          creditCode(9_999_999),
          cities.getFirst(),
          created);
      orgs.load(connection);
    }
    ids.parks = new UUID[options.parks()];
    try (var parks =
            new CopyRows(
                "park",
                "id, operator_organisation_id, name_zh, name_en, city, address, level,"
                    + " level_decided_on, level_decision_number, total_area, leasable_area, seats,"
                    + " base_rent, description, created_at, updated_at");
        var focus = new CopyRows("park_focus", "park_id, capability_code")) {
      for (int i = 0; i < options.parks(); i++) {
        ids.parks[i] = uuid(random);
        String level = PARK_LEVELS[random.nextInt(PARK_LEVELS.length)];
        boolean decided = !"ORDINARY".equals(level);
        int total = 10_000 + random.nextInt(200_000);
        parks.row(
            ids.parks[i],
            operator,
            "生成服务外包产业园" + i,
            "Generated Outsourcing Park " + i,
            pick(random, cities),
            "生成路" + i + "号",
            level,
            decided ? LocalDate.of(2024, 1 + random.nextInt(12), 1) : null,
            decided ? "黑商发〔2024〕" + i + "号" : null,
            total,
            total * 8 / 10,
            total / 10,
            20 + random.nextInt(60),
            "面向" + capabilities.get(i % capabilities.size()).zh() + "的产业园区",
            created,
            created);
        for (Capability capability : distinct(random, capabilities, 2 + random.nextInt(2))) {
          focus.row(ids.parks[i], capability.code());
        }
      }
      parks.load(connection);
      focus.load(connection);
      return parks.rows();
    }
  }

  private long vendors(
      Connection connection,
      GenerateOptions options,
      Ids ids,
      List<String> cities,
      List<String> industries,
      List<Capability> capabilities,
      Instant now,
      SplittableRandom random)
      throws SQLException {
    OffsetDateTime created = utc(now.minus(Duration.ofDays(400)));
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    try (var profiles =
            new CopyRows(
                "vendor_profile",
                "organisation_id, legal_name_zh, legal_name_en, credit_code, city, park_id,"
                    + " headcount, founded_year, revenue_band, description, created_at,"
                    + " updated_at");
        var vendorCapabilities =
            new CopyRows(
                "vendor_capability", "organisation_id, capability_code, years_of_experience");
        var languages = new CopyRows("vendor_language", "organisation_id, language");
        var markets = new CopyRows("vendor_market", "organisation_id, market");
        var certifications =
            new CopyRows(
                "certification",
                "id, organisation_id, type, level, certificate_number, issuer, issued_on,"
                    + " expires_on, status, reviewed_at, created_at, updated_at")) {
      for (int i = 0; i < options.vendors(); i++) {
        UUID vendor = ids.vendors[i];
        List<Capability> own = distinct(random, capabilities, 2 + random.nextInt(4));
        // Headcounts are skewed: most firms are small, a few are large.
        int headcount = (int) Math.min(20_000, Math.round(Math.exp(3 + random.nextDouble() * 6)));
        profiles.row(
            vendor,
            "生成服务外包公司" + i,
            "Generated Outsourcing Co. " + i,
            creditCode(i),
            pick(random, cities),
            random.nextInt(3) == 0 ? ids.parks[random.nextInt(ids.parks.length)] : null,
            headcount,
            1995 + random.nextInt(30),
            REVENUE[Math.min(REVENUE.length - 1, headcount / 500)],
            "专注"
                + own.getFirst().zh()
                + "，服务"
                + pick(random, industries)
                + "行业客户。 Focused on "
                + own.getFirst().en()
                + ".",
            created,
            created);
        for (Capability capability : own) {
          vendorCapabilities.row(vendor, capability.code(), 1 + random.nextInt(20));
        }
        languages.row(vendor, "zh");
        if (random.nextInt(2) == 0) {
          languages.row(vendor, "en");
        }
        if (random.nextInt(10) == 0) {
          languages.row(vendor, "ja");
        }
        markets.row(vendor, "DOMESTIC");
        if (random.nextInt(3) == 0) {
          markets.row(vendor, MARKETS[1 + random.nextInt(MARKETS.length - 1)]);
        }
        int held = random.nextInt(4);
        int first = random.nextInt(CERTIFICATIONS.length);
        for (int c = 0; c < held; c++) {
          String type = CERTIFICATIONS[(first + c) % CERTIFICATIONS.length];
          boolean levelled = type.equals("CMMI") || type.equals("PCMM");
          LocalDate issued = today.minusDays(30 + random.nextInt(900));
          certifications.row(
              uuid(random),
              vendor,
              type,
              levelled ? 2 + random.nextInt(4) : null,
              "GEN-" + i + "-" + c,
              "生成认证机构",
              issued,
              issued.plusYears(3),
              "VERIFIED",
              created,
              created,
              created);
        }
      }
      profiles.load(connection);
      vendorCapabilities.load(connection);
      languages.load(connection);
      markets.load(connection);
      certifications.load(connection);
      return profiles.rows();
    }
  }

  private long tenders(
      Connection connection,
      GenerateOptions options,
      Ids ids,
      List<String> cities,
      List<String> industries,
      List<Capability> capabilities,
      Instant now,
      SplittableRandom random)
      throws SQLException {
    int n = options.tenders();
    ids.tenders = new UUID[n];
    ids.tenderStatus = new byte[n];
    ids.tenderDeadline = new long[n];
    try (var tenders =
            new CopyRows(
                "tender",
                "id, client_organisation_id, created_by, status, title, description,"
                    + " client_industry, city, delivery_mode, budget_min, budget_max,"
                    + " minimum_headcount, clarification_deadline, bid_deadline, price_weight,"
                    + " published_at, closed_at, decided_at, cancelled_at, cancel_reason,"
                    + " created_at, updated_at, version");
        var categories = new CopyRows("tender_capability", "tender_id, capability_code");
        var languages = new CopyRows("tender_language", "tender_id, language");
        var certifications =
            new CopyRows("tender_certification", "tender_id, type, minimum_level")) {
      for (int i = 0; i < n; i++) {
        UUID id = uuid(random);
        ids.tenders[i] = id;
        // The first bench tenders are open to every vendor: no requirements, far deadline.
        boolean bench = i < options.benchTenders();
        byte status = bench ? ACTIVE : status(random);
        ids.tenderStatus[i] = status;
        int client = random.nextInt(ids.clients.length);
        Capability main = capabilities.get(random.nextInt(capabilities.size()));
        Instant published = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 720)));
        Instant deadline =
            switch (status) {
              case ACTIVE ->
                  bench
                      ? now.plus(Duration.ofDays(30))
                      : now.plus(Duration.ofMinutes(60 + random.nextInt(60 * 24 * 60)));
              case DRAFT, CANCELLED -> published.plus(Duration.ofDays(20));
              default -> published.plus(Duration.ofDays(10 + random.nextInt(30)));
            };
        if (status != ACTIVE && status != DRAFT && deadline.isAfter(now)) {
          deadline = now.minus(Duration.ofHours(1 + random.nextInt(1000)));
          published = deadline.minus(Duration.ofDays(15));
        }
        if (status == ACTIVE && !bench) {
          published = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 20) + 1));
        }
        ids.tenderDeadline[i] = deadline.toEpochMilli();
        long budget = 50_000L * (1 + random.nextInt(400));
        boolean isPublic = status != DRAFT;
        boolean closed = status == EVALUATION || status == AWARDED || status == UNSUCCESSFUL;
        Instant createdAt = published.minus(Duration.ofDays(2));
        Instant updatedAt =
            closed
                ? deadline
                : status == CANCELLED ? published.plus(Duration.ofDays(3)) : published;
        tenders.row(
            id,
            ids.clients[client],
            ids.clientUsers[client],
            STATUS[status],
            title(random, main, bench, i),
            description(random, main, capabilities),
            pick(random, industries),
            pick(random, cities),
            MODES[random.nextInt(MODES.length)],
            budget / 2,
            budget,
            bench ? 0 : random.nextInt(4) == 0 ? 50 * random.nextInt(20) : 0,
            isPublic ? utc(deadline.minus(Duration.ofDays(3))) : null,
            isPublic || status == DRAFT ? utc(deadline) : null,
            100,
            isPublic ? utc(published) : null,
            closed ? utc(deadline) : null,
            status == AWARDED || status == UNSUCCESSFUL ? utc(updatedAt) : null,
            status == CANCELLED ? utc(updatedAt) : null,
            status == CANCELLED ? "需求变更 / requirements changed" : null,
            utc(createdAt),
            utc(updatedAt),
            closed ? 3 : 1);
        // A category is also a required capability: bench tenders have none, so anyone may bid.
        if (!bench) {
          categories.row(id, main.code());
        }
        if (!bench && random.nextInt(3) == 0) {
          Capability second = capabilities.get(random.nextInt(capabilities.size()));
          if (!second.code().equals(main.code())) {
            categories.row(id, second.code());
          }
        }
        languages.row(id, "zh");
        // Bench tenders ask Chinese only, which every vendor works in.
        if (random.nextInt(4) == 0 && !bench) {
          languages.row(id, "en");
        }
        if (!bench && random.nextInt(4) == 0) {
          String type = CERTIFICATIONS[random.nextInt(CERTIFICATIONS.length)];
          boolean levelled = type.equals("CMMI") || type.equals("PCMM");
          certifications.row(id, type, levelled ? 2 + random.nextInt(3) : null);
        }
      }
      tenders.load(connection);
      categories.load(connection);
      languages.load(connection);
      certifications.load(connection);
      return tenders.rows();
    }
  }

  private long bids(
      Connection connection, GenerateOptions options, Ids ids, Instant now, SplittableRandom random)
      throws SQLException {
    List<Integer> closed = new ArrayList<>();
    for (int i = 0; i < ids.tenders.length; i++) {
      if (ids.tenderStatus[i] == EVALUATION || ids.tenderStatus[i] == AWARDED) {
        closed.add(i);
      }
    }
    if (closed.isEmpty() || options.bids() == 0) {
      return 0;
    }
    // Spread the bids over the closed tenders, between 1 and twice the mean each.
    double mean = (double) options.bids() / closed.size();
    int vendors = ids.vendors.length;
    long made = 0;
    try (var bids =
            new CopyRows(
                "bid",
                "id, tender_id, vendor_organisation_id, status, current_version, submitted_at,"
                    + " updated_at");
        var versions =
            new CopyRows(
                "bid_version",
                "bid_id, version_number, price, duration_days, proposal, submitted_by,"
                    + " submitted_at")) {
      for (int c = 0; c < closed.size() && made < options.bids(); c++) {
        int tender = closed.get(c);
        long remaining = options.bids() - made;
        int left = closed.size() - c;
        int count =
            (int)
                Math.min(
                    remaining, Math.max(1, Math.round(mean * (0.2 + 1.6 * random.nextDouble()))));
        if (left == 1) {
          count = (int) Math.min(remaining, Integer.MAX_VALUE);
        }
        count = Math.min(count, vendors);
        Instant deadline = Instant.ofEpochMilli(ids.tenderDeadline[tender]);
        boolean awarded = ids.tenderStatus[tender] == AWARDED;
        int winner = random.nextInt(count);
        // Distinct vendors: consecutive ones from a random start, modulo the number of vendors.
        int start = random.nextInt(vendors);
        for (int b = 0; b < count; b++) {
          int vendor = (start + b) % vendors;
          UUID bid = uuid(random);
          OffsetDateTime submitted =
              utc(deadline.minus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 5))));
          bids.row(
              bid,
              ids.tenders[tender],
              ids.vendors[vendor],
              awarded ? (b == winner ? "AWARDED" : "LOST") : "SUBMITTED",
              1,
              submitted,
              submitted);
          versions.row(
              bid,
              1,
              10_000 + random.nextInt(5_000_000),
              30 + random.nextInt(700),
              "我们的方案 / our proposal " + b,
              ids.vendorUsers[vendor],
              submitted);
          made++;
        }
      }
      bids.load(connection);
      versions.load(connection);
    }
    return made;
  }

  /** Indexes every public tender in large calls, reading the next batch while one is indexed. */
  /** Indexes every document of every source (tenders, vendors, parks) as the database has them. */
  private void indexAll(Map<String, Long> rows, Map<String, Duration> took) {
    for (DocumentSource source : sources) {
      long started = System.nanoTime();
      rows.put("indexed " + source.index(), index(source));
      took.put("indexing " + source.index(), since(started));
    }
  }

  /** Indexes a source's documents in large calls, reading the next batch while one is indexed. */
  private long index(DocumentSource source) {
    engine.ensureAlias(source.index(), source.definition());
    BlockingQueue<List<SearchDocument>> batches = new ArrayBlockingQueue<>(2);
    var reader = Executors.newSingleThreadExecutor();
    try {
      Future<?> reading =
          reader.submit(
              () -> {
                String after = null;
                while (true) {
                  String from = after;
                  List<String> ids =
                      transactions.executeRead(
                          status ->
                              source.versions(from, INDEX_BATCH).stream()
                                  .map(DocumentVersion::id)
                                  .toList());
                  if (ids.isEmpty()) {
                    break;
                  }
                  List<SearchDocument> batch =
                      transactions.executeRead(status -> List.copyOf(source.load(ids).values()));
                  if (!batch.isEmpty()) {
                    batches.put(batch);
                  }
                  after = ids.getLast();
                }
                batches.put(List.of());
                return null;
              });
      long indexed = 0;
      long started = System.nanoTime();
      for (List<SearchDocument> batch = take(batches, reading);
          !batch.isEmpty();
          batch = take(batches, reading)) {
        var report = engine.index(source.index(), batch);
        if (!report.succeeded()) {
          throw new IllegalStateException("indexing failed: " + report.failures());
        }
        indexed += batch.size();
        if (indexed % 100_000 < INDEX_BATCH) {
          LOG.info(
              "Indexed {} documents into {} ({} docs/s)",
              indexed,
              source.index(),
              Math.round(indexed / ((System.nanoTime() - started) / 1e9)));
        }
      }
      reading.get();
      engine.refresh(source.index());
      return indexed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("indexing interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading tenders failed: " + e.getCause(), e.getCause());
    } finally {
      reader.shutdownNow();
    }
  }

  private static List<SearchDocument> take(
      BlockingQueue<List<SearchDocument>> batches, Future<?> reading)
      throws InterruptedException, ExecutionException {
    while (true) {
      List<SearchDocument> batch = batches.poll(1, TimeUnit.SECONDS);
      if (batch != null) {
        return batch;
      }
      if (reading.isDone()) {
        reading.get();
        return List.of();
      }
    }
  }

  /**
   * Writes what the load scripts need: tokens of the first vendors and of a client, valid for a
   * day, the open bench tenders (the first is the hot one) and the public tender count.
   */
  private void writeBenchFile(GenerateOptions options, Ids ids) {
    var lines = new ArrayList<String>();
    for (int i = 0; i < options.benchVendors(); i++) {
      lines.add("vendor\t" + token(ids.vendorUsers[i], ids.vendors[i], "VENDOR"));
    }
    lines.add("client\t" + token(ids.clientUsers[0], ids.clients[0], "CLIENT"));
    for (int i = 0; i < options.benchTenders(); i++) {
      lines.add("tender\t" + ids.tenders[i]);
    }
    try {
      Files.write(options.out(), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + options.out(), e);
    }
  }

  private String token(UUID user, UUID organisation, String kind) {
    Authentication authentication =
        Authentication.build(
            user.toString(),
            List.of("ORG_ADMIN", kind),
            Map.of(
                Actor.ORGANISATION_CLAIM,
                organisation.toString(),
                Actor.KIND_CLAIM,
                kind,
                Actor.ROLE_CLAIM,
                "ORG_ADMIN"));
    return tokens
        .generateToken(authentication, (int) Duration.ofDays(1).toSeconds())
        .orElseThrow(() -> new IllegalStateException("no token could be signed"));
  }

  private static byte status(SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < 5) {
      return DRAFT;
    }
    if (roll < 15) {
      return ACTIVE;
    }
    if (roll < 30) {
      return EVALUATION;
    }
    if (roll < 85) {
      return AWARDED;
    }
    if (roll < 97) {
      return UNSUCCESSFUL;
    }
    return CANCELLED;
  }

  private static String title(SplittableRandom random, Capability main, boolean bench, int i) {
    String zh = main.zh() + pick(random, ZH_WORDS) + pick(random, ZH_WORDS);
    String en = main.en() + " " + pick(random, EN_WORDS) + " " + pick(random, EN_WORDS);
    return (bench ? "基准招标" + i + " " : "") + zh + " " + en;
  }

  private static String description(
      SplittableRandom random, Capability main, List<Capability> capabilities) {
    var text = new StringBuilder(1200);
    text.append("本项目拟采购").append(main.zh()).append("服务，");
    for (int i = 0; i < 25; i++) {
      text.append(
          i % 6 == 5
              ? capabilities.get(random.nextInt(capabilities.size())).zh()
              : pick(random, ZH_WORDS));
      text.append(i % 5 == 4 ? "。" : "，");
    }
    text.append("\nWe procure ").append(main.en()).append(" services: ");
    for (int i = 0; i < 35; i++) {
      text.append(
              i % 7 == 6
                  ? capabilities.get(random.nextInt(capabilities.size())).en().toLowerCase()
                  : pick(random, EN_WORDS))
          .append(i % 8 == 7 ? ". " : " ");
    }
    return text.toString().strip();
  }

  private static <T> List<T> distinct(SplittableRandom random, List<T> values, int count) {
    var picked = new ArrayList<T>(count);
    int start = random.nextInt(values.size());
    int step = 1 + random.nextInt(Math.max(1, values.size() - 1));
    for (int i = 0; picked.size() < Math.min(count, values.size()) && i < values.size() * 2; i++) {
      T value = values.get((start + i * step) % values.size());
      if (!picked.contains(value)) {
        picked.add(value);
      }
    }
    return picked;
  }

  private static String creditCode(int serial) {
    // 18 characters, "ZZ" first so no real (or demo) code can collide.
    return String.format("ZZ%016d", serial);
  }

  private static UUID uuid(SplittableRandom random) {
    // Version 4 layout, so the ids look like the ones the application makes.
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Duration since(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private static List<String> strings(Connection connection, String query) throws SQLException {
    var values = new ArrayList<String>();
    try (Statement statement = connection.createStatement();
        var result = statement.executeQuery(query)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    }
    return values;
  }

  private static List<Capability> capabilities(Connection connection) throws SQLException {
    var values = new ArrayList<Capability>();
    try (Statement statement = connection.createStatement();
        var result =
            statement.executeQuery(
                "SELECT code, name_zh, name_en FROM capability WHERE retired_in IS NULL"
                    + " ORDER BY sort_order")) {
      while (result.next()) {
        values.add(new Capability(result.getString(1), result.getString(2), result.getString(3)));
      }
    }
    return values;
  }
}
