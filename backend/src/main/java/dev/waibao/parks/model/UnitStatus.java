package dev.waibao.parks.model;

/** Where a space unit stands; only AVAILABLE units count as available capacity. */
public enum UnitStatus {
  AVAILABLE,
  RESERVED,
  LEASED,
  UNAVAILABLE
}
