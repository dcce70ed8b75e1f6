package dev.waibao.parks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AreasTest {

  @Test
  void anAreaIsPositiveWithAtMostTwoDecimals() {
    assertThat(Areas.problemWith(new BigDecimal("0.01"))).isEmpty();
    assertThat(Areas.problemWith(new BigDecimal("120.50"))).isEmpty();
    assertThat(Areas.problemWith(BigDecimal.ZERO)).contains("must be greater than 0");
    assertThat(Areas.problemWith(new BigDecimal("-3"))).contains("must be greater than 0");
    assertThat(Areas.problemWith(new BigDecimal("1.005")))
        .contains("must have at most two decimals");
    assertThat(Areas.problemWith(null)).contains("is required");
  }

  @Test
  void aUnitFitsExactlyUpToTheLeasableArea() {
    BigDecimal leasable = new BigDecimal("1000");
    assertThat(Areas.fits(new BigDecimal("600"), new BigDecimal("400"), leasable)).isTrue();
    assertThat(Areas.fits(new BigDecimal("600"), new BigDecimal("400.01"), leasable)).isFalse();
  }
}
