package dev.waibao.searchindex.contract;

import static dev.waibao.searchindex.contract.TenderFixture.NOW;
import static dev.waibao.searchindex.contract.TenderFixture.callCentreTender;
import static dev.waibao.searchindex.contract.TenderFixture.tender;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.waibao.searchindex.DocumentVersion;
import dev.waibao.searchindex.DocumentVersionPage;
import dev.waibao.searchindex.Facet;
import dev.waibao.searchindex.FacetResult;
import dev.waibao.searchindex.Filter;
import dev.waibao.searchindex.FirmDocument;
import dev.waibao.searchindex.IndexingReport;
import dev.waibao.searchindex.ParkDocument;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.SearchHealth;
import dev.waibao.searchindex.SearchHit;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.SearchResult;
import dev.waibao.searchindex.Sort;
import dev.waibao.searchindex.TenderDocument;
import dev.waibao.searchindex.contract.TenderFixture.Tender;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link SearchEngine} must do, run unchanged against each engine so the embedded and
 * the scale deployment find, count, highlight and rebuild alike. Every assertion names exact
 * results — hit sets, facet counts, snippets, and the order wherever the order is specified (field
 * sorts, and the relevance cases below) — so both engines passing means both engines agree. Each
 * test gets its own index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SearchEngineContract {

  private SearchEngine engine;
  private String index;

  /** The engine under test; called once per test class. */
  protected abstract SearchEngine createEngine() throws Exception;

  /** Releases the engine and whatever the subclass created for it. */
  protected void closeEngine(SearchEngine engine) throws Exception {
    engine.close();
  }

  @BeforeAll
  void startEngine() throws Exception {
    engine = createEngine();
  }

  @AfterAll
  void stopEngine() throws Exception {
    if (engine != null) {
      closeEngine(engine);
    }
  }

  @BeforeEach
  void createIndex() {
    index = "contract-" + UUID.randomUUID();
    engine.ensureIndex(index, TenderDocument.indexDefinition());
  }

  @AfterEach
  void dropIndex() {
    engine.deleteIndex(index);
  }

  @Test
  @DisplayName("finds Chinese text inside a longer word")
  void findsChineseTextInsideALongerWord() {
    indexed(
        callCentreTender("call-centre"),
        tender("data").titled("数据处理外包"),
        tender("scattered").titled("呼和浩特市网约叫车平台开发"));

    assertThat(ids(SearchQuery.matching("呼叫"))).containsExactly("call-centre");
    assertThat(ids(SearchQuery.matching("外包"))).containsExactlyInAnyOrder("call-centre", "data");
  }

  @Test
  @DisplayName("finds English text case-insensitively")
  void findsEnglishTextCaseInsensitively() {
    indexed(
        tender("en").titled("Call Center Outsourcing for Retail Banks"),
        tender("other").titled("Payroll processing"));

    assertThat(ids(SearchQuery.matching("CALL center"))).containsExactly("en");
    assertThat(ids(SearchQuery.matching("call-center"))).containsExactly("en");
    assertThat(ids(SearchQuery.matching("banks"))).containsExactly("en");
  }

  @Test
  @DisplayName("requires every word of the free text")
  void requiresEveryWordOfTheFreeText() {
    indexed(
        callCentreTender("bank-call-centre"),
        tender("insurer-call-centre").titled("保险公司呼叫中心").described("理赔热线"),
        tender("bank-software").titled("银行核心系统开发"));

    // Words may match in different fields: 呼叫 in the title, 银行 in the description.
    assertThat(ids(SearchQuery.matching("呼叫 银行"))).containsExactly("bank-call-centre");
    // The ideographic space of Chinese input methods separates words too.
    assertThat(ids(SearchQuery.matching("呼叫\u3000银行"))).containsExactly("bank-call-centre");
  }

  @Test
  @DisplayName("ranks a title match above a match in the description only")
  void ranksATitleMatchAboveADescriptionMatch() {
    indexed(
        tender("in-description")
            .titled("Payroll services")
            .described("Includes data annotation for the payroll analytics team"),
        tender("in-title").titled("Data annotation"));

    assertThat(ids(SearchQuery.matching("annotation")))
        .containsExactly("in-title", "in-description");
  }

  @Test
  @DisplayName("free text of punctuation only constrains nothing")
  void freeTextOfPunctuationOnlyConstrainsNothing() {
    indexed(tender("a"), tender("b"));

    assertThat(search(SearchQuery.matching("- !")).totalHits()).isEqualTo(2);
  }

  @Test
  @DisplayName("a keyword filter narrows the hits")
  void aKeywordFilterNarrowsTheHits() {
    indexed(
        callCentreTender("hangzhou").inCity("杭州"),
        callCentreTender("ningbo").inCity("宁波"),
        callCentreTender("wenzhou").inCity("温州"));

    SearchResult result =
        search(SearchQuery.matching("呼叫").filteredBy(Filter.anyOf("city", "杭州", "宁波")));

    assertThat(result.totalHits()).isEqualTo(2);
    assertThat(result.ids()).containsExactlyInAnyOrder("hangzhou", "ningbo");
  }

  @Test
  @DisplayName("a keyword filter matches any value of a multi-valued field")
  void aKeywordFilterMatchesAnyValueOfAMultiValuedField() {
    indexed(
        tender("saas-and-gis").inCategories("ITO.SAAS", "ITO.GIS"),
        tender("gis").inCategories("ITO.GIS"),
        tender("hr").inCategories("BPO.HR"));

    assertThat(ids(SearchQuery.all().filteredBy(Filter.anyOf("categories", "ITO.SAAS"))))
        .containsExactly("saas-and-gis");
    assertThat(ids(SearchQuery.all().filteredBy(Filter.anyOf("categories", "ITO.GIS"))))
        .containsExactlyInAnyOrder("saas-and-gis", "gis");
  }

  @Test
  @DisplayName("keyword filters are exact and case-sensitive, and all filters must hold")
  void keywordFiltersAreExactAndAllMustHold() {
    indexed(
        tender("published-remote").withStatus("PUBLISHED").deliveredAs("REMOTE"),
        tender("published-onsite").withStatus("PUBLISHED").deliveredAs("ONSITE"),
        tender("closed-remote").withStatus("CLOSED").deliveredAs("REMOTE"));

    assertThat(ids(SearchQuery.all().filteredBy(Filter.anyOf("status", "published")))).isEmpty();
    assertThat(
            ids(
                SearchQuery.all()
                    .filteredBy(
                        Filter.anyOf("status", "PUBLISHED"),
                        Filter.anyOf("deliveryMode", "REMOTE"))))
        .containsExactly("published-remote");
  }

  @Test
  @DisplayName("a numeric range filter includes its bounds")
  void aNumericRangeFilterIncludesItsBounds() {
    indexed(
        tender("small").budget(10_000L, 100_000L),
        tender("medium").budget(100_000L, 200_000L),
        tender("large").budget(200_000L, 3_000_000_000L),
        tender("open").budget(null, null));

    assertThat(ids(SearchQuery.all().filteredBy(Filter.between("budgetMax", 100_000, 200_000))))
        .containsExactlyInAnyOrder("small", "medium");
    assertThat(ids(SearchQuery.all().filteredBy(Filter.atLeast("budgetMax", 2_999_999_999L))))
        .containsExactly("large");
    assertThat(ids(SearchQuery.all().filteredBy(Filter.atMost("budgetMin", 10_000))))
        .containsExactly("small");
  }

  @Test
  @DisplayName("a date range filter includes its bounds at millisecond precision")
  void aDateRangeFilterIncludesItsBounds() {
    Instant deadline = NOW.plus(Duration.ofDays(7)).plusMillis(123);
    indexed(
        tender("closing-soon").closingAt(NOW.plus(Duration.ofDays(1))),
        tender("closing-later").closingAt(deadline),
        tender("no-deadline"));

    assertThat(ids(SearchQuery.all().filteredBy(Filter.onOrAfter("bidDeadline", deadline))))
        .containsExactly("closing-later");
    assertThat(
            ids(
                SearchQuery.all()
                    .filteredBy(Filter.between("bidDeadline", NOW, deadline.minusMillis(1)))))
        .containsExactly("closing-soon");
    assertThat(ids(SearchQuery.all().filteredBy(Filter.onOrBefore("bidDeadline", deadline))))
        .containsExactlyInAnyOrder("closing-soon", "closing-later");
  }

  @Test
  @DisplayName("paging returns disjoint pages in sort order with the right total")
  void pagingReturnsDisjointPagesInSortOrder() {
    List<String> expectedOrder = List.of("t1", "t2", "t3", "t4", "t5", "t6", "t7");
    // Indexed in a shuffled order, so the order of writes cannot pass for the sort order.
    for (int i : new int[] {4, 1, 7, 3, 6, 2, 5}) {
      indexed(callCentreTender("t" + i).budget(i * 10_000L, null));
    }
    SearchQuery query = SearchQuery.matching("呼叫").sortedBy(Sort.ascending("budgetMin"));

    var pages = new ArrayList<SearchResult>();
    for (int page = 0; page < 4; page++) {
      pages.add(search(query.page(page, 3)));
    }

    assertThat(pages).allSatisfy(page -> assertThat(page.totalHits()).isEqualTo(7));
    assertThat(pages.get(0).ids()).containsExactly("t1", "t2", "t3");
    assertThat(pages.get(1).ids()).containsExactly("t4", "t5", "t6");
    assertThat(pages.get(2).ids()).containsExactly("t7");
    assertThat(pages.get(3).ids()).isEmpty();
    var all = new ArrayList<String>();
    pages.forEach(page -> all.addAll(page.ids()));
    assertThat(all).containsExactlyElementsOf(expectedOrder);
  }

  @Test
  @DisplayName("sorts both ways with documents lacking the field last")
  void sortsBothWaysWithMissingValuesLast() {
    indexed(
        tender("old").publishedAt(NOW.minus(Duration.ofDays(30))),
        tender("new").publishedAt(NOW),
        tender("unpublished").publishedAt(null),
        tender("middle").publishedAt(NOW.minus(Duration.ofDays(3))));

    assertThat(ids(SearchQuery.all().sortedBy(Sort.descending("publishedAt"))))
        .containsExactly("new", "middle", "old", "unpublished");
    assertThat(ids(SearchQuery.all().sortedBy(Sort.ascending("publishedAt"))))
        .containsExactly("old", "middle", "new", "unpublished");
  }

  @Test
  @DisplayName("sorts a keyword field, taking the smallest value ascending and largest descending")
  void sortsAKeywordField() {
    indexed(
        tender("a-and-z").inCategories("A", "Z"), tender("m").inCategories("M"), tender("none"));

    assertThat(ids(SearchQuery.all().sortedBy(Sort.ascending("categories"))))
        .containsExactly("a-and-z", "m", "none");
    assertThat(ids(SearchQuery.all().sortedBy(Sort.descending("categories"))))
        .containsExactly("a-and-z", "m", "none");
    assertThat(ids(SearchQuery.all().sortedBy(Sort.descending("id"))))
        .containsExactly("none", "m", "a-and-z");
  }

  @Test
  @DisplayName("breaks ties by id, so equal documents page stably")
  void breaksTiesById() {
    indexed(
        callCentreTender("c").budget(5L, null),
        callCentreTender("a").budget(5L, null),
        callCentreTender("b").budget(5L, null));

    assertThat(ids(SearchQuery.matching("呼叫").sortedBy(Sort.ascending("budgetMin"))))
        .containsExactly("a", "b", "c");
    assertThat(ids(SearchQuery.matching("呼叫"))).containsExactly("a", "b", "c");
  }

  @Test
  @DisplayName("scores hits only when sorting by relevance")
  void scoresHitsOnlyWhenSortingByRelevance() {
    indexed(callCentreTender("a").budget(1L, null));

    assertThat(search(SearchQuery.matching("呼叫")).hits().getFirst().score()).isPositive();
    assertThat(
            search(SearchQuery.matching("呼叫").sortedBy(Sort.ascending("budgetMin")))
                .hits()
                .getFirst()
                .score())
        .isNull();
  }

  @Test
  @DisplayName("a deleted document is no longer found")
  void aDeletedDocumentIsNoLongerFound() {
    indexed(callCentreTender("keep"), callCentreTender("gone"));

    engine.delete(index, List.of("gone", "never-indexed"));
    engine.refresh(index);

    SearchResult result = search(SearchQuery.matching("呼叫"));
    assertThat(result.ids()).containsExactly("keep");
    assertThat(result.totalHits()).isEqualTo(1);
  }

  @Test
  @DisplayName("re-indexing the same id replaces the document instead of adding one")
  void reindexingTheSameIdReplacesTheDocument() {
    indexed(tender("t").version(1).titled("Call center outsourcing"));
    indexed(tender("t").version(2).titled("Data annotation"));

    assertThat(search(SearchQuery.all()).totalHits()).isEqualTo(1);
    assertThat(ids(SearchQuery.matching("call"))).isEmpty();
    assertThat(search(SearchQuery.matching("annotation")).hits())
        .singleElement()
        .satisfies(hit -> assertThat(hit.string("title")).hasValue("Data annotation"));
  }

  @Test
  @DisplayName("a stale version loses against the newer document")
  void aStaleVersionLoses() {
    indexed(tender("t").version(5).titled("Newer title"));

    IndexingReport report =
        engine.index(
            index,
            List.of(
                tender("t").version(4).titled("Older title").searchDocument(),
                tender("t").version(5).titled("Same version").searchDocument(),
                tender("u").version(1).searchDocument()));
    engine.refresh(index);

    assertThat(report.indexed()).isEqualTo(1);
    assertThat(report.staleIds()).containsExactly("t", "t");
    assertThat(report.succeeded()).isTrue();
    assertThat(search(SearchQuery.all().filteredBy(Filter.anyOf("id", "t"))).hits())
        .singleElement()
        .satisfies(hit -> assertThat(hit.string("title")).hasValue("Newer title"));
  }

  @Test
  @DisplayName("later versions of one id in the same batch win in order")
  void laterVersionsInOneBatchWin() {
    IndexingReport report =
        engine.index(
            index,
            List.of(
                tender("t").version(1).titled("First").searchDocument(),
                tender("t").version(3).titled("Third").searchDocument(),
                tender("t").version(2).titled("Second").searchDocument()));
    engine.refresh(index);

    assertThat(report.indexed()).isEqualTo(2);
    assertThat(report.staleIds()).containsExactly("t");
    assertThat(search(SearchQuery.all()).hits())
        .singleElement()
        .satisfies(hit -> assertThat(hit.string("title")).hasValue("Third"));
  }

  @Test
  @DisplayName("returns stored fields with the types they were indexed with")
  void returnsStoredFieldsAsIndexed() {
    Instant deadline = Instant.parse("2026-04-30T15:59:59.999Z");
    indexed(
        tender("full")
            .titled("呼叫中心外包服务")
            .described("Bilingual 中英文 agents")
            .inCategories("BPO.CALL_CENTRE", "BPO.DATA")
            .forIndustry("INSURANCE")
            .inCity("宁波")
            .deliveredAs("ONSITE")
            .withStatus("PUBLISHED")
            .fromClient("client-7", "中国银行 Bank of China")
            .requiring("CMMI_3", "ISO_27001")
            .inLanguages("zh", "en")
            .withMinHeadcount(200L)
            .budget(500_000L, 9_000_000_000L)
            .closingAt(deadline.plusNanos(999))
            .publishedAt(NOW)
            .version(42));

    SearchHit hit = search(SearchQuery.all()).hits().getFirst();

    assertThat(hit.id()).isEqualTo("full");
    assertThat(hit.version()).isEqualTo(42);
    assertThat(hit.highlights()).isEmpty();
    assertThat(hit.fields())
        .isEqualTo(
            Map.ofEntries(
                Map.entry("id", "full"),
                Map.entry("title", "呼叫中心外包服务"),
                Map.entry("description", "Bilingual 中英文 agents"),
                Map.entry("categories", List.of("BPO.CALL_CENTRE", "BPO.DATA")),
                Map.entry("industry", "INSURANCE"),
                Map.entry("city", "宁波"),
                Map.entry("deliveryMode", "ONSITE"),
                Map.entry("status", "PUBLISHED"),
                Map.entry("clientId", "client-7"),
                Map.entry("clientName", "中国银行 Bank of China"),
                Map.entry("requiredCertifications", List.of("CMMI_3", "ISO_27001")),
                Map.entry("requiredLanguages", List.of("zh", "en")),
                Map.entry("minHeadcount", 200L),
                Map.entry("budgetMin", 500_000L),
                Map.entry("budgetMax", 9_000_000_000L),
                Map.entry("bidDeadline", deadline),
                Map.entry("publishedAt", NOW)));
    assertThat(hit.strings("categories")).containsExactly("BPO.CALL_CENTRE", "BPO.DATA");
    assertThat(hit.number("budgetMax")).hasValue(9_000_000_000L);
    assertThat(hit.instant("bidDeadline")).hasValue(deadline);
  }

  @Test
  @DisplayName("rejects a document with an undefined field and writes none of the batch")
  void rejectsADocumentWithAnUndefinedField() {
    var valid = tender("valid").searchDocument();
    var invalid = new SearchDocument("invalid", 1, Map.of("colour", "red"));

    assertThatThrownBy(() -> engine.index(index, List.of(valid, invalid)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("colour");
    engine.refresh(index);
    assertThat(search(SearchQuery.all()).totalHits()).isZero();
  }

  @Test
  @DisplayName("rejects a value of the wrong type")
  void rejectsAValueOfTheWrongType() {
    var document = new SearchDocument("d", 1, Map.of("budgetMin", "a lot"));

    assertThatThrownBy(() -> engine.index(index, List.of(document)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budgetMin");
  }

  @Test
  @DisplayName("rejects queries on undefined fields or sorting by text")
  void rejectsInvalidQueries() {
    assertThatThrownBy(() -> search(SearchQuery.all().filteredBy(Filter.anyOf("colour", "red"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> search(SearchQuery.all().filteredBy(Filter.anyOf("title", "x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
    assertThatThrownBy(() -> search(SearchQuery.all().sortedBy(Sort.ascending("title"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sort");
  }

  @Test
  @DisplayName("ensuring an existing index keeps its documents")
  void ensuringAnExistingIndexKeepsItsDocuments() {
    indexed(tender("kept"));

    engine.ensureIndex(index, TenderDocument.indexDefinition());
    engine.refresh(index);

    assertThat(ids(SearchQuery.all())).containsExactly("kept");
  }

  @Test
  @DisplayName("using an index that was never ensured is an error")
  void usingAnUnknownIndexIsAnError() {
    assertThatThrownBy(() -> search("never-ensured", SearchQuery.all()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ensureIndex");
  }

  @Test
  @DisplayName("an empty batch changes nothing")
  void anEmptyBatchChangesNothing() {
    assertThat(engine.index(index, List.of())).isEqualTo(IndexingReport.empty());
    engine.delete(index, List.of());
  }

  @Test
  @DisplayName("reports UP when it can serve requests")
  void reportsUp() {
    SearchHealth health = engine.health();

    assertThat(health.status()).isEqualTo(SearchHealth.Status.UP);
    assertThat(health.detail()).isNotBlank();
  }

  @Nested
  @DisplayName("relevance")
  class Relevance {

    @Test
    @DisplayName("ranks English words standing together above the same words scattered")
    void ranksAdjacentEnglishWordsAboveScatteredOnes() {
      // Same length, same words, same field: only adjacency tells them apart, and the id
      // tie-break alone would put the scattered one first.
      indexed(
          tender("a-scattered").titled("call data center services"),
          tender("b-adjacent").titled("call center data services"));

      assertThat(ids(SearchQuery.matching("call center")))
          .containsExactly("b-adjacent", "a-scattered");
    }

    @Test
    @DisplayName("ranks Chinese words standing together above the same words scattered")
    void ranksAdjacentChineseWordsAboveScatteredOnes() {
      indexed(tender("a-scattered").titled("中心城区呼叫服务"), tender("b-adjacent").titled("呼叫中心外包服务"));

      assertThat(ids(SearchQuery.matching("呼叫 中心"))).containsExactly("b-adjacent", "a-scattered");
    }

    @Test
    @DisplayName("ranks title, then client name, then description matches")
    void ranksTitleThenClientNameThenDescription() {
      indexed(
          tender("a-description").titled("Payroll").described("annotation of payroll data"),
          tender("b-client").titled("Payroll").fromClient("c", "Annotation Bureau"),
          tender("c-title").titled("Annotation"));

      assertThat(ids(SearchQuery.matching("annotation")))
          .containsExactly("c-title", "b-client", "a-description");
    }

    @Test
    @DisplayName("ranks by relevance within the filtered hits only")
    void ranksWithinFilteredHits() {
      indexed(
          tender("in-title").titled("Data annotation").inCity("宁波"),
          tender("in-description").titled("Payroll").described("data annotation").inCity("杭州"),
          tender("elsewhere").titled("Data annotation").inCity("温州"));

      assertThat(
              ids(SearchQuery.matching("annotation").filteredBy(Filter.anyOf("city", "宁波", "杭州"))))
          .containsExactly("in-title", "in-description");
    }
  }

  @Nested
  @DisplayName("hostile input")
  class HostileInput {

    @BeforeEach
    void corpus() {
      indexed(
          callCentreTender("call-centre"),
          tender("english").titled("Call Center Outsourcing"),
          tender("other").titled("数据处理"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
        strings = {
          "\"呼叫", "呼叫\"", "\"呼叫\"", "+呼叫", "-呼叫", "呼叫*", "呼叫?", "呼叫~", "(呼叫", "呼叫)", "[呼叫]", "{呼叫}",
          "呼叫^", "!呼叫", "呼叫\\", "/呼叫/", "呼叫 &&", "|| 呼叫"
        })
    @DisplayName("treats query syntax around a word as punctuation")
    void treatsQuerySyntaxAsPunctuation(String text) {
      assertThat(ids(SearchQuery.matching(text))).containsExactly("call-centre");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
        strings = {
          "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
          "\"",
          "\\",
          "*:*",
          "*",
          "?",
          "((((((",
          "\u0000",
          "<>"
        })
    @DisplayName("matches everything when the text is only syntax characters")
    void matchesEverythingForSyntaxOnly(String text) {
      assertThat(search(SearchQuery.matching(text)).totalHits()).isEqualTo(3);
    }

    @Test
    @DisplayName("does not read field names, operators or wildcards in the text")
    void doesNotReadFieldsOperatorsOrWildcards() {
      assertThat(ids(SearchQuery.matching("title:呼叫"))).isEmpty();
      assertThat(ids(SearchQuery.matching("呼叫 OR 数据"))).isEmpty();
      assertThat(ids(SearchQuery.matching("NOT 呼叫"))).isEmpty();
      assertThat(ids(SearchQuery.matching("outsourc*"))).isEmpty();
      assertThat(ids(SearchQuery.matching("call* center"))).containsExactly("english");
    }

    @Test
    @DisplayName("accepts the longest text and the most words the model allows")
    void acceptsTheLargestAllowedText() {
      assertThat(ids(SearchQuery.matching("呼".repeat(SearchQuery.MAX_TEXT_LENGTH)))).isEmpty();
      String words = String.join(" ", Collections.nCopies(SearchQuery.MAX_WORDS, "呼叫"));
      assertThat(ids(SearchQuery.matching(words))).containsExactly("call-centre");
      assertThat(ids(SearchQuery.matching("呼叫 \uD83D"))).containsExactly("call-centre");
    }

    @Test
    @DisplayName("takes filter values literally")
    void takesFilterValuesLiterally() {
      assertThat(ids(SearchQuery.all().filteredBy(Filter.anyOf("city", "*")))).isEmpty();
      assertThat(ids(SearchQuery.all().filteredBy(Filter.anyOf("city", "杭州\" OR \"x")))).isEmpty();
      assertThat(ids(SearchQuery.all().filteredBy(Filter.anyOf("id", "call-centre"))))
          .containsExactly("call-centre");
    }
  }

  @Nested
  @DisplayName("facets")
  class Facets {

    private static final Facet CITY = Facet.terms("city");
    private static final Facet CATEGORIES = Facet.terms("categories");
    private static final Facet STATUS = Facet.terms("status");

    @BeforeEach
    void corpus() {
      indexed(
          tender("t1")
              .titled("呼叫中心外包服务")
              .inCity("杭州")
              .inCategories("BPO.CALL_CENTRE")
              .withStatus("ACTIVE")
              .budget(10_000L, 50_000L),
          tender("t2")
              .titled("呼叫中心坐席外包")
              .inCity("宁波")
              .inCategories("BPO.CALL_CENTRE", "BPO.DATA")
              .withStatus("ACTIVE")
              .budget(100_000L, 500_000L),
          tender("t3")
              .titled("数据标注外包 Data annotation")
              .inCity("杭州")
              .inCategories("BPO.DATA")
              .withStatus("ACTIVE")
              .budget(null, 5_000_000L),
          tender("t4")
              .titled("Call center outsourcing for banks")
              .inCity("哈尔滨")
              .inCategories("BPO.CALL_CENTRE")
              .withStatus("EVALUATION")
              .budget(null, 20_000_000L),
          tender("t5")
              .titled("软件开发")
              .inCity("杭州")
              .inCategories("ITO.SOFTWARE")
              .withStatus("AWARDED")
              .budget(null, 100_000L),
          tender("t6")
              .titled("呼叫中心系统运维")
              .inCity("宁波")
              .inCategories("ITO.SOFTWARE", "BPO.CALL_CENTRE")
              .withStatus("ACTIVE"),
          tender("t7")
              .titled("财务外包 finance and accounting")
              .inCity("大庆")
              .inCategories("BPO.FINANCE")
              .withStatus("CANCELLED")
              .budget(null, 1_000_000L));
    }

    @Test
    @DisplayName("counts every value over all hits, most frequent first, ties by value")
    void countsEveryValueOverAllHits() {
      SearchResult result =
          search(SearchQuery.all().withFacets(CITY, CATEGORIES, TenderDocument.BUDGET_BANDS));

      assertThat(result.facets())
          .extracting(FacetResult::field)
          .containsExactly("city", "categories", "budgetMax");
      assertThat(counts(result, "city"))
          .containsExactly(entry("杭州", 3L), entry("宁波", 2L), entry("哈尔滨", 1L), entry("大庆", 1L));
      // A document counts once for each of its values.
      assertThat(counts(result, "categories"))
          .containsExactly(
              entry("BPO.CALL_CENTRE", 4L),
              entry("BPO.DATA", 2L),
              entry("ITO.SOFTWARE", 2L),
              entry("BPO.FINANCE", 1L));
      // Lower bounds are inclusive (t5 at 100 000, t7 at 1 000 000); t6 has no budget.
      assertThat(counts(result, "budgetMax"))
          .containsExactly(
              entry("UNDER_100K", 1L),
              entry("100K_TO_1M", 2L),
              entry("1M_TO_10M", 2L),
              entry("10M_AND_MORE", 1L));
    }

    @Test
    @DisplayName("counts only the hits of the text and the filters")
    void countsOnlyTheHits() {
      SearchResult result =
          search(
              SearchQuery.matching("呼叫")
                  .filteredBy(Filter.anyOf("status", "ACTIVE"))
                  .withFacets(CITY, TenderDocument.BUDGET_BANDS));

      assertThat(result.ids()).containsExactlyInAnyOrder("t1", "t2", "t6");
      assertThat(counts(result, "city")).containsExactly(entry("宁波", 2L), entry("杭州", 1L));
      assertThat(counts(result, "budgetMax"))
          .containsExactly(
              entry("UNDER_100K", 1L),
              entry("100K_TO_1M", 1L),
              entry("1M_TO_10M", 0L),
              entry("10M_AND_MORE", 0L));
    }

    @Test
    @DisplayName("a facet ignores the filter on its own field and applies all others")
    void aFacetIgnoresItsOwnFilter() {
      SearchResult inHangzhou =
          search(SearchQuery.all().filteredBy(Filter.anyOf("city", "杭州")).withFacets(CITY, STATUS));

      assertThat(inHangzhou.totalHits()).isEqualTo(3);
      assertThat(counts(inHangzhou, "city"))
          .containsExactly(entry("杭州", 3L), entry("宁波", 2L), entry("哈尔滨", 1L), entry("大庆", 1L));
      assertThat(counts(inHangzhou, "status"))
          .containsExactly(entry("ACTIVE", 2L), entry("AWARDED", 1L));

      SearchResult activeInHangzhou =
          search(
              SearchQuery.all()
                  .filteredBy(Filter.anyOf("city", "杭州"), Filter.anyOf("status", "ACTIVE"))
                  .withFacets(CITY, STATUS));

      assertThat(activeInHangzhou.ids()).containsExactlyInAnyOrder("t1", "t3");
      assertThat(counts(activeInHangzhou, "city"))
          .containsExactly(entry("宁波", 2L), entry("杭州", 2L));
      assertThat(counts(activeInHangzhou, "status"))
          .containsExactly(entry("ACTIVE", 2L), entry("AWARDED", 1L));
    }

    @Test
    @DisplayName("a range facet ignores a range filter on its own field")
    void aRangeFacetIgnoresItsOwnFilter() {
      SearchResult result =
          search(
              SearchQuery.all()
                  .filteredBy(Filter.between("budgetMax", 100_000, 999_999))
                  .withFacets(TenderDocument.BUDGET_BANDS, CITY));

      assertThat(result.ids()).containsExactlyInAnyOrder("t2", "t5");
      assertThat(counts(result, "budgetMax"))
          .containsExactly(
              entry("UNDER_100K", 1L),
              entry("100K_TO_1M", 2L),
              entry("1M_TO_10M", 2L),
              entry("10M_AND_MORE", 1L));
      assertThat(counts(result, "city")).containsExactly(entry("宁波", 1L), entry("杭州", 1L));
    }

    @Test
    @DisplayName("a facet with its own filter still counts within the text")
    void aFacetWithItsOwnFilterStillCountsWithinTheText() {
      SearchResult result =
          search(
              SearchQuery.matching("外包").filteredBy(Filter.anyOf("city", "宁波")).withFacets(CITY));

      assertThat(result.ids()).containsExactly("t2");
      assertThat(counts(result, "city"))
          .containsExactly(entry("杭州", 2L), entry("大庆", 1L), entry("宁波", 1L));
    }

    @Test
    @DisplayName("text, a filter no facet counts and two faceted filters: each facet drops its own")
    void mixesPlainAndFacetedFilters() {
      SearchResult result =
          search(
              SearchQuery.matching("外包")
                  .filteredBy(
                      Filter.anyOf("status", "ACTIVE"),
                      Filter.anyOf("city", "杭州"),
                      Filter.anyOf("categories", "BPO.DATA"))
                  .withFacets(CITY, CATEGORIES));

      // The text and ACTIVE leave t1, t2, t3; the city and the category leave t3, scored.
      assertThat(result.ids()).containsExactly("t3");
      assertThat(result.totalHits()).isEqualTo(1);
      assertThat(result.hits().getFirst().score()).isPositive();
      // Cities of t2 and t3 (category BPO.DATA); categories of t1 and t3 (in 杭州).
      assertThat(counts(result, "city")).containsExactly(entry("宁波", 1L), entry("杭州", 1L));
      assertThat(counts(result, "categories"))
          .containsExactly(entry("BPO.CALL_CENTRE", 1L), entry("BPO.DATA", 1L));

      // Faceting the status too: the same hits and counts, and the status counted under the others.
      SearchResult allFaceted =
          search(
              SearchQuery.matching("外包")
                  .filteredBy(
                      Filter.anyOf("status", "ACTIVE"),
                      Filter.anyOf("city", "杭州"),
                      Filter.anyOf("categories", "BPO.DATA"))
                  .withFacets(CITY, CATEGORIES, STATUS));

      assertThat(allFaceted.ids()).containsExactly("t3");
      assertThat(counts(allFaceted, "city")).isEqualTo(counts(result, "city"));
      assertThat(counts(allFaceted, "categories")).isEqualTo(counts(result, "categories"));
      assertThat(counts(allFaceted, "status")).containsExactly(entry("ACTIVE", 1L));
    }

    @Test
    @DisplayName("returns the most frequent values up to the facet's size")
    void returnsUpToTheFacetSize() {
      SearchResult result = search(SearchQuery.all().withFacets(Facet.terms("city", 2)));

      assertThat(counts(result, "city")).containsExactly(entry("杭州", 3L), entry("宁波", 2L));
    }

    @Test
    @DisplayName("counts nothing when nothing matches, and still lists every band")
    void countsNothingWithoutHits() {
      SearchResult result =
          search(SearchQuery.matching("不存在").withFacets(CITY, TenderDocument.BUDGET_BANDS));

      assertThat(result.totalHits()).isZero();
      assertThat(result.facet("city")).hasValueSatisfying(f -> assertThat(f.counts()).isEmpty());
      assertThat(counts(result, "budgetMax").values()).containsOnly(0L).hasSize(4);
    }

    @Test
    @DisplayName("the page does not change the counts")
    void thePageDoesNotChangeTheCounts() {
      SearchQuery query = SearchQuery.all().withFacets(CITY).sortedBy(Sort.ascending("id"));

      assertThat(counts(search(query.page(3, 2)), "city"))
          .isEqualTo(counts(search(query.page(0, 2)), "city"));
      assertThat(search(query.page(3, 2)).ids()).containsExactly("t7");
    }

    @Test
    @DisplayName("rejects facets on fields that cannot be counted")
    void rejectsFacetsOnUncountableFields() {
      assertThatThrownBy(() -> search(SearchQuery.all().withFacets(Facet.terms("title"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("facets")
          .hasMessageContaining("title");
      assertThatThrownBy(
              () ->
                  search(
                      SearchQuery.all()
                          .withFacets(Facet.ranges("city", Facet.Range.below("low", 1)))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("facets");
      assertThatThrownBy(() -> search(SearchQuery.all().withFacets(Facet.terms("colour"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("colour");
    }
  }

  @Nested
  @DisplayName("highlights")
  class Highlights {

    @Test
    @DisplayName("marks a Chinese word inside longer text, in title and description")
    void marksChineseInsideWords() {
      indexed(callCentreTender("t"));

      SearchHit hit =
          search(SearchQuery.matching("呼叫").highlighting("title", "description")).hits().getFirst();

      assertThat(hit.highlights())
          .containsOnly(
              entry("title", "<mark>呼叫</mark>中心外包服务"),
              entry("description", "为银行客户提供7x24小时<mark>呼叫</mark>中心坐席服务"));
    }

    @Test
    @DisplayName("marks English words case-insensitively, each word on its own")
    void marksEnglishWordsCaseInsensitively() {
      indexed(tender("t").titled("Call Center Outsourcing for Retail Banks"));

      assertThat(highlight(SearchQuery.matching("call CENTER"), "title"))
          .isEqualTo("<mark>Call</mark> <mark>Center</mark> Outsourcing for Retail Banks");
      assertThat(highlight(SearchQuery.matching("BANKS"), "title"))
          .isEqualTo("Call Center Outsourcing for Retail <mark>Banks</mark>");
    }

    @Test
    @DisplayName("marks a phrase word as one match, and every place it occurs")
    void marksAPhraseAsOneMatch() {
      indexed(
          tender("t")
              .titled("Call-center operations")
              .described("A call center, not a center for calls; call centre agents"));

      assertThat(highlight(SearchQuery.matching("call-center"), "title"))
          .isEqualTo("<mark>Call-center</mark> operations");
      assertThat(highlight(SearchQuery.matching("call-center"), "description"))
          .isEqualTo("A <mark>call center</mark>, not a center for calls; call centre agents");
    }

    @Test
    @DisplayName("marks mixed Chinese and English text")
    void marksMixedText() {
      indexed(tender("t").titled("Bilingual 中英文 call agents"));

      assertThat(highlight(SearchQuery.matching("中英 agents"), "title"))
          .isEqualTo("Bilingual <mark>中英</mark>文 call <mark>agents</mark>");
    }

    @Test
    @DisplayName("escapes the text so it can be inserted into HTML as it is")
    void escapesTheText() {
      indexed(tender("t").titled("<b>呼叫</b> & \"中心\" 'x' <script>alert(1)</script>"));

      assertThat(highlight(SearchQuery.matching("呼叫"), "title"))
          .isEqualTo(
              "&lt;b&gt;<mark>呼叫</mark>&lt;/b&gt; &amp; &quot;中心&quot; &#39;x&#39;"
                  + " &lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    @DisplayName("cuts long text to a window around the first match")
    void cutsLongTextAroundTheFirstMatch() {
      indexed(
          tender("t")
              .described("甲".repeat(300) + "呼叫中心" + "乙".repeat(300) + "呼叫" + "丙".repeat(10)));

      String lead = "甲".repeat(SearchHit.SNIPPET_LENGTH / 4);
      String tail = "乙".repeat(SearchHit.SNIPPET_LENGTH - lead.length() - "呼叫中心".length());
      assertThat(highlight(SearchQuery.matching("呼叫"), "description"))
          .isEqualTo("…" + lead + "<mark>呼叫</mark>中心" + tail + "…");
    }

    @Test
    @DisplayName("looks for matches in the first 10000 characters of a long text only")
    void looksForMatchesInTheFirstPartOfALongText() {
      indexed(
          tender("early").described("呼叫" + "甲".repeat(12_000) + "呼叫"),
          tender("late").described("乙".repeat(12_000) + "呼叫"));

      SearchResult result =
          search(
              SearchQuery.matching("呼叫")
                  .highlighting("description")
                  .sortedBy(Sort.ascending("id")));

      assertThat(result.ids()).containsExactly("early", "late");
      assertThat(result.hits().get(0).highlight("description"))
          .hasValue("<mark>呼叫</mark>" + "甲".repeat(SearchHit.SNIPPET_LENGTH - 2) + "…");
      assertThat(result.hits().get(1).highlight("description"))
          .hasValue("乙".repeat(SearchHit.SNIPPET_LENGTH) + "…");
    }

    @Test
    @DisplayName("gives an unmarked snippet of a requested field without a match")
    void givesUnmarkedSnippetsWithoutAMatch() {
      indexed(
          tender("t").titled("Payroll & HR").described("呼叫" + "中".repeat(200)),
          tender("no-description").titled("呼叫 only in the title"));

      SearchResult result =
          search(
              SearchQuery.matching("呼叫")
                  .highlighting("title", "description")
                  .sortedBy(Sort.ascending("id")));

      assertThat(result.hits().get(0).highlights()).containsOnlyKeys("title");
      assertThat(result.hits().get(1).highlight("title")).hasValue("Payroll &amp; HR");
      assertThat(result.hits().get(1).highlight("description"))
          .hasValue("<mark>呼叫</mark>" + "中".repeat(SearchHit.SNIPPET_LENGTH - 2) + "…");
    }

    @Test
    @DisplayName("gives unmarked snippets when there is no text to match")
    void givesUnmarkedSnippetsWithoutText() {
      indexed(callCentreTender("t"));

      assertThat(search(SearchQuery.all().highlighting("title")).hits().getFirst().highlights())
          .containsOnly(entry("title", "呼叫中心外包服务"));
    }

    @Test
    @DisplayName("marks only what matched in the field itself")
    void marksOnlyTheFieldsOwnMatches() {
      indexed(tender("t").titled("呼叫中心").described("数据 and 呼叫"));

      SearchHit hit =
          search(SearchQuery.matching("数据").highlighting("title", "description")).hits().getFirst();

      assertThat(hit.highlights())
          .containsOnly(entry("title", "呼叫中心"), entry("description", "<mark>数据</mark> and 呼叫"));
    }

    @Test
    @DisplayName("rejects highlighting a field that is not text")
    void rejectsHighlightingNonText() {
      assertThatThrownBy(() -> search(SearchQuery.matching("x").highlighting("city")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("highlight");
    }

    private String highlight(SearchQuery query, String field) {
      return search(query.highlighting(field)).hits().getFirst().highlight(field).orElseThrow();
    }
  }

  @Nested
  @DisplayName("rebuilding behind an alias")
  class Rebuilding {

    private String alias;

    @BeforeEach
    void name() {
      alias = "contract-alias-" + UUID.randomUUID();
    }

    @AfterEach
    void dropAlias() {
      engine.deleteIndex(alias);
      engine.deleteIndex(alias + "-v1");
      engine.deleteIndex(alias + "-v2");
    }

    @Test
    @DisplayName("a new alias serves version 1 of its index")
    void aNewAliasServesVersionOne() {
      engine.ensureAlias(alias, TenderDocument.indexDefinition());
      engine.ensureAlias(alias, TenderDocument.indexDefinition());

      assertThat(engine.aliasTarget(alias)).hasValue(alias + "-v1");
      assertThat(engine.indexVersions(alias)).containsExactly(alias + "-v1");
      indexedInto(alias, callCentreTender("t"));
      assertThat(engine.search(alias, SearchQuery.matching("呼叫")).ids()).containsExactly("t");
      assertThat(engine.search(alias + "-v1", SearchQuery.matching("呼叫")).ids())
          .containsExactly("t");
    }

    @Test
    @DisplayName("searches keep answering from the old version until the swap serves the new one")
    void searchesKeepAnsweringDuringARebuild() throws Exception {
      engine.ensureAlias(alias, TenderDocument.indexDefinition());
      var old = new ArrayList<Tender>();
      for (int i = 0; i < 10; i++) {
        old.add(callCentreTender("old-" + i));
      }
      indexedInto(alias, old.toArray(Tender[]::new));

      String next = engine.createIndexVersion(alias, TenderDocument.indexDefinition());
      assertThat(next).isEqualTo(alias + "-v2");
      var seen = ConcurrentHashMap.<Long>newKeySet();
      var failures = new CopyOnWriteArrayList<Throwable>();
      var rebuilding = new AtomicBoolean(true);
      Thread searcher =
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (rebuilding.get()) {
                      try {
                        seen.add(engine.search(alias, SearchQuery.matching("呼叫")).totalHits());
                      } catch (RuntimeException e) {
                        failures.add(e);
                      }
                    }
                  });
      try {
        for (int batch = 0; batch < 10; batch++) {
          var documents = new ArrayList<SearchDocument>();
          for (int i = 0; i < 200; i++) {
            documents.add(callCentreTender("new-" + (batch * 200 + i)).searchDocument());
          }
          assertThat(engine.index(next, documents).succeeded()).isTrue();
        }
        engine.refresh(next);
        assertThat(engine.search(alias, SearchQuery.matching("呼叫")).totalHits()).isEqualTo(10);

        Optional<String> previous = engine.swapAlias(alias, next);

        assertThat(previous).hasValue(alias + "-v1");
        assertThat(engine.search(alias, SearchQuery.matching("呼叫")).totalHits()).isEqualTo(2000);
        engine.deleteIndex(previous.orElseThrow());
        assertThat(engine.search(alias, SearchQuery.matching("呼叫")).totalHits()).isEqualTo(2000);
      } finally {
        rebuilding.set(false);
        searcher.join(Duration.ofSeconds(30).toMillis());
      }
      assertThat(failures).isEmpty();
      assertThat(seen).isSubsetOf(10L, 2000L).contains(10L);
      assertThat(engine.aliasTarget(alias)).hasValue(next);
      assertThat(engine.indexVersions(alias)).containsExactly(next);
    }

    @Test
    @DisplayName("writes to the alias during a rebuild reach the old and the new version")
    void writesDuringARebuildReachBothVersions() {
      engine.ensureAlias(alias, TenderDocument.indexDefinition());
      indexedInto(alias, callCentreTender("gone"));
      String next = engine.createIndexVersion(alias, TenderDocument.indexDefinition());
      engine.index(next, List.of(callCentreTender("gone").searchDocument()));

      IndexingReport report =
          engine.index(alias, List.of(callCentreTender("written-during-rebuild").searchDocument()));
      engine.delete(alias, List.of("gone"));
      engine.refresh(alias);
      engine.refresh(next);

      assertThat(report.indexed()).isEqualTo(1);
      assertThat(report.succeeded()).isTrue();
      assertThat(engine.search(alias, SearchQuery.all()).ids())
          .containsExactly("written-during-rebuild");
      assertThat(engine.search(next, SearchQuery.all()).ids())
          .containsExactly("written-during-rebuild");
    }

    @Test
    @DisplayName("concurrent writes during a rebuild survive the swap, the newer version winning")
    void concurrentWritesSurviveTheSwap() throws Exception {
      engine.ensureAlias(alias, TenderDocument.indexDefinition());
      int count = 500;
      var original = new ArrayList<SearchDocument>();
      for (int i = 0; i < count; i++) {
        original.add(callCentreTender(String.format("t%03d", i)).version(1).searchDocument());
      }
      engine.index(alias, original);
      String next = engine.createIndexVersion(alias, TenderDocument.indexDefinition());

      try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
        // The loader copies the database as read before the amendments: every tender at version 1.
        Future<?> loader =
            pool.submit(
                () -> {
                  for (int from = 0; from < count; from += 50) {
                    engine.index(next, original.subList(from, from + 50));
                  }
                });
        // Meanwhile the relay writes amendments through the alias, in small batches: every fifth
        // tender, at version 2.
        Future<?> relay =
            pool.submit(
                () -> {
                  for (int from = 0; from < count; from += 50) {
                    var amendments = new ArrayList<SearchDocument>();
                    for (int i = from; i < from + 50; i += 5) {
                      amendments.add(
                          tender(String.format("t%03d", i))
                              .version(2)
                              .titled("amended")
                              .searchDocument());
                    }
                    engine.index(alias, amendments);
                  }
                });
        loader.get(2, TimeUnit.MINUTES);
        relay.get(2, TimeUnit.MINUTES);
      }
      engine.refresh(next);
      engine.swapAlias(alias, next);

      List<DocumentVersion> versions = engine.idsAndVersions(alias, 100).toList();
      assertThat(versions).hasSize(count);
      assertThat(versions)
          .allSatisfy(
              version ->
                  assertThat(version.version())
                      .isEqualTo(Integer.parseInt(version.id().substring(1)) % 5 == 0 ? 2 : 1));
      assertThat(engine.search(alias, SearchQuery.matching("amended")).totalHits()).isEqualTo(100);
    }

    @Test
    @DisplayName("the first swap replaces a plain index that carries the alias's name")
    void theFirstSwapReplacesAPlainIndex() {
      engine.ensureIndex(alias, TenderDocument.indexDefinition());
      indexedInto(alias, tender("plain"));
      assertThat(engine.aliasTarget(alias)).isEmpty();

      String first = engine.createIndexVersion(alias, TenderDocument.indexDefinition());
      engine.index(first, List.of(tender("versioned").searchDocument()));
      engine.refresh(first);

      assertThat(engine.swapAlias(alias, first)).isEmpty();
      assertThat(engine.aliasTarget(alias)).hasValue(alias + "-v1");
      assertThat(engine.search(alias, SearchQuery.all()).ids()).containsExactly("versioned");
    }

    @Test
    @DisplayName("a write to a plain index reaches a version being built for its name")
    void aWriteToAPlainIndexReachesItsNewVersion() {
      engine.ensureIndex(alias, TenderDocument.indexDefinition());
      String first = engine.createIndexVersion(alias, TenderDocument.indexDefinition());

      indexedInto(alias, tender("during"));
      engine.refresh(first);

      assertThat(engine.search(first, SearchQuery.all()).ids()).containsExactly("during");
    }

    @Test
    @DisplayName("refuses to drop the version an alias serves, or to swap in what is no version")
    void refusesUnsafeChanges() {
      engine.ensureAlias(alias, TenderDocument.indexDefinition());

      assertThatThrownBy(() -> engine.deleteIndex(alias + "-v1"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("swap");
      assertThatThrownBy(() -> engine.swapAlias(alias, index))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("version");
      assertThatThrownBy(() -> engine.swapAlias(alias, alias + "-v2"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("createIndexVersion");
      assertThat(engine.aliasTarget(alias)).hasValue(alias + "-v1");
    }

    @Test
    @DisplayName("dropping the alias drops every version")
    void droppingTheAliasDropsEveryVersion() {
      engine.ensureAlias(alias, TenderDocument.indexDefinition());
      engine.createIndexVersion(alias, TenderDocument.indexDefinition());

      engine.deleteIndex(alias);

      assertThat(engine.aliasTarget(alias)).isEmpty();
      assertThat(engine.indexVersions(alias)).isEmpty();
    }

    private void indexedInto(String target, Tender... tenders) {
      List<SearchDocument> documents = Arrays.stream(tenders).map(Tender::searchDocument).toList();
      assertThat(engine.index(target, documents).succeeded()).isTrue();
      engine.refresh(target);
    }
  }

  @Nested
  @DisplayName("scanning ids and versions")
  class Scanning {

    @Test
    @DisplayName("walks every document in ascending id order, page by page")
    void walksEveryDocumentInIdOrder() {
      var tenders = new ArrayList<Tender>();
      for (int i : new int[] {7, 3, 24, 0, 11, 19, 5, 1, 2, 4, 6, 8, 9, 10, 12}) {
        tenders.add(tender(String.format("d%02d", i)).version(i + 1));
      }
      for (int i = 13; i < 24; i++) {
        if (i != 19) {
          tenders.add(tender(String.format("d%02d", i)).version(i + 1));
        }
      }
      indexed(tenders.toArray(Tender[]::new));

      DocumentVersionPage first = engine.scanIdsAndVersions(index, null, 10);
      DocumentVersionPage second =
          engine.scanIdsAndVersions(index, first.nextAfter().orElseThrow(), 10);
      DocumentVersionPage third =
          engine.scanIdsAndVersions(index, second.nextAfter().orElseThrow(), 10);

      assertThat(first.versions()).hasSize(10).first().isEqualTo(new DocumentVersion("d00", 1));
      assertThat(first.last()).isFalse();
      assertThat(second.versions().getFirst()).isEqualTo(new DocumentVersion("d10", 11));
      assertThat(third.versions())
          .containsExactly(
              new DocumentVersion("d20", 21),
              new DocumentVersion("d21", 22),
              new DocumentVersion("d22", 23),
              new DocumentVersion("d23", 24),
              new DocumentVersion("d24", 25));
      assertThat(third.last()).isTrue();
      assertThat(third.nextAfter()).isEmpty();
    }

    @Test
    @DisplayName("streams the current state: new versions, without deleted documents")
    void streamsTheCurrentState() {
      indexed(tender("a").version(1), tender("b").version(1), tender("c").version(1));
      indexed(tender("b").version(7));
      engine.delete(index, List.of("c"));
      engine.refresh(index);

      assertThat(engine.idsAndVersions(index, 1).toList())
          .containsExactly(new DocumentVersion("a", 1), new DocumentVersion("b", 7));
      assertThat(engine.scanIdsAndVersions(index, "b", 5).versions()).isEmpty();
    }

    @Test
    @DisplayName("an empty index has one empty last page")
    void anEmptyIndexHasOneEmptyPage() {
      DocumentVersionPage page = engine.scanIdsAndVersions(index, null, 100);

      assertThat(page.versions()).isEmpty();
      assertThat(page.last()).isTrue();
      assertThat(engine.idsAndVersions(index, 100)).isEmpty();
    }

    @Test
    @DisplayName("refuses page sizes outside 1 to 10000")
    void refusesBadPageSizes() {
      assertThatThrownBy(() -> engine.scanIdsAndVersions(index, null, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("pageSize");
      assertThatThrownBy(() -> engine.scanIdsAndVersions(index, null, 10_001))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("pageSize");
    }
  }

  @Nested
  @DisplayName("vendors and parks")
  class VendorsAndParks {

    private String vendors;
    private String parks;

    @BeforeEach
    void indexes() {
      vendors = "contract-vendors-" + UUID.randomUUID();
      parks = "contract-parks-" + UUID.randomUUID();
      engine.ensureIndex(vendors, FirmDocument.indexDefinition());
      engine.ensureIndex(parks, ParkDocument.indexDefinition());
    }

    @AfterEach
    void dropIndexes() {
      engine.deleteIndex(vendors);
      engine.deleteIndex(parks);
    }

    @Test
    @DisplayName("finds vendors by Chinese or English name and counts their certifications")
    void findsVendors() {
      write(
          vendors,
          FirmFixture.firm("f1")
              .named("哈尔滨华信软件有限公司", "Harbin Huaxin Software Co., Ltd.")
              .described("CMMI 5 级软件开发与测试")
              .capableOf("ITO.SOFTWARE")
              .certified("CMMI_5", "ISO_27001")
              .speaking("zh", "en")
              .searchDocument(),
          FirmFixture.firm("f2")
              .named("大庆呼叫中心服务有限公司", "Daqing Call Center Services")
              .capableOf("BPO.CALL_CENTRE")
              .certified("ISO_27001")
              .inCity("大庆")
              .speaking("zh", "ja")
              .serving("JAPAN")
              .withHeadcount(900, "SCALE")
              .searchDocument(),
          FirmFixture.firm("f3")
              .named("齐齐哈尔数据科技", "Qiqihar Data Tech")
              .described("软件外包与数据处理")
              .capableOf("BPO.DATA", "ITO.SOFTWARE")
              .certified("CMMI_3")
              .inCity("齐齐哈尔")
              .searchDocument());

      assertThat(engine.search(vendors, SearchQuery.matching("软件")).ids())
          .containsExactly("f1", "f3");
      assertThat(engine.search(vendors, SearchQuery.matching("call CENTER")).ids())
          .containsExactly("f2");
      SearchResult certified =
          engine.search(
              vendors,
              SearchQuery.all()
                  .filteredBy(
                      Filter.anyOf(FirmDocument.CERTIFICATIONS, "CMMI_5", "CMMI_3"),
                      Filter.anyOf(FirmDocument.LANGUAGES, "zh"))
                  .withFacets(
                      Facet.terms(FirmDocument.CERTIFICATIONS),
                      Facet.terms(FirmDocument.CAPABILITIES))
                  .highlighting(FirmDocument.NAME_ZH));
      assertThat(certified.ids()).containsExactly("f1", "f3");
      assertThat(counts(certified, FirmDocument.CERTIFICATIONS))
          .containsExactly(entry("ISO_27001", 2L), entry("CMMI_3", 1L), entry("CMMI_5", 1L));
      assertThat(counts(certified, FirmDocument.CAPABILITIES))
          .containsExactly(entry("ITO.SOFTWARE", 2L), entry("BPO.DATA", 1L));
      assertThat(
              engine
                  .search(
                      vendors,
                      SearchQuery.all()
                          .filteredBy(Filter.atLeast(FirmDocument.HEADCOUNT, 800))
                          .sortedBy(Sort.descending(FirmDocument.HEADCOUNT)))
                  .ids())
          .containsExactly("f2");
    }

    @Test
    @DisplayName("finds parks by name and counts them by level and available area")
    void findsParks() {
      write(
          parks,
          ParkFixture.park("p1")
              .named("哈尔滨服务外包产业园", "Harbin Service Outsourcing Industrial Park")
              .atLevel("NATIONAL_DEMONSTRATION")
              .offering(12_000L, 800L)
              .searchDocument(),
          ParkFixture.park("p2")
              .named("大庆服务外包园", "Daqing Outsourcing Park")
              .inCity("大庆")
              .atLevel("PROVINCIAL_DEMONSTRATION")
              .offering(3_000L, 200L)
              .searchDocument(),
          ParkFixture.park("p3")
              .named("牡丹江软件园", "Mudanjiang Software Park")
              .inCity("牡丹江")
              .offering(0L, 0L)
              .searchDocument());
      Facet.Ranges area =
          Facet.ranges(
              ParkDocument.AVAILABLE_AREA,
              Facet.Range.below("UNDER_1000", 1_000),
              Facet.Range.between("1000_TO_10000", 1_000, 10_000),
              Facet.Range.atLeast("10000_AND_MORE", 10_000));

      SearchResult result =
          engine.search(
              parks,
              SearchQuery.matching("服务外包")
                  .withFacets(Facet.terms(ParkDocument.LEVEL), area)
                  .highlighting(ParkDocument.NAME_ZH, ParkDocument.NAME_EN));

      assertThat(result.ids()).containsExactly("p2", "p1");
      assertThat(counts(result, ParkDocument.LEVEL))
          .containsExactly(
              entry("NATIONAL_DEMONSTRATION", 1L), entry("PROVINCIAL_DEMONSTRATION", 1L));
      assertThat(counts(result, ParkDocument.AVAILABLE_AREA))
          .containsExactly(
              entry("UNDER_1000", 0L), entry("1000_TO_10000", 1L), entry("10000_AND_MORE", 1L));
      assertThat(result.hits().getFirst().highlights())
          .containsOnly(
              entry(ParkDocument.NAME_ZH, "大庆<mark>服务外包</mark>园"),
              entry(ParkDocument.NAME_EN, "Daqing Outsourcing Park"));
    }

    private void write(String target, SearchDocument... documents) {
      assertThat(engine.index(target, List.of(documents)).succeeded()).isTrue();
      engine.refresh(target);
    }
  }

  private void indexed(Tender... tenders) {
    List<SearchDocument> documents = Arrays.stream(tenders).map(Tender::searchDocument).toList();
    IndexingReport report = engine.index(index, documents);
    assertThat(report.failures()).isEmpty();
    assertThat(report.staleIds()).isEmpty();
    engine.refresh(index);
  }

  private SearchResult search(SearchQuery query) {
    return search(index, query);
  }

  private SearchResult search(String target, SearchQuery query) {
    return engine.search(target, query);
  }

  private List<String> ids(SearchQuery query) {
    return search(query).ids();
  }

  private static Map<String, Long> counts(SearchResult result, String field) {
    return result.facet(field).orElseThrow().asMap();
  }
}
