package dev.waibao.firms.model;

import java.time.LocalDate;

/**
 * Where a certification stands. UNVERIFIED, VERIFIED and REJECTED are decided by the authority and
 * stored; EXPIRED is never stored: from the day after its expiry date a certification is EXPIRED,
 * whatever was decided, without anyone touching it.
 */
public enum CertificationStatus {
  UNVERIFIED,
  VERIFIED,
  REJECTED,
  EXPIRED;

  /** The status on {@code today} of a certification with a stored status and expiry date. */
  public static CertificationStatus on(
      LocalDate today, CertificationStatus stored, LocalDate expiresOn) {
    return expiresOn.isBefore(today) ? EXPIRED : stored;
  }

  /** Whether a certification counts for eligibility on {@code today}. */
  public static boolean counts(LocalDate today, CertificationStatus stored, LocalDate expiresOn) {
    return on(today, stored, expiresOn) == VERIFIED;
  }
}
