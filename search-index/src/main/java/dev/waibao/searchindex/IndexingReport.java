package dev.waibao.searchindex;

import java.util.List;
import java.util.Map;

/**
 * What a bulk write did with each document.
 *
 * @param indexed how many documents were added or replaced
 * @param staleIds documents skipped because the index already holds the same or a newer version;
 *     the caller can treat them as done
 * @param failures documents the engine refused, id to reason; the caller should retry or alert
 */
public record IndexingReport(int indexed, List<String> staleIds, Map<String, String> failures) {

  public IndexingReport {
    staleIds = List.copyOf(staleIds);
    failures = Map.copyOf(failures);
  }

  /** Nothing to report: no document was sent. */
  public static IndexingReport empty() {
    return new IndexingReport(0, List.of(), Map.of());
  }

  /** True when every document was either written or already superseded. */
  public boolean succeeded() {
    return failures.isEmpty();
  }
}
