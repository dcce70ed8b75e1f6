package dev.waibao.subsidies.internal;

import dev.waibao.shared.problem.ProblemException;
import java.math.BigDecimal;
import java.util.List;

/** The business answers of the subsidy engine, each a problem with its own type. */
final class NotEligible extends ProblemException {

  private NotEligible(
      String slug, int status, String title, String detail, List<FieldError> errors) {
    super(slug, status, title, detail, errors, null);
  }

  /** 422: the claim's basis does not meet the policy's rule; every reason is listed. */
  static NotEligible because(List<FieldError> reasons) {
    return new NotEligible(
        "not-eligible",
        422,
        "Not eligible",
        "The claim does not meet the policy: "
            + String.join("; ", reasons.stream().map(r -> r.field() + " " + r.message()).toList()),
        reasons);
  }

  static NotEligible because(String field, String reason) {
    return because(List.of(new FieldError(field, reason)));
  }

  /** 409: the policy's budget for the year cannot cover the amount. */
  static NotEligible beyondBudget(int year, BigDecimal amount, BigDecimal remaining) {
    return new NotEligible(
        "budget-exhausted",
        409,
        "Beyond the policy budget",
        "The claim's amount "
            + Rules.plain(amount)
            + " is more than the "
            + Rules.plain(remaining)
            + " left in the policy's budget for "
            + year
            + ".",
        List.of(
            new FieldError("policyId", "has only " + Rules.plain(remaining) + " left in " + year)));
  }

  /** 409: some basis of the claim is already claimed (and not rejected). */
  static NotEligible alreadyClaimed(String detail) {
    return new NotEligible(
        "basis-already-claimed",
        409,
        "Already claimed",
        detail,
        List.of(new FieldError("basis", "is already claimed or paid")));
  }
}
