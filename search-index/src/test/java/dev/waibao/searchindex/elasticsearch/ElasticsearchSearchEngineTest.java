package dev.waibao.searchindex.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.searchindex.SearchHealth;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Elasticsearch engine without a cluster")
class ElasticsearchSearchEngineTest {

  @Test
  @DisplayName("reports DOWN with the cause when no node answers")
  void reportsDownWhenNoNodeAnswers() throws IOException {
    int closedPort;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (var client = ElasticsearchClientFactory.create("http://127.0.0.1:" + closedPort)) {
      SearchHealth health = new ElasticsearchSearchEngine(client).health();

      assertThat(health.status()).isEqualTo(SearchHealth.Status.DOWN);
      assertThat(health.detail()).contains("unreachable");
    }
  }
}
