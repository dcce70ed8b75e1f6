package dev.waibao.statistics.internal;

import dev.waibao.statistics.model.Granularity;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a dashboard or export shows: the periods (their length and the first and last day, in China
 * Standard Time), the filters and the breakdown. {@code parks} empty means every park.
 */
record Filters(
    Granularity period,
    LocalDate from,
    LocalDate to,
    @Nullable String city,
    List<UUID> parks,
    @Nullable String category,
    @Nullable String industry,
    @Nullable String deliveryMode,
    @Nullable String groupBy,
    String lang) {

  /** The filters as "name=value" texts, for headers of exports and the dashboard. */
  List<String> describe() {
    List<String> described = new ArrayList<>();
    if (city != null) {
      described.add("city=" + city);
    }
    if (!parks.isEmpty()) {
      described.add("park=" + String.join("|", parks.stream().map(UUID::toString).toList()));
    }
    if (category != null) {
      described.add("category=" + category);
    }
    if (industry != null) {
      described.add("industry=" + industry);
    }
    if (deliveryMode != null) {
      described.add("deliveryMode=" + deliveryMode);
    }
    if (groupBy != null) {
      described.add("groupBy=" + groupBy);
    }
    return described;
  }

  boolean english() {
    return "en".equals(lang);
  }
}
