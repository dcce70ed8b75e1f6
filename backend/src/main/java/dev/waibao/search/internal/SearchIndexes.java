package dev.waibao.search.internal;

import dev.waibao.search.DocumentSource;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.SearchEngineException;
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
  private final java.util.List<DocumentSource> sources;

  SearchIndexes(SearchEngine engine, java.util.List<DocumentSource> sources) {
    this.engine = engine;
    this.sources = sources;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    try {
      for (DocumentSource source : sources) {
        engine.ensureAlias(source.index(), source.definition());
      }
    } catch (SearchEngineException e) {
      LOG.warn("Search indexes could not be prepared; search is unavailable: {}", e.getMessage());
    }
  }
}
