package dev.waibao.subsidies.internal;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Policies, their revisions and their yearly budgets in the database. */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
class PolicyStore {

  private final DSLContext sql;
  private final JsonMapper json;

  PolicyStore(DSLContext sql, JsonMapper json) {
    this.sql = sql;
    this.json = json;
  }

  void insert(Policy policy, UUID by, Instant now) {
    sql.execute(
        """
        INSERT INTO subsidy_policy (id, owner_organisation_id, park_id, type, name_zh, name_en,
            valid_from, valid_to, annual_budget, funding_source, rule, revision, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS date), CAST(? AS date), ?, ?, CAST(? AS jsonb), ?,
            CAST(? AS timestamptz), CAST(? AS timestamptz))
        """,
        policy.id(),
        policy.ownerOrganisationId(),
        policy.parkId(),
        policy.type().name(),
        policy.nameZh(),
        policy.nameEn(),
        policy.validFrom(),
        policy.validTo(),
        policy.annualBudget(),
        policy.fundingSource().name(),
        write(policy.rule()),
        policy.revision(),
        utc(now),
        utc(now));
    insertRevision(policy, by, now);
  }

  void update(Policy policy, UUID by, Instant now) {
    sql.execute(
        """
        UPDATE subsidy_policy SET name_zh = ?, name_en = ?, valid_from = CAST(? AS date),
            valid_to = CAST(? AS date), annual_budget = ?, funding_source = ?,
            rule = CAST(? AS jsonb), revision = ?, updated_at = CAST(? AS timestamptz)
        WHERE id = ?
        """,
        policy.nameZh(),
        policy.nameEn(),
        policy.validFrom(),
        policy.validTo(),
        policy.annualBudget(),
        policy.fundingSource().name(),
        write(policy.rule()),
        policy.revision(),
        utc(now),
        policy.id());
    insertRevision(policy, by, now);
  }

  private void insertRevision(Policy policy, UUID by, Instant now) {
    sql.execute(
        """
        INSERT INTO subsidy_policy_revision (policy_id, revision, snapshot, created_at, created_by)
        VALUES (?, ?, CAST(? AS jsonb), CAST(? AS timestamptz), ?)
        """,
        policy.id(),
        policy.revision(),
        write(policy),
        utc(now),
        by);
  }

  Optional<Policy> find(UUID id) {
    return sql.fetchOptional(
            "SELECT *, rule::text AS rule_text FROM subsidy_policy WHERE id = ?", id)
        .map(this::policy);
  }

  /** The policy, locked against concurrent edits until the transaction ends. */
  Optional<Policy> lock(UUID id) {
    return sql.fetchOptional(
            "SELECT *, rule::text AS rule_text FROM subsidy_policy WHERE id = ? FOR UPDATE", id)
        .map(this::policy);
  }

  /**
   * The policy's budget row for {@code year}, created on first use and locked: every claim and
   * decision on the policy in that year waits here for the one before it.
   */
  Budget lockBudget(Policy policy, int year) {
    sql.execute(
        """
        INSERT INTO subsidy_budget_year (policy_id, year, budget) VALUES (?, ?, ?)
        ON CONFLICT (policy_id, year) DO NOTHING
        """,
        policy.id(),
        year,
        policy.annualBudget());
    Record row =
        sql.fetchOne(
            "SELECT budget, committed, paid FROM subsidy_budget_year WHERE policy_id = ? AND year = ? FOR UPDATE",
            policy.id(),
            year);
    return new Budget(
        year,
        row.get("budget", BigDecimal.class),
        row.get("committed", BigDecimal.class),
        row.get("paid", BigDecimal.class));
  }

  /** Adds {@code delta} (negative to release) to what the year has committed. */
  void commit(UUID policyId, int year, BigDecimal delta) {
    sql.execute(
        "UPDATE subsidy_budget_year SET committed = committed + ? WHERE policy_id = ? AND year = ?",
        delta,
        policyId,
        year);
  }

  void pay(UUID policyId, int year, BigDecimal amount) {
    sql.execute(
        "UPDATE subsidy_budget_year SET paid = paid + ? WHERE policy_id = ? AND year = ?",
        amount,
        policyId,
        year);
  }

  /** A new annual budget applies to this year and later ones; past years keep theirs. */
  void rebudget(UUID policyId, int fromYear, BigDecimal budget) {
    sql.execute(
        "UPDATE subsidy_budget_year SET budget = ? WHERE policy_id = ? AND year >= ?",
        budget,
        policyId,
        fromYear);
  }

  /** The most any year from {@code fromYear} on has committed (locked), 0 if none. */
  BigDecimal mostCommittedFrom(UUID policyId, int fromYear) {
    BigDecimal most =
        sql.fetchOne(
                "SELECT max(committed) FROM (SELECT committed FROM subsidy_budget_year"
                    + " WHERE policy_id = ? AND year >= ? FOR UPDATE) y",
                policyId,
                fromYear)
            .get(0, BigDecimal.class);
    return most == null ? BigDecimal.ZERO : most;
  }

  record Budget(int year, BigDecimal budget, BigDecimal committed, BigDecimal paid) {
    BigDecimal remaining() {
      return budget.subtract(committed);
    }
  }

  Policy policy(Record row) {
    return new Policy(
        row.get("id", UUID.class),
        row.get("owner_organisation_id", UUID.class),
        row.get("park_id", UUID.class),
        PolicyType.valueOf(row.get("type", String.class)),
        row.get("name_zh", String.class),
        row.get("name_en", String.class),
        row.get("valid_from", java.time.LocalDate.class),
        row.get("valid_to", java.time.LocalDate.class),
        row.get("annual_budget", BigDecimal.class),
        FundingSource.valueOf(row.get("funding_source", String.class)),
        read(row.get("rule_text", String.class), Rules.PolicyRule.class),
        row.get("revision", Integer.class));
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
