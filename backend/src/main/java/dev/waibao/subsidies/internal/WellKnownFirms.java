package dev.waibao.subsidies.internal;

import dev.waibao.audit.AuditTrail;
import dev.waibao.firms.VendorFacts;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The authority's list of well-known outsourcing firms (国内外著名服务外包企业), which rent policies may
 * require. Every change is audited with the decision's reference.
 */
@Singleton
class WellKnownFirms {

  private final DSLContext sql;
  private final VendorFacts vendors;
  private final AuditTrail audit;
  private final Clock clock;

  WellKnownFirms(DSLContext sql, VendorFacts vendors, AuditTrail audit, Clock clock) {
    this.sql = sql;
    this.vendors = vendors;
    this.audit = audit;
    this.clock = clock;
  }

  @Serdeable
  record Decision(@Nullable Boolean wellKnown, @Nullable String decisionReference) {}

  @Serdeable
  record WellKnownFirm(
      UUID vendorOrganisationId,
      String nameZh,
      @Nullable String nameEn,
      String decisionReference,
      Instant decidedAt) {}

  @Transactional
  WellKnownFirm decide(Actor actor, UUID vendor, Decision decision) {
    if (!actor.isAuthority()) {
      throw ProblemException.forbidden("Only the authority recognises well-known firms.");
    }
    new Violations()
        .require(decision.wellKnown() != null, "wellKnown", "is required (true or false)")
        .text("decisionReference", decision.decisionReference(), 200)
        .throwIfAny();
    if (vendors.standing(vendor).isEmpty()) {
      throw ProblemException.notFound("The vendor");
    }
    boolean before = isWellKnown(vendor);
    Instant now = clock.instant();
    if (decision.wellKnown()) {
      sql.execute(
          """
          INSERT INTO well_known_firm (vendor_organisation_id, decision_reference, decided_by, decided_at)
          VALUES (?, ?, ?, CAST(? AS timestamptz))
          ON CONFLICT (vendor_organisation_id) DO UPDATE
            SET decision_reference = EXCLUDED.decision_reference, decided_by = EXCLUDED.decided_by,
                decided_at = EXCLUDED.decided_at
          """,
          vendor,
          decision.decisionReference().strip(),
          actor.userId(),
          PolicyStore.utc(now));
    } else {
      sql.execute("DELETE FROM well_known_firm WHERE vendor_organisation_id = ?", vendor);
    }
    audit.record(
        actor,
        decision.wellKnown() ? "vendor.recognised-well-known" : "vendor.unrecognised-well-known",
        "organisation",
        vendor,
        new Flag(before, null),
        new Flag(decision.wellKnown(), decision.decisionReference().strip()));
    return all().stream()
        .filter(firm -> firm.vendorOrganisationId().equals(vendor))
        .findFirst()
        .orElseGet(
            () -> new WellKnownFirm(vendor, "", null, decision.decisionReference().strip(), now));
  }

  @Serdeable
  record Flag(boolean wellKnown, @Nullable String decisionReference) {}

  @Transactional
  boolean isWellKnown(UUID vendor) {
    return sql.fetchExists(
        sql.selectOne().from("well_known_firm").where("vendor_organisation_id = ?", vendor));
  }

  @Transactional
  List<WellKnownFirm> all() {
    return sql.fetch(
            """
            SELECT w.vendor_organisation_id, o.name_zh, o.name_en, w.decision_reference, w.decided_at
            FROM well_known_firm w JOIN organisation o ON o.id = w.vendor_organisation_id
            ORDER BY o.name_zh
            """)
        .map(
            r ->
                new WellKnownFirm(
                    r.get(0, UUID.class),
                    r.get(1, String.class),
                    r.get(2, String.class),
                    r.get(3, String.class),
                    r.get(4, java.time.OffsetDateTime.class).toInstant()));
  }
}
