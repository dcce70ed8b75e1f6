package dev.waibao.subsidies.internal;

import dev.waibao.shared.security.Actor;
import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Reads of policies, claims, the ledger and budgets, each limited to what the actor may see. */
@Singleton
class SubsidyQueries {

  private static final String POLICY_SELECT =
      """
      SELECT p.*, p.rule::text AS rule_text, o.name_zh AS owner_name_zh, o.name_en AS owner_name_en,
             k.name_zh AS park_name_zh, k.name_en AS park_name_en,
             coalesce(b.committed, 0) AS committed, coalesce(b.paid, 0) AS paid,
             (SELECT count(*) FROM subsidy_claim c WHERE c.policy_id = p.id) AS claim_count
      FROM subsidy_policy p
      JOIN organisation o ON o.id = p.owner_organisation_id
      LEFT JOIN park k ON k.id = p.park_id
      LEFT JOIN subsidy_budget_year b ON b.policy_id = p.id AND b.year = {0}
      """;

  private static final String CLAIM_SELECT =
      """
      SELECT c.*, c.basis::text AS basis_text, c.explanation::text AS explanation_text,
             p.name_zh AS policy_name_zh, p.name_en AS policy_name_en,
             p.owner_organisation_id AS policy_owner,
             o.name_zh AS claimant_name_zh, o.name_en AS claimant_name_en
      FROM subsidy_claim c
      JOIN subsidy_policy p ON p.id = c.policy_id
      JOIN organisation o ON o.id = c.claimant_organisation_id
      """;

  private static final String PAYMENT_SELECT =
      """
      SELECT e.*, c.policy_id, c.type, p.name_zh AS policy_name_zh, p.name_en AS policy_name_en,
             o.name_zh AS claimant_name_zh, o.name_en AS claimant_name_en
      FROM subsidy_payment e
      JOIN subsidy_claim c ON c.id = e.claim_id
      JOIN subsidy_policy p ON p.id = c.policy_id
      JOIN organisation o ON o.id = c.claimant_organisation_id
      """;

  private final DSLContext sql;
  private final PolicyStore store;
  private final Clock clock;

  SubsidyQueries(DSLContext sql, PolicyStore store, Clock clock) {
    this.sql = sql;
    this.store = store;
    this.clock = clock;
  }

  /**
   * The policies the actor sees: its own for a park operator, every policy for the authority, those
   * in force for a vendor.
   */
  @Transactional(readOnly = true)
  List<SubsidyViews.PolicyView> policies(Actor actor) {
    LocalDate today = SubsidyCalendar.today(clock);
    Condition where =
        switch (actor.kind()) {
          case AUTHORITY -> DSL.trueCondition();
          case PARK_OPERATOR ->
              DSL.condition("p.owner_organisation_id = ?", actor.organisationId());
          default ->
              DSL.condition(
                  "p.valid_from <= CAST(? AS date) AND (p.valid_to IS NULL OR p.valid_to >= CAST(? AS date))",
                  today,
                  today);
        };
    return sql.fetch(
            POLICY_SELECT + " WHERE {1} ORDER BY p.park_id NULLS FIRST, p.created_at",
            DSL.val(today.getYear()),
            where)
        .map(r -> policy(r, today));
  }

  @Transactional(readOnly = true)
  Optional<SubsidyViews.PolicyView> policy(Actor actor, UUID id) {
    LocalDate today = SubsidyCalendar.today(clock);
    return sql.fetchOptional(
            POLICY_SELECT + " WHERE p.id = {1}", DSL.val(today.getYear()), DSL.val(id))
        .map(r -> policy(r, today))
        .filter(
            p ->
                actor.isAuthority()
                    || actor.belongsTo(p.ownerOrganisationId())
                    || (actor.kind() == OrganisationKind.VENDOR && p.inForce()));
  }

  private SubsidyViews.PolicyView policy(Record r, LocalDate today) {
    Policy p = store.policy(r);
    BigDecimal committed = r.get("committed", BigDecimal.class);
    BigDecimal budget = p.annualBudget();
    return new SubsidyViews.PolicyView(
        p.id(),
        p.ownerOrganisationId(),
        r.get("owner_name_zh", String.class),
        r.get("owner_name_en", String.class),
        p.parkId(),
        r.get("park_name_zh", String.class),
        r.get("park_name_en", String.class),
        p.type(),
        p.nameZh(),
        p.nameEn(),
        p.validFrom(),
        p.validTo(),
        budget,
        p.fundingSource(),
        p.rule(),
        p.revision(),
        p.inForceOn(today),
        today.getYear(),
        committed,
        r.get("paid", BigDecimal.class),
        budget.subtract(committed),
        r.get("claim_count", Long.class));
  }

