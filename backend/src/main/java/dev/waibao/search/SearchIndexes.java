package dev.waibao.search;

import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.SearchEngineException;
import dev.waibao.searchindex.TenderDocument;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure every index the application writes to exists, from its explicit definition, when the
 * application starts. An unreachable engine does not stop the start: health reports it.
 */
@Singleton
class SearchIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(SearchIndexes.class);

  private final SearchEngine engine;

  SearchIndexes(SearchEngine engine) {
    this.engine = engine;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    try {
      engine.ensureIndex(TenderDocument.INDEX, TenderDocument.indexDefinition());
    } catch (SearchEngineException e) {
      LOG.warn("Search indexes could not be prepared; search is unavailable: {}", e.getMessage());
    }
  }
}
