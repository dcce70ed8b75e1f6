package dev.waibao.tenancy;

/**
 * Where a lease stands. APPLIED → APPROVED or REJECTED by the park operator; APPROVED → ACTIVE on
 * its start date and ACTIVE → ENDED on its end date (a scheduled job); APPROVED or ACTIVE →
 * TERMINATED by the operator with a date. APPROVED, ACTIVE, ENDED and TERMINATED leases occupy
 * their space from start (inclusive) to end (exclusive).
 */
public enum LeaseStatus {
  APPLIED,
  APPROVED,
  ACTIVE,
  ENDED,
  TERMINATED,
  REJECTED;

  /** Whether a lease in this status holds (or held) its space for its period. */
  public boolean occupiesSpace() {
    return this == APPROVED || this == ACTIVE || this == ENDED || this == TERMINATED;
  }
}
