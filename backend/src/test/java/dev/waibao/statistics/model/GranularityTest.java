package dev.waibao.statistics.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GranularityTest {

  @Test
  void aDayIsNamedLikeThePeriodsTheSqlWrites() {
    LocalDate lastOfMarch = LocalDate.of(2017, 3, 31);
    assertThat(Granularity.MONTH.of(lastOfMarch)).isEqualTo("2017-03");
    assertThat(Granularity.QUARTER.of(lastOfMarch)).isEqualTo("2017-Q1");
    assertThat(Granularity.QUARTER.of(lastOfMarch.plusDays(1))).isEqualTo("2017-Q2");
    assertThat(Granularity.QUARTER.of(LocalDate.of(2017, 12, 31))).isEqualTo("2017-Q4");
    assertThat(Granularity.YEAR.of(lastOfMarch)).isEqualTo("2017");
  }
}
