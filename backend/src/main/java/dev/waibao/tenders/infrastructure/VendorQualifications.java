package dev.waibao.tenders.infrastructure;

import dev.waibao.tenders.model.Eligibility;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * What a vendor's profile shows, read for eligibility: headcount, capabilities, languages, and the
 * verified certifications still valid on a given date (expiry follows from the date alone).
 */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
public class VendorQualifications {

  private final DSLContext sql;

  VendorQualifications(DSLContext sql) {
    this.sql = sql;
  }

  public Eligibility.Qualification of(UUID vendor, LocalDate validOn) {
    Integer headcount =
        sql.fetchOptional("SELECT headcount FROM vendor_profile WHERE organisation_id = ?", vendor)
            .map(row -> row.get(0, Integer.class))
            .orElse(null);
    if (headcount == null) {
      return new Eligibility.Qualification(false, 0, Set.of(), Set.of(), Map.of());
    }
    Set<String> capabilities =
        new HashSet<>(
            sql.fetch(
                    "SELECT capability_code FROM vendor_capability WHERE organisation_id = ?",
                    vendor)
                .map(row -> row.get(0, String.class)));
    Set<String> languages =
        new HashSet<>(
            sql.fetch("SELECT language FROM vendor_language WHERE organisation_id = ?", vendor)
                .map(row -> row.get(0, String.class)));
    Map<String, Integer> certifications = new HashMap<>();
    sql.fetch(
            """
            SELECT type, max(coalesce(level, 0)) FROM certification
            WHERE organisation_id = ? AND status = 'VERIFIED' AND issued_on <= CAST(? AS date) AND expires_on >= CAST(? AS date)
            GROUP BY type
            """,
            vendor,
            validOn,
            validOn)
        .forEach(row -> certifications.put(row.get(0, String.class), row.get(1, Integer.class)));
    return new Eligibility.Qualification(true, headcount, capabilities, languages, certifications);
  }
}
