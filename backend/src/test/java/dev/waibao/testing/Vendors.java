package dev.waibao.testing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Vendor qualifications written straight into the database, for tests about tenders that need
 * eligible (or ineligible) bidders without walking through the profile and verification pages.
 */
public final class Vendors {

  private final DataSource dataSource;

  public Vendors(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /**
   * A newly registered vendor that meets the requirements of {@link TenderFixture#body}: 300 staff,
   * call centre and software capabilities, Chinese and English, a verified ISO/IEC 27001.
   */
  public Accounts.SignedIn eligibleVendor(Accounts accounts) {
    Accounts.SignedIn vendor = accounts.register("VENDOR");
    profile(
        vendor.organisationId(),
        300,
        List.of("BPO_CALL_CENTRE", "ITO_APPLICATION_SOFTWARE"),
        List.of("zh", "en"),
        List.of(new Certification("ISO_IEC_27001", null, LocalDate.now().plusYears(2))));
    return vendor;
  }

  /** A verified certification valid from a year ago until {@code expiresOn}. */
  public record Certification(String type, Integer level, LocalDate expiresOn) {}

  public void profile(
      String organisationId,
      int headcount,
      List<String> capabilities,
      List<String> languages,
      List<Certification> certifications) {
    UUID org = UUID.fromString(organisationId);
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement profile =
          connection.prepareStatement(
              """
              INSERT INTO vendor_profile (organisation_id, legal_name_zh, credit_code, city, headcount, created_at, updated_at)
              SELECT id, name_zh, credit_code, city, ?, ?, ? FROM organisation WHERE id = ?
              """)) {
        profile.setInt(1, headcount);
        profile.setTimestamp(2, now);
        profile.setTimestamp(3, now);
        profile.setObject(4, org);
        profile.executeUpdate();
      }
      for (String capability : capabilities) {
        try (PreparedStatement row =
            connection.prepareStatement(
                "INSERT INTO vendor_capability (organisation_id, capability_code, years_of_experience) VALUES (?, ?, 5)")) {
          row.setObject(1, org);
          row.setString(2, capability);
          row.executeUpdate();
        }
      }
      for (String language : languages) {
        try (PreparedStatement row =
            connection.prepareStatement(
                "INSERT INTO vendor_language (organisation_id, language) VALUES (?, ?)")) {
          row.setObject(1, org);
          row.setString(2, language);
          row.executeUpdate();
        }
      }
      for (Certification certification : certifications) {
        try (PreparedStatement row =
            connection.prepareStatement(
                """
                INSERT INTO certification (id, organisation_id, type, level, certificate_number, issuer,
                  issued_on, expires_on, status, reviewed_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'TEST-1', 'Test issuer', ?, ?, 'VERIFIED', ?, ?, ?)
                """)) {
          row.setObject(1, UUID.randomUUID());
          row.setObject(2, org);
          row.setString(3, certification.type());
          row.setObject(4, certification.level());
          row.setObject(5, LocalDate.now().minusYears(1));
          row.setObject(6, certification.expiresOn());
          row.setTimestamp(7, now);
          row.setTimestamp(8, now);
          row.setTimestamp(9, now);
          row.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
