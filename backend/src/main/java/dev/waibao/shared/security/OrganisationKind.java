package dev.waibao.shared.security;

/** What an organisation is on the platform; it decides which features it may use. */
public enum OrganisationKind {
  /** A buyer that posts tenders. */
  CLIENT,
  /** A service-outsourcing firm that bids. */
  VENDOR,
  /** Runs a park: space, tenants, incentives. */
  PARK_OPERATOR,
  /** The provincial commerce department; created only by bootstrap, never by sign-up. */
  AUTHORITY;

  /** The kinds anyone may register as. */
  public boolean selfRegistrable() {
    return this != AUTHORITY;
  }
}
