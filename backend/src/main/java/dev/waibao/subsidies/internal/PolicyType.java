package dev.waibao.subsidies.internal;

/** The kinds of incentive the policy promises. */
enum PolicyType {
  RENT,
  CERTIFICATION,
  TRAINING
}
