package dev.waibao.subsidies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.firms.model.CertificationType;
import dev.waibao.parks.model.ParkLevel;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {

  private static final Rules.RentRule RENT =
      new Rules.RentRule(
          new BigDecimal("50"),
          new BigDecimal("40"),
          12,
          List.of(ParkLevel.PROVINCIAL_DEMONSTRATION),
          List.of(),
          false,
          List.of());

  @Test
  void fiftyPercentOf60000On500SquareMetresIsCappedAt40PerSquareMetreSo20000() {
    Rules.RentRule.Monthly monthly = RENT.monthly(new BigDecimal("60000"), new BigDecimal("500"));

    assertThat(monthly.amount()).isEqualByComparingTo("20000");
    assertThat(monthly.line().code()).isEqualTo("rentMonthCapped");
  }

  @Test
  void fiftyPercentOf15000On500SquareMetresStaysUnderTheCapSo7500() {
    Rules.RentRule.Monthly monthly = RENT.monthly(new BigDecimal("15000"), new BigDecimal("500"));

    assertThat(monthly.amount()).isEqualByComparingTo("7500");
    assertThat(monthly.line().code()).isEqualTo("rentMonth");
  }

  @Test
  void provinceSharesOf60PercentOf12000Is7200() {
    Rules.TrainingRule rule =
        new Rules.TrainingRule(
            new BigDecimal("3000"), new BigDecimal("1000"), 12, new BigDecimal("60"));

    assertThat(rule.perTrainee()).isEqualByComparingTo("4000");
    assertThat(rule.provinceShare(new BigDecimal("12000"))).isEqualByComparingTo("7200");
  }

  @Test
  void aCertificationAmountAtTheExactLevelWinsOverTheAnyLevelOne() {
    Rules.CertificationRule rule =
        new Rules.CertificationRule(
            List.of(
                new Rules.CertificationAmount(
                    CertificationType.CMMI, null, new BigDecimal("300000")),
                new Rules.CertificationAmount(
                    CertificationType.CMMI, 5, new BigDecimal("500000"))));

    assertThat(rule.amountFor(CertificationType.CMMI, 5).amount()).isEqualByComparingTo("500000");
    assertThat(rule.amountFor(CertificationType.CMMI, 3).amount()).isEqualByComparingTo("300000");
    assertThat(rule.amountFor(CertificationType.PCMM, 3)).isNull();
  }

  @Test
  void rulesRefuseParametersOutsideThePolicy() {
    Violations violations = new Violations();
    new Rules.RentRule(new BigDecimal("120"), BigDecimal.ZERO, 0, List.of(), null, false, null)
        .validate(violations, "rent.");
    new Rules.TrainingRule(new BigDecimal("3000"), new BigDecimal("-1"), 6, new BigDecimal("101"))
        .validate(violations, "training.");
    new Rules.CertificationRule(
            List.of(
                new Rules.CertificationAmount(
                    CertificationType.ISO_IEC_27001, null, new BigDecimal("199999.99"))))
        .validate(violations, "certification.");

    try {
      violations.throwIfAny();
    } catch (ProblemException e) {
      assertThat(e.errors())
          .extracting(ProblemException.FieldError::field)
          .containsExactlyInAnyOrder(
              "rent.percentOfRent",
              "rent.capPerSquareMetrePerMonth",
              "rent.maxMonths",
              "rent.parkLevels",
              "training.placementPerTrainee",
              "training.minContractMonths",
              "training.provinceSharePercent",
              "certification.amounts[0].amount");
      return;
    }
    throw new AssertionError("the violations were not reported");
  }
}
