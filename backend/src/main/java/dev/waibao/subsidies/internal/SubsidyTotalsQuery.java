package dev.waibao.subsidies.internal;

import dev.waibao.subsidies.SubsidyTotals;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Approved and paid subsidy money per day, in one SQL query. A claim's funding source is the one of
 * the policy revision it was decided under (its rule snapshot), not of the policy's later edits.
 */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
class SubsidyTotalsQuery implements SubsidyTotals {

  private static final String ZONE = SubsidyCalendar.ZONE.getId();

  // where each claim's money went: the leased park (rent), the policy's park, the claimant's park
  private static final String PLACED =
      """
      WITH placed AS (
        SELECT c.id, c.type, c.status, c.approved_amount, c.decided_at,
               c.rule_snapshot ->> 'fundingSource' AS source,
               CAST(c.rule_snapshot -> 'rule' -> 'training' ->> 'provinceSharePercent' AS numeric) AS province_percent,
               k.id AS park_id, coalesce(k.city, vp.city) AS city
        FROM subsidy_claim c
        JOIN subsidy_policy p ON p.id = c.policy_id
        LEFT JOIN vendor_profile vp ON vp.organisation_id = c.claimant_organisation_id
        LEFT JOIN park k ON k.id = coalesce(CAST(c.basis ->> 'parkId' AS uuid), p.park_id, vp.park_id)
        WHERE c.status IN ('APPROVED', 'PAID') AND {0}
      ),
      money AS (
        SELECT (c.decided_at AT TIME ZONE '%1$s')::date AS day, c.type, s.source, c.city, c.park_id,
               s.amount AS approved, 0::numeric AS paid
        FROM placed c
        CROSS JOIN LATERAL (
          SELECT 'PROVINCE' AS source, round(c.approved_amount * c.province_percent / 100, 2) AS amount
          WHERE c.source = 'PROVINCE_AND_CITY'
          UNION ALL
          SELECT 'CITY', c.approved_amount - round(c.approved_amount * c.province_percent / 100, 2)
          WHERE c.source = 'PROVINCE_AND_CITY'
          UNION ALL
          SELECT c.source, c.approved_amount WHERE c.source <> 'PROVINCE_AND_CITY') s
        WHERE c.status IN ('APPROVED', 'PAID') AND s.amount > 0
          AND c.decided_at >= (CAST({1} AS date)::timestamp AT TIME ZONE '%1$s')
          AND c.decided_at < ((CAST({2} AS date) + 1)::timestamp AT TIME ZONE '%1$s')
        UNION ALL
        SELECT e.paid_on, c.type, e.funding_source, c.city, c.park_id, 0::numeric, e.amount
        FROM subsidy_payment e JOIN placed c ON c.id = e.claim_id
        WHERE e.paid_on BETWEEN CAST({1} AS date) AND CAST({2} AS date)
      )
      SELECT day, type, source, city, park_id, sum(approved) AS approved, sum(paid) AS paid
      FROM money
      GROUP BY day, type, source, city, park_id
      ORDER BY day, type, source, city, park_id
      """
          .formatted(ZONE);

  private final DSLContext sql;

  SubsidyTotalsQuery(DSLContext sql) {
    this.sql = sql;
  }

  @Override
  public List<DayTotal> daily(
      LocalDate from, LocalDate to, @Nullable String city, Collection<UUID> parks) {
    Condition place = DSL.noCondition();
    if (city != null) {
      place = place.and(DSL.condition("coalesce(k.city, vp.city) = ?", city));
    }
    if (!parks.isEmpty()) {
      place = place.and(DSL.condition("k.id = ANY(?)", DSL.val(parks.toArray(UUID[]::new))));
    }
    return sql.fetch(PLACED, place, DSL.val(from), DSL.val(to))
        .map(
            r ->
                new DayTotal(
                    r.get("day", LocalDate.class),
                    r.get("type", String.class),
                    r.get("source", String.class),
                    r.get("city", String.class),
                    r.get("park_id", UUID.class),
                    r.get("approved", BigDecimal.class),
                    r.get("paid", BigDecimal.class)));
  }
}
