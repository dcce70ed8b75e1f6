package dev.waibao.matching.internal;

import dev.waibao.searchindex.Filter;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.SearchHit;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.Sort;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text similarity through the search engine: the share of one side's keywords that the engine finds
 * in each candidate document of the other side's index (a vendor's name and description, or a
 * tender's title and description), asked one keyword at a time and restricted to the candidates'
 * ids. Empty when the engine or the index cannot answer: the part is then shown as not computed.
 */
@Singleton
class TextSimilarity {

  private static final Logger LOG = LoggerFactory.getLogger(TextSimilarity.class);
  private static final int CHUNK = Filter.MAX_VALUES;

  private final SearchEngine engine;

  TextSimilarity(SearchEngine engine) {
    this.engine = engine;
  }

  Optional<Map<UUID, Double>> of(String index, List<String> keywords, Collection<UUID> candidates) {
    Map<UUID, Double> similarity = new HashMap<>();
    candidates.forEach(id -> similarity.put(id, 0.0));
    if (keywords.isEmpty() || candidates.isEmpty()) {
      return Optional.of(similarity);
    }
    List<String> ids = candidates.stream().map(UUID::toString).toList();
    double share = 1.0 / keywords.size();
    try {
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        for (String keyword : keywords) {
          SearchQuery query =
              new SearchQuery(
                  keyword, List.of(Filter.anyOf("id", chunk)), 0, chunk.size(), Sort.relevance());
          for (SearchHit hit : engine.search(index, query).hits()) {
            similarity.merge(UUID.fromString(hit.id()), share, Double::sum);
          }
        }
      }
    } catch (RuntimeException unavailable) {
      LOG.debug("Text similarity on {} is unavailable: {}", index, unavailable.getMessage());
      return Optional.empty();
    }
    similarity.replaceAll((id, value) -> Math.min(1.0, value));
    return Optional.of(similarity);
  }

  /** Whether the tender's own index holds a document matching the free text (and the id). */
  boolean matches(String index, String text, UUID id) {
    SearchQuery query =
        new SearchQuery(text, List.of(Filter.anyOf("id", id.toString())), 0, 1, Sort.relevance());
    return engine.search(index, query).totalHits() > 0;
  }

  void refresh(String index) {
    engine.refresh(index);
  }
}
