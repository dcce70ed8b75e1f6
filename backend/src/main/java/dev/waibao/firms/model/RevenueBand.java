package dev.waibao.firms.model;

/** A vendor's annual revenue in CNY, in bands rather than figures. */
public enum RevenueBand {
  BELOW_10M,
  FROM_10M_TO_50M,
  FROM_50M_TO_200M,
  FROM_200M_TO_1B,
  ABOVE_1B
}
