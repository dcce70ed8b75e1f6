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
 * application starts, and queues again what an engine lost in a crash. An unreachable engine does
 * not stop the start: health reports it.
 */
@Singleton
class SearchIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(SearchIndexes.class);

  private final SearchEngine engine;
  private final java.util.List<DocumentSource> sources;
  private final LostWrites lostWrites;

  SearchIndexes(
      SearchEngine engine, java.util.List<DocumentSource> sources, LostWrites lostWrites) {
    this.engine = engine;
    this.sources = sources;
    this.lostWrites = lostWrites;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    try {
      for (DocumentSource source : sources) {
        engine.ensureAlias(source.index(), source.definition());
        var since = engine.writesMissingSince(source.index());
        if (since.isPresent()) {
          int queued = lostWrites.requeue(source);
          // Only once the differences are queued durably may the engine forget the loss.
          engine.repaired(source.index(), since.get());
          LOG.warn(
              "Index {} was not closed cleanly (writes since {} may be missing);"
                  + " queued {} document(s) that differ from the database",
              source.index(),
              since.get(),
              queued);
        }
      }
    } catch (SearchEngineException e) {
      LOG.warn("Search indexes could not be prepared; search is unavailable: {}", e.getMessage());
    }
  }
}
