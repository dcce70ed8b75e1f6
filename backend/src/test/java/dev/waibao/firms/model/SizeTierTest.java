package dev.waibao.firms.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeTierTest {

  @ParameterizedTest
  @CsvSource({"0,SMALL", "799,SMALL", "800,SCALE", "2999,SCALE", "3000,LARGE", "120000,LARGE"})
  void theTierFollowsThePolicysHeadcountThresholds(int headcount, SizeTier tier) {
    assertThat(SizeTier.of(headcount)).isEqualTo(tier);
    assertThat(headcount).isBetween(tier.minHeadcount(), tier.maxHeadcountExclusive() - 1);
  }
}
