package dev.waibao.tenders.infrastructure;

import dev.waibao.tenders.model.Eligibility;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;
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

  /** One statement: eligibility is checked on every bid, in the rush before a deadline too. */
  public Eligibility.Qualification of(UUID vendor, LocalDate validOn) {
    var row =
        sql.fetchOptional(
                """
                SELECT p.headcount,
                       ARRAY(SELECT capability_code FROM vendor_capability c
                             WHERE c.organisation_id = p.organisation_id) AS capabilities,
                       ARRAY(SELECT language FROM vendor_language l
                             WHERE l.organisation_id = p.organisation_id) AS languages,
                       coalesce(certs.types, '{}') AS certification_types,
                       coalesce(certs.levels, '{}') AS certification_levels
                FROM vendor_profile p
                LEFT JOIN LATERAL (
                  SELECT array_agg(type ORDER BY type) AS types, array_agg(level ORDER BY type) AS levels
                  FROM (SELECT type, max(coalesce(level, 0)) AS level FROM certification c
                        WHERE c.organisation_id = p.organisation_id AND c.status = 'VERIFIED'
                          AND c.issued_on <= CAST(? AS date) AND c.expires_on >= CAST(? AS date)
                        GROUP BY type) valid
                ) certs ON true
                WHERE p.organisation_id = ?
                """,
                validOn,
                validOn,
                vendor)
            .orElse(null);
    if (row == null || row.get("headcount", Integer.class) == null) {
      return new Eligibility.Qualification(false, 0, Set.of(), Set.of(), Map.of());
    }
    String[] types = row.get("certification_types", String[].class);
    Integer[] levels = row.get("certification_levels", Integer[].class);
    Map<String, Integer> certifications = new HashMap<>();
    for (int i = 0; i < types.length; i++) {
      certifications.put(types[i], levels[i]);
    }
    return new Eligibility.Qualification(
        true,
        row.get("headcount", Integer.class),
        new HashSet<>(Arrays.asList(row.get("capabilities", String[].class))),
        new HashSet<>(Arrays.asList(row.get("languages", String[].class))),
        certifications);
  }
}
