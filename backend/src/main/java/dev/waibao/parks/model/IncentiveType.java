package dev.waibao.parks.model;

/** The kinds of incentive policy a park publishes (the rules that compute subsidies come later). */
public enum IncentiveType {
  RENT_SUBSIDY,
  PURCHASE_SUBSIDY,
  CERTIFICATION_SUBSIDY,
  TRAINING_SUBSIDY,
  TAX_INCENTIVE,
  OTHER
}
