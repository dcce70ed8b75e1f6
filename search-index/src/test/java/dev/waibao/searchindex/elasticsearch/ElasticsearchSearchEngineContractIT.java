package dev.waibao.searchindex.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.contract.SearchEngineContract;
import dev.waibao.searchindex.testing.ElasticsearchTestServer;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Elasticsearch: search engine contract")
class ElasticsearchSearchEngineContractIT extends SearchEngineContract {

  private ElasticsearchClient client;

  @Override
  protected SearchEngine createEngine() {
    client =
        ElasticsearchClientFactory.create(ElasticsearchTestServer.shared().baseUrl().toString());
    return new ElasticsearchSearchEngine(client);
  }

  @Override
  protected void closeEngine(SearchEngine engine) throws Exception {
    engine.close();
    client.close();
  }
}