  /**
   * The claims the actor sees: its own for a vendor, those on its policies for a park operator, all
   * for the authority.
   */
  @Transactional(readOnly = true)
  List<SubsidyViews.ClaimView> claims(
      Actor actor, @Nullable ClaimStatus status, @Nullable UUID policyId) {
    Condition where = visibleClaims(actor);
    if (status != null) {
      where = where.and(DSL.condition("c.status = ?", status.name()));
    }
    if (policyId != null) {
      where = where.and(DSL.condition("c.policy_id = ?", policyId));
    }
    List<Record> rows =
        new ArrayList<>(
            sql.fetch(CLAIM_SELECT + " WHERE {0} ORDER BY c.submitted_at DESC LIMIT 500", where));
    Map<UUID, List<SubsidyViews.PaymentView>> payments =
        rows.isEmpty()
            ? Map.of()
            : sql
                .fetch(
                    PAYMENT_SELECT + " WHERE e.claim_id = ANY(?) ORDER BY e.recorded_at",
                    DSL.val(rows.stream().map(r -> r.get("id", UUID.class)).toArray(UUID[]::new)))
                .map(this::payment)
                .stream()
                .collect(Collectors.groupingBy(SubsidyViews.PaymentView::claimId));
    return rows.stream()
        .map(r -> claim(r, payments.getOrDefault(r.get("id", UUID.class), List.of())))
        .toList();
  }

  @Transactional(readOnly = true)
  Optional<SubsidyViews.ClaimView> claim(Actor actor, UUID id) {
    return sql.fetchOptional(
            CLAIM_SELECT + " WHERE {0} AND c.id = {1}", visibleClaims(actor), DSL.val(id))
        .map(
            r ->
                claim(
                    r,
                    sql.fetch(PAYMENT_SELECT + " WHERE e.claim_id = ? ORDER BY e.recorded_at", id)
                        .map(this::payment)));
  }

  private static Condition visibleClaims(Actor actor) {
    return switch (actor.kind()) {
      case AUTHORITY -> DSL.trueCondition();
      case PARK_OPERATOR -> DSL.condition("p.owner_organisation_id = ?", actor.organisationId());
      case VENDOR -> DSL.condition("c.claimant_organisation_id = ?", actor.organisationId());
      default -> DSL.falseCondition();
    };
  }

  private SubsidyViews.ClaimView claim(Record r, List<SubsidyViews.PaymentView> payments) {
    return new SubsidyViews.ClaimView(
        r.get("id", UUID.class),
        r.get("policy_id", UUID.class),
        r.get("policy_name_zh", String.class),
        r.get("policy_name_en", String.class),
        r.get("policy_revision", Integer.class),
        r.get("policy_owner", UUID.class),
        PolicyType.valueOf(r.get("type", String.class)),
        ClaimStatus.valueOf(r.get("status", String.class)),
        r.get("claimant_organisation_id", UUID.class),
        r.get("claimant_name_zh", String.class),
        r.get("claimant_name_en", String.class),
        r.get("budget_year", Integer.class),
        store.read(r.get("basis_text", String.class), ClaimBasis.class),
        r.get("computed_amount", BigDecimal.class),
        List.of(store.read(r.get("explanation_text", String.class), Rules.Line[].class)),
        r.get("province_share", BigDecimal.class),
        r.get("city_share", BigDecimal.class),
        r.get("approved_amount", BigDecimal.class),
        r.get("decision_reason", String.class),
        instant(r, "decided_at"),
        r.get("paid_amount", BigDecimal.class),
        instant(r, "submitted_at"),
        payments);
  }

  /** The ledger: payments on the operator's policies, or all of them for the authority. */
  @Transactional(readOnly = true)
  List<SubsidyViews.PaymentView> ledger(Actor actor) {
    Condition where =
        actor.isAuthority()
            ? DSL.trueCondition()
            : actor.kind() == OrganisationKind.PARK_OPERATOR
                ? DSL.condition("p.owner_organisation_id = ?", actor.organisationId())
                : DSL.condition("c.claimant_organisation_id = ?", actor.organisationId());
    return sql.fetch(PAYMENT_SELECT + " WHERE {0} ORDER BY e.recorded_at DESC LIMIT 1000", where)
        .map(this::payment);
  }

  private SubsidyViews.PaymentView payment(Record r) {
    return new SubsidyViews.PaymentView(
        r.get("id", UUID.class),
        r.get("claim_id", UUID.class),
        r.get("policy_id", UUID.class),
        r.get("policy_name_zh", String.class),
        r.get("policy_name_en", String.class),
        PolicyType.valueOf(r.get("type", String.class)),
        r.get("claimant_name_zh", String.class),
        r.get("claimant_name_en", String.class),
        r.get("amount", BigDecimal.class),
        FundingSource.valueOf(r.get("funding_source", String.class)),
        r.get("reference", String.class),
        r.get("paid_on", LocalDate.class),
        instant(r, "recorded_at"));
  }

  private static java.time.Instant instant(Record r, String column) {
    OffsetDateTime value = r.get(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
