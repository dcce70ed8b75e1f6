package dev.waibao.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Claims, the bases they hold and the ledger entries that pay them. */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
class ClaimStore {

  static final String BASIS_CLAIMED_ONCE = "subsidy_basis_claimed_once";

  private final DSLContext sql;
  private final PolicyStore policies;

  ClaimStore(DSLContext sql, PolicyStore policies) {
    this.sql = sql;
    this.policies = policies;
  }

  /** A claim as the engine and the reviewer need it. */
  record Claim(
      UUID id,
      UUID policyId,
      int policyRevision,
      UUID claimant,
      PolicyType type,
      ClaimStatus status,
      int budgetYear,
      BigDecimal computedAmount,
      @Nullable BigDecimal provinceShare,
      @Nullable BigDecimal approvedAmount,
      BigDecimal paidAmount,
      Policy rule) {}

  void insert(
      UUID id,
      Policy policy,
      UUID claimant,
      int budgetYear,
      Assessment assessment,
      UUID by,
      Instant now) {
    sql.execute(
        """
        INSERT INTO subsidy_claim (id, policy_id, policy_revision, claimant_organisation_id, type,
            status, budget_year, basis, computed_amount, explanation, rule_snapshot, province_share,
            city_share, submitted_by, submitted_at)
        VALUES (?, ?, ?, ?, ?, 'SUBMITTED', ?, CAST(? AS jsonb), ?, CAST(? AS jsonb),
            CAST(? AS jsonb), ?, ?, ?, CAST(? AS timestamptz))
        """,
        id,
        policy.id(),
        policy.revision(),
        claimant,
        policy.type().name(),
        budgetYear,
        policies.write(assessment.basis()),
        assessment.amount(),
        policies.write(assessment.explanation()),
        policies.write(policy),
        assessment.provinceShare(),
        assessment.cityShare(),
        by,
        PolicyStore.utc(now));
    for (String key : assessment.basisKeys()) {
      sql.execute("INSERT INTO subsidy_claim_basis (claim_id, basis_key) VALUES (?, ?)", id, key);
    }
  }

  /** Which of {@code keys} a claim that is not rejected already holds. */
  List<String> taken(Collection<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return sql.fetch(
            "SELECT basis_key FROM subsidy_claim_basis WHERE NOT released AND basis_key = ANY(?)",
            DSL.val(keys.toArray(String[]::new)))
        .getValues(0, String.class);
  }

  /** How many months of a lease claims under the policy hold (submitted, approved or paid). */
  int rentMonthsHeld(UUID policyId, UUID leaseId) {
    return sql.fetchOne(
            """
            SELECT count(*) FROM subsidy_claim_basis b JOIN subsidy_claim c ON c.id = b.claim_id
            WHERE c.policy_id = ? AND NOT b.released AND b.basis_key LIKE ?
            """,
            policyId,
            "RENT:" + leaseId + ":%")
        .get(0, Integer.class);
  }

  Optional<Claim> lock(UUID id) {
    return sql.fetchOptional(
            "SELECT *, rule_snapshot::text AS rule_text FROM subsidy_claim WHERE id = ? FOR UPDATE",
            id)
        .map(this::claim);
  }

  void approve(UUID id, BigDecimal amount, @Nullable String reason, UUID by, Instant now) {
    sql.execute(
        """
        UPDATE subsidy_claim SET status = 'APPROVED', approved_amount = ?, decision_reason = ?,
            decided_by = ?, decided_at = CAST(? AS timestamptz)
        WHERE id = ?
        """,
        amount,
        reason,
        by,
        PolicyStore.utc(now),
        id);
  }

  void reject(UUID id, String reason, UUID by, Instant now) {
    sql.execute(
        """
        UPDATE subsidy_claim SET status = 'REJECTED', decision_reason = ?, decided_by = ?,
            decided_at = CAST(? AS timestamptz)
        WHERE id = ?
        """,
        reason,
        by,
        PolicyStore.utc(now),
        id);
    sql.execute("UPDATE subsidy_claim_basis SET released = TRUE WHERE claim_id = ?", id);
  }

  void pay(
      UUID claimId, List<Entry> entries, String reference, LocalDate paidOn, UUID by, Instant now) {
    BigDecimal total = BigDecimal.ZERO;
    for (Entry entry : entries) {
      sql.execute(
          """
          INSERT INTO subsidy_payment (id, claim_id, amount, funding_source, reference, paid_on,
              recorded_by, recorded_at)
          VALUES (?, ?, ?, ?, ?, CAST(? AS date), ?, CAST(? AS timestamptz))
          """,
          UUID.randomUUID(),
          claimId,
          entry.amount(),
          entry.source().name(),
          reference,
          paidOn,
          by,
          PolicyStore.utc(now));
      total = total.add(entry.amount());
    }
    sql.execute(
        "UPDATE subsidy_claim SET paid_amount = paid_amount + ?, status = 'PAID' WHERE id = ?",
        total,
        claimId);
  }

  @Serdeable
  record Entry(FundingSource source, BigDecimal amount) {}

  private Claim claim(Record row) {
    return new Claim(
        row.get("id", UUID.class),
        row.get("policy_id", UUID.class),
        row.get("policy_revision", Integer.class),
        row.get("claimant_organisation_id", UUID.class),
        PolicyType.valueOf(row.get("type", String.class)),
        ClaimStatus.valueOf(row.get("status", String.class)),
        row.get("budget_year", Integer.class),
        row.get("computed_amount", BigDecimal.class),
        row.get("province_share", BigDecimal.class),
        row.get("approved_amount", BigDecimal.class),
        row.get("paid_amount", BigDecimal.class),
        policies.read(row.get("rule_text", String.class), Policy.class));
  }
}
