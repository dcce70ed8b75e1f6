package dev.waibao.statistics.model;

import java.time.LocalDate;

/** The length of the periods indicators are counted in; periods follow China Standard Time. */
public enum Granularity {
  MONTH("month", "YYYY-MM"),
  QUARTER("quarter", "YYYY-\"Q\"Q"),
  YEAR("year", "YYYY");

  private final String truncation;
  private final String label;

  Granularity(String truncation, String label) {
    this.truncation = truncation;
    this.label = label;
  }

  /** The unit of PostgreSQL's date_trunc. */
  public String truncation() {
    return truncation;
  }

  /** The to_char pattern naming a period: 2026-03, 2026-Q1, 2026. */
  public String label() {
    return label;
  }

  /** The name of the period a day falls in, as {@link #label()} writes it in SQL. */
  public String of(LocalDate day) {
    return switch (this) {
      case MONTH -> "%d-%02d".formatted(day.getYear(), day.getMonthValue());
      case QUARTER -> "%d-Q%d".formatted(day.getYear(), (day.getMonthValue() + 2) / 3);
      case YEAR -> String.valueOf(day.getYear());
    };
  }
}
