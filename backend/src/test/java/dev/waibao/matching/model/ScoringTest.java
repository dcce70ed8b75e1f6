package dev.waibao.matching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {

  static final Scoring.Weights DEFAULTS = new Scoring.Weights(30, 15, 15, 10, 10, 10, 10);
  static final Scoring.Tuning TUNING = new Scoring.Tuning(5, 3, 20_000);

  static Scoring.Facts facts(
      int required, List<Integer> years, int cases, Double rating, int completed, int terminated) {
    return new Scoring.Facts(
        required,
        years,
        cases,
        rating,
        completed,
        terminated,
        true,
        false,
        100,
        new BigDecimal("2000000"),
        0.5);
  }

  @Test
  void everyPartIsItsValueTimesItsShareOfTheWeightsAndTheTotalIsTheirSum() {
    Scoring.Score score = Scoring.score(facts(2, List.of(5, 0), 1, 4.0, 3, 1), DEFAULTS, TUNING);

    // capability: (1 + 0.5) / 2; case studies: 1 of 3; rating (4-1)/4; delivery (3+1)/(3+1+2);
    // location: same city; size: 100 staff for a 2M budget at 20k per head; text: half the keywords
    assertThat(score.parts())
        .extracting(Scoring.Part::name, Scoring.Part::value, Scoring.Part::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("capability", 0.75, 22.5),
            org.assertj.core.groups.Tuple.tuple("caseStudies", 0.333, 5.0),
            org.assertj.core.groups.Tuple.tuple("rating", 0.75, 11.25),
            org.assertj.core.groups.Tuple.tuple("delivery", 0.667, 6.67),
            org.assertj.core.groups.Tuple.tuple("location", 1.0, 10.0),
            org.assertj.core.groups.Tuple.tuple("sizeFit", 1.0, 10.0),
            org.assertj.core.groups.Tuple.tuple("text", 0.5, 5.0));
    assertThat(score.total()).isEqualTo(70.4);
  }

  @Test
  void weightsAreRelativeSoTheyNeedNotSumToAHundred() {
    Scoring.Weights capabilityAndText = new Scoring.Weights(1, 0, 0, 0, 0, 0, 1);

    Scoring.Score score =
        Scoring.score(facts(2, List.of(5, 0), 1, 4.0, 3, 1), capabilityAndText, TUNING);

    // (0.75 * 1 + 0.5 * 1) / 2 * 100
    assertThat(score.total()).isEqualTo(62.5);
    assertThat(score.parts().get(1).points()).isZero();
  }

  @Test
  void aVendorWithNoHistorySitsInTheMiddleForRatingAndDelivery() {
    Scoring.Score score = Scoring.score(facts(1, List.of(5), 0, null, 0, 0), DEFAULTS, TUNING);

    assertThat(score.parts().get(2).value()).isEqualTo(0.5);
    assertThat(score.parts().get(3).value()).isEqualTo(0.5);
    // 30 + 0 + 7.5 + 5 + 10 + 10 + 5
    assertThat(score.total()).isEqualTo(67.5);
  }

  @Test
  void sizeFitFallsByHalfForEachTenfoldTooBigOrTooSmall() {
    assertThat(size(100)).isEqualTo(1.0);
    assertThat(size(1000)).isEqualTo(0.5);
    assertThat(size(10)).isEqualTo(0.5);
    assertThat(size(1)).isEqualTo(0.0);
    assertThat(size(0)).isEqualTo(0.0);
  }

  @Test
  void withoutABudgetTheSizeFitIsNeutral() {
    Scoring.Facts noBudget =
        new Scoring.Facts(1, List.of(5), 0, null, 0, 0, false, true, 50, null, null);

    Scoring.Score score = Scoring.score(noBudget, DEFAULTS, TUNING);

    assertThat(score.parts().get(5).value()).isEqualTo(0.5);
    assertThat(score.parts().get(4).value()).as("a park in the city counts").isEqualTo(1.0);
  }

  @Test
  void textNotComputedAddsNothingAndSaysSo() {
    Scoring.Facts noText =
        new Scoring.Facts(1, List.of(5), 0, null, 0, 0, true, false, 100, null, null);

    Scoring.Part text = Scoring.score(noText, DEFAULTS, TUNING).parts().get(6);

    assertThat(text.computed()).isFalse();
    assertThat(text.points()).isZero();
  }

  @Test
  void experienceBeyondTheFullYearsEarnsNoMore() {
    Scoring.Score veteran = Scoring.score(facts(1, List.of(20), 0, null, 0, 0), DEFAULTS, TUNING);
    Scoring.Score novice = Scoring.score(facts(1, List.of(0), 0, null, 0, 0), DEFAULTS, TUNING);

    assertThat(veteran.parts().getFirst().value()).isEqualTo(1.0);
    assertThat(novice.parts().getFirst().value()).isEqualTo(0.5);
  }

  @Test
  void weightsMustBeNonNegativeAndNotAllZero() {
    assertThatThrownBy(() -> new Scoring.Weights(-1, 0, 0, 0, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Scoring.Weights(0, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double size(int headcount) {
    Scoring.Facts f =
        new Scoring.Facts(
            1, List.of(5), 0, null, 0, 0, true, false, headcount, new BigDecimal("2000000"), 0.0);
    return Scoring.score(f, DEFAULTS, TUNING).parts().get(5).value();
  }
}
