package dev.waibao.searchindex.perf;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.TenderDocument;
import dev.waibao.searchindex.elasticsearch.ElasticsearchClientFactory;
import dev.waibao.searchindex.elasticsearch.ElasticsearchSearchEngine;
import dev.waibao.searchindex.lucene.LuceneSearchEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bulk-indexes generated zh+en tenders into a fresh index version and prints documents per second,
 * the way a full rebuild loads them. Not a test: run it by hand, see PERFORMANCE-NOTES.md.
 *
 * <p>Arguments: {@code lucene|<elasticsearch url>} [documents, default 20000] [batch, default 1000]
 * [rounds, default 3].
 */
public final class IndexingThroughput {

  private static final String[] CATEGORIES = {
    "ITO.SOFTWARE",
    "ITO.EMBEDDED",
    "ITO.SAAS",
    "ITO.GIS",
    "BPO.CALL_CENTRE",
    "BPO.FINANCE",
    "BPO.HR",
    "BPO.SUPPLY_CHAIN",
    "BPO.DATA",
    "BPO.RND",
    "BPO.ENGINEERING"
  };
  private static final String[] CITIES = {"哈尔滨", "大庆", "齐齐哈尔", "牡丹江", "佳木斯", "绥化", "鸡西"};
  private static final String[] INDUSTRIES = {
    "FINANCE", "INSURANCE", "TELECOM", "PETROLEUM", "EQUIPMENT", "BIOMEDICINE", "LOGISTICS"
  };
  private static final String[] ZH = {
    "呼叫中心", "外包服务", "数据处理", "软件开发", "系统运维", "财务共享", "人力资源", "供应链", "地理信息", "嵌入式",
    "测试", "客户服务", "坐席", "银行", "保险", "电信", "石油", "物流", "医药", "平台"
  };
  private static final String[] EN = {
    "call", "center", "outsourcing", "data", "processing", "software", "development",
    "operations", "finance", "accounting", "support", "engineering", "design", "logistics",
    "platform", "bilingual", "agents", "annotation", "cloud", "migration"
  };

  private IndexingThroughput() {}

  public static void main(String[] args) throws Exception {
    String target = args.length > 0 ? args[0] : "lucene";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    List<SearchDocument> documents = generate(count, new Random(42));
    Path root = null;
    ElasticsearchClient client = null;
    SearchEngine engine;
    if ("lucene".equals(target)) {
      root = Files.createTempDirectory("throughput-");
      engine = new LuceneSearchEngine(root);
    } else {
      client = ElasticsearchClientFactory.create(target);
      engine = new ElasticsearchSearchEngine(client);
    }
    try {
      for (int round = 0; round < rounds; round++) {
        String alias = "throughput-" + round;
        engine.deleteIndex(alias);
        engine.ensureAlias(alias, TenderDocument.indexDefinition());
        String version = engine.createIndexVersion(alias, TenderDocument.indexDefinition());
        long started = System.nanoTime();
        for (int from = 0; from < count; from += batch) {
          var report =
              engine.index(version, documents.subList(from, Math.min(count, from + batch)));
          if (!report.succeeded()) {
            throw new IllegalStateException("failures: " + report.failures());
          }
        }
        engine.refresh(version);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        engine.swapAlias(alias, version);
        long found = engine.search(alias, SearchQuery.all()).totalHits();
        System.out.printf(
            "%s round %d: %d documents in batches of %d in %d ms = %.0f docs/s (found %d)%n",
            target, round, count, batch, took.toMillis(), count / (took.toNanos() / 1e9), found);
        engine.deleteIndex(alias);
      }
    } finally {
      engine.close();
      if (client != null) {
        client.close();
      }
      if (root != null) {
        try (var walk = Files.walk(root)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    }
  }

  static List<SearchDocument> generate(int count, Random random) {
    Instant now = Instant.parse("2026-03-01T00:00:00Z");
    var documents = new ArrayList<SearchDocument>(count);
    for (int i = 0; i < count; i++) {
      long budget = 10_000L * (1 + random.nextInt(5_000));
      documents.add(
          new TenderDocument(
                  String.format("t%08d", i),
                  1,
                  words(random, ZH, 3, "") + " " + words(random, EN, 4, " "),
                  words(random, ZH, 30, "，") + "。" + words(random, EN, 40, " "),
                  "client-" + random.nextInt(5_000),
                  "客户" + random.nextInt(5_000) + " Client Co., Ltd.",
                  List.of(pick(random, CATEGORIES), pick(random, CATEGORIES)),
                  pick(random, INDUSTRIES),
                  pick(random, CITIES),
                  random.nextBoolean() ? "ONSHORE" : "OFFSHORE",
                  "ACTIVE",
                  List.of("CMMI_" + (1 + random.nextInt(5))),
                  List.of("zh"),
                  (long) random.nextInt(1_000),
                  budget / 2,
                  budget,
                  now.plus(Duration.ofHours(random.nextInt(24 * 90))),
                  now.minus(Duration.ofHours(random.nextInt(24 * 90))))
              .toSearchDocument());
    }
    return documents;
  }

  private static String words(Random random, String[] vocabulary, int count, String separator) {
    var text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(separator);
      }
      text.append(pick(random, vocabulary));
    }
    return text.toString();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
