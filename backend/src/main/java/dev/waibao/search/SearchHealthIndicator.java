package dev.waibao.search;

import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.SearchHealth;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;

/** Reports whether the search engine can serve queries. */
@Singleton
@Readiness
final class SearchHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  private final SearchEngine engine;
  private final SearchSettings settings;

  SearchHealthIndicator(SearchEngine engine, SearchSettings settings) {
    this.engine = engine;
    this.settings = settings;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    SearchHealth health = engine.health();
    healthStatus = health.isUp() ? HealthStatus.UP : HealthStatus.DOWN;
    return Map.of("engine", settings.engine(), "detail", health.detail());
  }

  @Override
  protected String getName() {
    return "search";
  }
}
