package dev.waibao.searchindex.contract;

import static dev.waibao.searchindex.contract.TenderFixture.NOW;
import static dev.waibao.searchindex.contract.TenderFixture.callCentreTender;
import static dev.waibao.searchindex.contract.TenderFixture.tender;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waibao.searchindex.Filter;
import dev.waibao.searchindex.IndexingReport;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link SearchEngine} must do, run unchanged against each engine so the embedded and
 * the scale deployment find the same tenders. Each test gets its own index.
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
            .budget(500_000L, 9_000_000_000L)
            .closingAt(deadline.plusNanos(999))
            .publishedAt(NOW));

    SearchHit hit = search(SearchQuery.all()).hits().getFirst();

    assertThat(hit.id()).isEqualTo("full");
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
}
