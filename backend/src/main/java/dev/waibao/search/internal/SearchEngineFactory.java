package dev.waibao.search.internal;

import dev.waibao.search.SearchSettings;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.elasticsearch.ElasticsearchClientFactory;
import dev.waibao.searchindex.elasticsearch.ElasticsearchSearchEngine;
import dev.waibao.searchindex.lucene.LuceneSearchEngine;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the one search engine the application runs on, as configured. */
@Factory
class SearchEngineFactory {

  private static final Logger LOG = LoggerFactory.getLogger(SearchEngineFactory.class);

  @Singleton
  @Bean(preDestroy = "close")
  SearchEngine searchEngine(
      SearchSettings settings, @Value("${waibao.data-dir:data}") Path dataDir) {
    if (settings.usesElasticsearch()) {
      LOG.info("Search engine: Elasticsearch at {}", settings.elasticsearchUrl());
      return new ElasticsearchSearchEngine(
          ElasticsearchClientFactory.create(settings.elasticsearchUrl()));
    }
    Path indexRoot = dataDir.toAbsolutePath().resolve("search");
    LOG.info("Search engine: embedded Lucene in {}", indexRoot);
    return new LuceneSearchEngine(indexRoot);
  }
}
