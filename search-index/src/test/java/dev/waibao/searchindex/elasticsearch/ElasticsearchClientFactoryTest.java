package dev.waibao.searchindex.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Elasticsearch client factory")
class ElasticsearchClientFactoryTest {

  @Test
  @DisplayName("reads a comma-separated list of node URLs")
  void readsACommaSeparatedList() {
    assertThat(ElasticsearchClientFactory.parseUrls(" http://es1:9200, https://es2:9243/ ,"))
        .containsExactly(URI.create("http://es1:9200"), URI.create("https://es2:9243"));
  }

  @Test
  @DisplayName("rejects lists it cannot connect to")
  void rejectsUnusableLists() {
    assertThatThrownBy(() -> ElasticsearchClientFactory.parseUrls(" , "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> ElasticsearchClientFactory.parseUrls("es1:9200"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http://");
    assertThatThrownBy(() -> ElasticsearchClientFactory.parseUrls("http://es1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port");
    assertThatThrownBy(() -> ElasticsearchClientFactory.parseUrls("http://es1:9200/prefix"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("path");
  }
}
