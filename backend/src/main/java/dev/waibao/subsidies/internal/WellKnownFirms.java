package dev.waibao.subsidies.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Whether the authority recognises a firm as well known (国内外著名服务外包企业), which rent policies may
 * require. The authority records that once, for the statistics' target as well ({@code POST
 * /api/statistics/well-known-firms}, audited there); the rule reads the same record, so there is
 * one list of well-known firms, not one per feature.
 */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
class WellKnownFirms {

  private final DSLContext sql;

  WellKnownFirms(DSLContext sql) {
    this.sql = sql;
  }

  /** Whether {@code vendor} is recognised as well known on {@code day}. */
  boolean isWellKnown(UUID vendor, LocalDate day) {
    return sql.fetchExists(
        sql.selectOne()
            .from("well_known_firm")
            .where("organisation_id = ? AND recognised_on <= CAST(? AS date)", vendor, day));
  }
}
