package dev.waibao.statistics.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectionTest {

  private static Projection.Point point(int year, long value) {
    return new Projection.Point(year, BigDecimal.valueOf(value));
  }

  @Test
  void aSteadyRiseIsProjectedOntoTheTarget() {
    // 100, 120, 140: 20 a year; 200 is 60 above the last point, three years after the end of 2026
    Projection.Outcome outcome =
        Projection.project(
            List.of(point(2024, 100), point(2025, 120), point(2026, 140)), BigDecimal.valueOf(200));
    assertThat(outcome.ratePerYear()).isEqualByComparingTo("20.00");
    assertThat(outcome.reached()).isFalse();
    assertThat(outcome.projectedDate()).isEqualTo(LocalDate.of(2026, 12, 31).plusDays(1096));
  }

  @Test
  void aTargetAlreadyMetIsReachedAtTheEndOfThatYear() {
    Projection.Outcome outcome =
        Projection.project(List.of(point(2024, 10), point(2025, 25)), BigDecimal.valueOf(20));
    assertThat(outcome.reached()).isTrue();
    assertThat(outcome.projectedDate()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void noDateWithoutARiseOrWithOnePoint() {
    assertThat(
            Projection.project(List.of(point(2024, 50), point(2025, 40)), BigDecimal.valueOf(100))
                .projectedDate())
        .isNull();
    Projection.Outcome single =
        Projection.project(List.of(point(2026, 50)), BigDecimal.valueOf(100));
    assertThat(single.projectedDate()).isNull();
    assertThat(single.ratePerYear()).isNull();
    assertThat(Projection.project(List.of(), BigDecimal.ONE).projectedDate()).isNull();
  }
}
