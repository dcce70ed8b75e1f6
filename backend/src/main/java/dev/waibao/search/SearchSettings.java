package dev.waibao.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Which search engine serves the application.
 *
 * @param engine {@code lucene} (embedded, index under the data directory) or {@code elasticsearch}
 * @param elasticsearchUrl comma-separated node URLs, used when the engine is Elasticsearch
 */
@ConfigurationProperties("waibao.search")
public record SearchSettings(
    @Bindable(defaultValue = "lucene") @Pattern(regexp = "lucene|elasticsearch") String engine,
    @Bindable(defaultValue = "http://localhost:9200") @NotBlank String elasticsearchUrl) {

  public boolean usesElasticsearch() {
    return "elasticsearch".equals(engine);
  }
}
