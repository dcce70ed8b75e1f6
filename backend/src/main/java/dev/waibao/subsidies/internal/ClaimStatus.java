package dev.waibao.subsidies.internal;

/** SUBMITTED → APPROVED (→ PAID through the ledger) or REJECTED, by the policy's owner. */
enum ClaimStatus {
  SUBMITTED,
  APPROVED,
  REJECTED,
  PAID
}
