package dev.waibao.accounts;

import dev.waibao.shared.security.OrganisationKind;
import java.util.Optional;
import java.util.UUID;

/** What other features may ask of accounts about organisations. */
public interface OrganisationDirectory {

  /** The organisation's public identity, if it exists. */
  Optional<OrganisationSummary> find(UUID organisationId);

  /**
   * Creates an organisation marked as demonstration data, with no users, for seeding the embedded
   * mode; returns the existing one if the credit code is already registered.
   */
  OrganisationSummary ensureDemoOrganisation(
      OrganisationKind kind, String nameZh, String nameEn, String creditCode, String city);

  /** An organisation as other features see it. */
  record OrganisationSummary(
      UUID id,
      OrganisationKind kind,
      String nameZh,
      String nameEn,
      String creditCode,
      String city,
      boolean demo) {}
}
