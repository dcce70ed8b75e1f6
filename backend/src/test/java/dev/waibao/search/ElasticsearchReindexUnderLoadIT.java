package dev.waibao.search;

import dev.waibao.searchindex.testing.ElasticsearchTestServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;

@MicronautTest(transactional = false)
class ElasticsearchReindexUnderLoadIT extends ReindexUnderLoadContract {

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("waibao.search.engine", "elasticsearch");
    properties.put(
        "waibao.search.elasticsearch-url", ElasticsearchTestServer.shared().baseUrl().toString());
    return properties;
  }
}
