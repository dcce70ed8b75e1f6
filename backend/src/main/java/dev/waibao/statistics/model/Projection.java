package dev.waibao.statistics.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a yearly series is heading: the least-squares rate per year over its points, and the date
 * the target is reached if that rate holds. A year's value counts at the end of that year.
 */
public final class Projection {

  private Projection() {}

  /** One year's value. */
  public record Point(int year, BigDecimal value) {}

  /** The rate per year (null with fewer than two points) and the projected date (see below). */
  public record Outcome(BigDecimal ratePerYear, LocalDate projectedDate, boolean reached) {}

  /**
   * Projects {@code points} (ordered by year) onto {@code target}. Reached: the projected date is
   * the end of the first year at or above the target. Not reached: with a positive rate, the date
   * the line through the last point at that rate crosses the target; otherwise no date.
   */
  public static Outcome project(List<Point> points, BigDecimal target) {
    for (Point point : points) {
      if (point.value().compareTo(target) >= 0) {
        return new Outcome(rate(points).orElse(null), endOf(point.year()), true);
      }
    }
    Optional<BigDecimal> rate = rate(points);
    if (rate.isEmpty() || rate.get().signum() <= 0) {
      return new Outcome(rate.orElse(null), null, false);
    }
    Point last = points.get(points.size() - 1);
    double years = target.subtract(last.value()).doubleValue() / rate.get().doubleValue();
    long days = (long) Math.ceil(years * 365.25);
    return new Outcome(rate.get(), endOf(last.year()).plusDays(days), false);
  }

  private static LocalDate endOf(int year) {
    return LocalDate.of(year, 12, 31);
  }

  /** Least-squares slope of value over year, to two decimals. */
  static Optional<BigDecimal> rate(List<Point> points) {
    if (points.size() < 2) {
      return Optional.empty();
    }
    double n = points.size();
    double sumX = 0;
    double sumY = 0;
    for (Point p : points) {
      sumX += p.year();
      sumY += p.value().doubleValue();
    }
    double meanX = sumX / n;
    double meanY = sumY / n;
    double num = 0;
    double den = 0;
    for (Point p : points) {
      num += (p.year() - meanX) * (p.value().doubleValue() - meanY);
      den += (p.year() - meanX) * (p.year() - meanX);
    }
    if (den == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(num / den).setScale(2, RoundingMode.HALF_UP));
  }
}
