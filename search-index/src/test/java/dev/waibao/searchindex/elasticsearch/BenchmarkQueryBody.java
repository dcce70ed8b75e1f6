package dev.waibao.searchindex.elasticsearch;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import dev.waibao.searchindex.Facet;
import dev.waibao.searchindex.Filter;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.Sort;
import dev.waibao.searchindex.TenderDocument;
import java.util.List;

/**
 * Prints the body the Elasticsearch engine sends for the benchmark's tender search (text, three
 * filters, the search API's facets, highlights), so the load script can send the very same body
 * straight to Elasticsearch as its baseline. Not a test: run by deploy/perf.
 *
 * <p>Arguments: text, city, status, delivery mode (as the API's query parameters).
 */
public final class BenchmarkQueryBody {

  private BenchmarkQueryBody() {}

  public static void main(String[] args) {
    String text = args.length > 0 ? args[0] : "数据 platform";
    String city = args.length > 1 ? args[1] : "harbin";
    String status = args.length > 2 ? args[2] : "AWARDED";
    String mode = args.length > 3 ? args[3] : "ONSHORE";
    // As SearchController builds it for /api/search/tenders.
    SearchQuery query =
        new SearchQuery(
                text,
                List.of(
                    Filter.anyOf(TenderDocument.CITY, city),
                    Filter.anyOf(TenderDocument.STATUS, status),
                    Filter.anyOf(TenderDocument.DELIVERY_MODE, mode)),
                0,
                20,
                Sort.relevance())
            .withFacets(
                Facet.terms(TenderDocument.CATEGORIES, 20),
                Facet.terms(TenderDocument.INDUSTRY, 20),
                Facet.terms(TenderDocument.CITY, 20),
                Facet.terms(TenderDocument.DELIVERY_MODE),
                Facet.terms(TenderDocument.STATUS),
                TenderDocument.BUDGET_BANDS)
            .highlighting(TenderDocument.TITLE, TenderDocument.DESCRIPTION);
    var request =
        ElasticsearchSearchEngine.request(
            TenderDocument.INDEX, TenderDocument.indexDefinition(), query);
    System.out.println(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
  }
}
