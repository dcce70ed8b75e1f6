package dev.waibao.parks.model;

/**
 * How the authority recognises a park; only the authority sets it, by a dated, numbered decision.
 */
public enum ParkLevel {
  ORDINARY,
  PROVINCIAL_DEMONSTRATION,
  NATIONAL_DEMONSTRATION
}
