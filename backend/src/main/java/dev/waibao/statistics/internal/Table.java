package dev.waibao.statistics.internal;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * One dashboard table: its columns in order, its rows (column key to value; a suppressed cell is
 * null and its key is listed in the row's {@code suppressed}), the filters it honours and those
 * that do not apply to it, and where its figures come from.
 */
@Serdeable
record Table(
    String id,
    List<Column> columns,
    List<Map<String, Object>> rows,
    List<String> applied,
    List<String> notApplicable,
    String source) {

  /** A column: its key and kind (period, text, count, money, area, ratio). */
  @Serdeable
  record Column(String key, String type) {}
}
