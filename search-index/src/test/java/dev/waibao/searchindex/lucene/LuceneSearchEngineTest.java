package dev.waibao.searchindex.lucene;

import static dev.waibao.searchindex.contract.TenderFixture.callCentreTender;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchHealth;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.TenderDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the embedded engine promises: its indexes live in files that outlast the process. */
@DisplayName("Lucene engine")
class LuceneSearchEngineTest {

  @TempDir Path root;

  @Test
  @DisplayName("keeps indexed documents across a restart")
  void keepsDocumentsAcrossARestart() {
    try (var engine = new LuceneSearchEngine(root)) {
      engine.ensureIndex("tenders", TenderDocument.indexDefinition());
      engine.index("tenders", List.of(callCentreTender("t1").searchDocument()));
    }

    try (var reopened = new LuceneSearchEngine(root)) {
      reopened.ensureIndex("tenders", TenderDocument.indexDefinition());
      assertThat(reopened.search("tenders", SearchQuery.matching("呼叫")).ids())
          .containsExactly("t1");
    }
  }

  @Test
  @DisplayName("keeps each index in its own directory and deletes it with the index")
  void keepsEachIndexInItsOwnDirectory() {
    try (var engine = new LuceneSearchEngine(root)) {
      engine.ensureIndex("tenders-v1", TenderDocument.indexDefinition());
      engine.ensureIndex("tenders-v2", TenderDocument.indexDefinition());
      assertThat(root.resolve("tenders-v1")).isDirectory();
      assertThat(root.resolve("tenders-v2")).isDirectory();

      engine.deleteIndex("tenders-v1");

      assertThat(Files.exists(root.resolve("tenders-v1"))).isFalse();
      assertThat(root.resolve("tenders-v2")).isDirectory();
    }
  }

