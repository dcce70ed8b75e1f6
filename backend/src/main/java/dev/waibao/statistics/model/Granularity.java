package dev.waibao.statistics.model;

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
}
