package dev.waibao.parks.model;

import java.math.BigDecimal;
import java.util.Optional;

/** Floor areas in square metres: positive, at most two decimals, within the column's precision. */
public final class Areas {

  private static final BigDecimal MAX = new BigDecimal("9999999999.99");

  private Areas() {}

  /** Why {@code area} is not a valid floor area, or empty. */
  public static Optional<String> problemWith(BigDecimal area) {
    if (area == null) {
      return Optional.of("is required");
    }
    if (area.signum() <= 0) {
      return Optional.of("must be greater than 0");
    }
    if (area.stripTrailingZeros().scale() > 2) {
      return Optional.of("must have at most two decimals");
    }
    if (area.compareTo(MAX) > 0) {
      return Optional.of("is too large");
    }
    return Optional.empty();
  }

  /**
   * Whether a unit of {@code area} fits beside units covering {@code used} in a park of {@code
   * leasable} square metres.
   */
  public static boolean fits(BigDecimal used, BigDecimal area, BigDecimal leasable) {
    return used.add(area).compareTo(leasable) <= 0;
  }
}
