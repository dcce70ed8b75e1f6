package dev.waibao.testing;

import dev.waibao.search.internal.OutboxRelay;
import dev.waibao.searchindex.SearchEngine;
import java.time.Duration;

/** Waits until the search index has caught up with every change committed so far. */
public final class SearchIndexing {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private SearchIndexing() {}

  /**
   * Relays the outbox until it is empty, then makes the writes visible. The application's own relay
   * runs meanwhile and may hold a batch (SKIP LOCKED hides it from us): its rows leave the outbox
   * only once they are indexed, so an empty outbox means everything committed before has arrived.
   */
  public static void drain(OutboxRelay relay, SearchEngine engine, String... indexes) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      while (relay.relayBatch() > 0) {
        // take what is due
      }
      if (relay.lag().pending() == 0) {
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The search outbox did not empty within " + TIMEOUT);
      }
      Polling.pause(Duration.ofMillis(20));
    }
    for (String index : indexes) {
      engine.refresh(index);
    }
  }
}