  @Test
  @DisplayName("refuses index names that could escape its directory")
  void refusesUnsafeIndexNames() {
    try (var engine = new LuceneSearchEngine(root)) {
      assertThatThrownBy(() -> engine.ensureIndex("../outside", TenderDocument.indexDefinition()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("index name");
    }
  }

  @Test
  @DisplayName("serves concurrent writers and searchers without losing a document")
  void servesConcurrentWritersAndSearchers() throws Exception {
    try (var engine = new LuceneSearchEngine(root);
        var pool = Executors.newFixedThreadPool(6)) {
      engine.ensureIndex("tenders", TenderDocument.indexDefinition());
      var tasks = new ArrayList<Future<?>>();
      for (int writer = 0; writer < 3; writer++) {
        int offset = writer * 100;
        tasks.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 100; i += 10) {
                    var batch = new ArrayList<SearchDocument>();
                    for (int j = i; j < i + 10; j++) {
                      batch.add(callCentreTender("t" + (offset + j)).searchDocument());
                    }
                    engine.index("tenders", batch);
                  }
                }));
      }
      for (int reader = 0; reader < 3; reader++) {
        tasks.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    assertThat(engine.search("tenders", SearchQuery.matching("呼叫")).totalHits())
                        .isBetween(0L, 300L);
                  }
                }));
      }
      for (Future<?> task : tasks) {
        task.get(60, TimeUnit.SECONDS);
      }
      engine.refresh("tenders");

      assertThat(engine.search("tenders", SearchQuery.matching("呼叫")).totalHits()).isEqualTo(300);
    }
  }

  @Test
  @DisplayName("reports DOWN once closed")
  void reportsDownOnceClosed() {
    var engine = new LuceneSearchEngine(root);
    engine.close();

    assertThat(engine.health().status()).isEqualTo(SearchHealth.Status.DOWN);
  }

  @Test
  @DisplayName("keeps an alias and the version it serves across a restart")
  void keepsAnAliasAcrossARestart() {
    String version;
    try (var engine = new LuceneSearchEngine(root)) {
      engine.ensureAlias("tenders", TenderDocument.indexDefinition());
      version = engine.createIndexVersion("tenders", TenderDocument.indexDefinition());
      engine.index(version, List.of(callCentreTender("t2").searchDocument()));
      engine.swapAlias("tenders", version);
    }

    try (var reopened = new LuceneSearchEngine(root)) {
      reopened.ensureAlias("tenders", TenderDocument.indexDefinition());

      assertThat(reopened.aliasTarget("tenders")).hasValue(version);
      assertThat(reopened.search("tenders", SearchQuery.matching("呼叫")).ids())
          .containsExactly("t2");
      assertThat(root.resolve("tenders.alias")).hasContent(version);
    }
  }

  @Test
  @DisplayName("after a restart, writes keep reaching a version a rebuild left unfinished")
  void reopensAnUnfinishedVersionAfterARestart() {
    String version;
    try (var engine = new LuceneSearchEngine(root)) {
      engine.ensureAlias("tenders", TenderDocument.indexDefinition());
      version = engine.createIndexVersion("tenders", TenderDocument.indexDefinition());
    }

    try (var reopened = new LuceneSearchEngine(root)) {
      reopened.ensureAlias("tenders", TenderDocument.indexDefinition());
      reopened.index("tenders", List.of(callCentreTender("t").searchDocument()));
      reopened.refresh("tenders");

      assertThat(reopened.search(version, SearchQuery.all()).ids()).containsExactly("t");
      assertThat(reopened.indexVersions("tenders")).containsExactly("tenders-v1", version);
    }
  }

  @Test
  @DisplayName("writes a large batch in one call, later versions of an id winning")
  void writesALargeBatchInVersionOrder() {
    try (var engine = new LuceneSearchEngine(root)) {
      engine.ensureIndex("tenders", TenderDocument.indexDefinition());
      var batch = new ArrayList<SearchDocument>();
      for (int i = 0; i < 3_000; i++) {
        batch.add(callCentreTender("t" + (i % 2_000)).version(i).searchDocument());
      }
      batch.add(callCentreTender("t0").version(0).searchDocument());

      var report = engine.index("tenders", batch);
      engine.refresh("tenders");

      assertThat(report.indexed()).isEqualTo(3_000);
      assertThat(report.staleIds()).containsExactly("t0");
      assertThat(engine.search("tenders", SearchQuery.all()).totalHits()).isEqualTo(2_000);
      assertThat(engine.idsAndVersions("tenders", 1_000))
          .filteredOn(version -> version.id().equals("t5"))
          .singleElement()
          .satisfies(version -> assertThat(version.version()).isEqualTo(2_005));
    }
  }

  @Test
  @DisplayName("makes a write searchable within the refresh interval, without an explicit refresh")
  void makesAWriteSearchableWithoutAnExplicitRefresh() throws InterruptedException {
    try (var engine = new LuceneSearchEngine(root)) {
      engine.ensureIndex("tenders", TenderDocument.indexDefinition());
      engine.index("tenders", List.of(callCentreTender("t1").searchDocument()));

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (engine.search("tenders", SearchQuery.all()).totalHits() == 0
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(engine.search("tenders", SearchQuery.all()).ids()).containsExactly("t1");
    }
  }

  @Test
  @DisplayName("after a crash, says since when writes may be missing until told they were repaired")
  void reportsWritesMissingAfterACrashUntilRepaired() throws IOException {
    Instant beforeOpen = Instant.now().minusMillis(1);
    Path crashed = Files.createDirectories(root.resolve("crashed"));
    // No periodic commit during the test: the write below stays uncommitted.
    try (var engine = new LuceneSearchEngine(root.resolve("live"), REFRESH, Duration.ofHours(1))) {
      engine.ensureIndex("tenders", TenderDocument.indexDefinition());
      Instant opened = Instant.now().plusMillis(1);
      engine.index("tenders", List.of(callCentreTender("t1").searchDocument()));
      engine.refresh("tenders");
      assertThat(engine.writesMissingSince("tenders")).isEmpty();

      // What the disk holds if the process died now.
      copy(root.resolve("live"), crashed);

      try (var restarted = new LuceneSearchEngine(crashed, REFRESH, Duration.ofHours(1))) {
        restarted.ensureIndex("tenders", TenderDocument.indexDefinition());

        assertThat(restarted.search("tenders", SearchQuery.all()).ids()).isEmpty();
        Instant since = restarted.writesMissingSince("tenders").orElseThrow();
        assertThat(since).isBetween(beforeOpen, opened);

        // Dying again before the repair must not forget the first loss.
        Path crashedAgain = Files.createDirectories(root.resolve("crashed-again"));
        copy(crashed, crashedAgain);
        try (var again = new LuceneSearchEngine(crashedAgain, REFRESH, Duration.ofHours(1))) {
          again.ensureIndex("tenders", TenderDocument.indexDefinition());
          assertThat(again.writesMissingSince("tenders")).hasValue(since);
        }

        restarted.repaired("tenders", since);
        assertThat(restarted.writesMissingSince("tenders")).isEmpty();
      }
      try (var reopened = new LuceneSearchEngine(crashed)) {
        reopened.ensureIndex("tenders", TenderDocument.indexDefinition());
        assertThat(reopened.writesMissingSince("tenders")).isEmpty();
      }
    }
    try (var reopened = new LuceneSearchEngine(root.resolve("live"))) {
      reopened.ensureIndex("tenders", TenderDocument.indexDefinition());
      assertThat(reopened.writesMissingSince("tenders")).isEmpty();
      assertThat(reopened.search("tenders", SearchQuery.all()).ids()).containsExactly("t1");
    }
  }

  private static final Duration REFRESH = Duration.ofMillis(100);

  private static void copy(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
