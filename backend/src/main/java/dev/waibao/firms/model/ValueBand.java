package dev.waibao.firms.model;

/** A case study's contract value in CNY, in bands. */
public enum ValueBand {
  BELOW_1M,
  FROM_1M_TO_5M,
  FROM_5M_TO_20M,
  ABOVE_20M
}
