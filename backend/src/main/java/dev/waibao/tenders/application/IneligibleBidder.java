package dev.waibao.tenders.application;

import dev.waibao.shared.problem.ProblemException;
import dev.waibao.tenders.model.Eligibility;
import java.util.List;

/** 422: the vendor does not meet the tender's requirements; each unmet one is listed. */
public final class IneligibleBidder extends ProblemException {

  IneligibleBidder(List<Eligibility.Unmet> unmet) {
    super(
        "not-eligible",
        422,
        "Not eligible",
        "Your organisation does not meet every requirement of this tender.",
        unmet.stream().map(u -> new FieldError(u.requirement(), u.detail())).toList(),
        null);
  }
}
