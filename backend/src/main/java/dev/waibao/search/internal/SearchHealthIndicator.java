package dev.waibao.search.internal;

import dev.waibao.search.SearchSettings;
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
  private final OutboxRelay relay;

  SearchHealthIndicator(SearchEngine engine, SearchSettings settings, OutboxRelay relay) {
    this.engine = engine;
    this.settings = settings;
    this.relay = relay;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    SearchHealth health = engine.health();
    healthStatus = health.isUp() ? HealthStatus.UP : HealthStatus.DOWN;
    OutboxRelay.Lag lag = relay.lag();
    return Map.of(
        "engine", settings.engine(),
        "detail", health.detail(),
        "pendingChanges", lag.pending(),
        "lagSeconds", lag.oldest().toSeconds());
  }

  @Override
  protected String getName() {
    return "search";
  }
}
