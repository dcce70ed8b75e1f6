package dev.waibao.firms.model;

/** Where a vendor's clients are: onshore, or offshore in the USA, Japan, Europe or elsewhere. */
public enum Market {
  DOMESTIC,
  USA,
  JAPAN,
  EUROPE,
  OTHER
}
