package dev.waibao.statistics.model;

/**
 * Market figures shown to vendors are aggregates: a cell built from fewer than {@link
 * #MIN_CONTRIBUTORS} distinct organisations is suppressed, so no single client's or vendor's figure
 * can be read off it.
 */
public final class Anonymisation {

  public static final int MIN_CONTRIBUTORS = 3;

  private Anonymisation() {}

  public static boolean shown(long contributors) {
    return contributors >= MIN_CONTRIBUTORS;
  }
}
