package dev.waibao.tenancy.internal;

import dev.waibao.tenancy.LeaseStatus;
import dev.waibao.tenancy.LeaseTerms;
import dev.waibao.tenancy.Leases;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Leases as other features see them. */
@Singleton
class LeaseDirectory implements Leases {

  private static final String TERMS =
      """
      SELECT id, vendor_organisation_id, park_id, status,
             CASE WHEN status IN ('APPLIED', 'REJECTED') THEN requested_area ELSE area END,
             CASE WHEN status IN ('APPLIED', 'REJECTED') THEN requested_seats ELSE seats END,
             CASE WHEN status IN ('APPLIED', 'REJECTED') THEN NULL ELSE monthly_rent END,
             start_date, end_date
        FROM lease
      """;

  private final DSLContext sql;

  LeaseDirectory(DSLContext sql) {
    this.sql = sql;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<LeaseTerms> find(UUID leaseId) {
    return sql.fetchOptional(TERMS + " WHERE id = ?", leaseId).map(LeaseDirectory::terms);
  }

  @Override
  @Transactional(readOnly = true)
  public List<LeaseTerms> ofVendor(UUID vendorOrganisationId) {
    return sql.fetch(
            TERMS + " WHERE vendor_organisation_id = ? ORDER BY created_at DESC, id",
            vendorOrganisationId)
        .map(LeaseDirectory::terms);
  }

  private static LeaseTerms terms(Record row) {
    return new LeaseTerms(
        row.get(0, UUID.class),
        row.get(1, UUID.class),
        row.get(2, UUID.class),
        LeaseStatus.valueOf(row.get(3, String.class)),
        row.get(4, BigDecimal.class),
        row.get(5, Integer.class),
        row.get(6, BigDecimal.class),
        row.get(7, LocalDate.class),
        row.get(8, LocalDate.class));
  }
}
