package dev.waibao.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other features may ask of leases. */
public interface Leases {

  /** A lease as subsidy rules see it; empty if unknown. */
  Optional<LeaseTerms> find(UUID leaseId);

  /** Leases of one vendor organisation, newest first. */
  List<LeaseTerms> ofVendor(UUID vendorOrganisationId);
}
