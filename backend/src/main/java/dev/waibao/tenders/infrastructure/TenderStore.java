package dev.waibao.tenders.infrastructure;

import static dev.waibao.tenders.infrastructure.Sql.instant;
import static dev.waibao.tenders.infrastructure.Sql.ts;

import dev.waibao.tenders.model.Tender;
import dev.waibao.tenders.model.TenderRules;
import dev.waibao.tenders.model.TenderStatus;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Loads and saves tenders with their requirements, criteria and lots. */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
public class TenderStore implements TenderRules.ReferenceData {

  private final DSLContext sql;

  TenderStore(DSLContext sql) {
    this.sql = sql;
  }

  /**
   * The tender row with its children, in one statement (bids read it every time, so round trips
   * count); the lists keep their order columns' order.
   */
  private static final String SELECT_WITH_CHILDREN =
      """
      SELECT t.*,
             ARRAY(SELECT capability_code FROM tender_capability c WHERE c.tender_id = t.id
                   ORDER BY capability_code) AS capability_codes,
             ARRAY(SELECT language FROM tender_language l WHERE l.tender_id = t.id
                   ORDER BY language) AS language_codes,
             coalesce(certifications.types, '{}') AS certification_types,
             coalesce(certifications.levels, '{}') AS certification_levels,
             coalesce(criteria.names, '{}') AS criterion_names,
             coalesce(criteria.weights, '{}') AS criterion_weights,
             coalesce(lots.ids, '{}') AS lot_ids,
             coalesce(lots.titles, '{}') AS lot_titles,
             coalesce(lots.budgets, '{}') AS lot_budgets
      FROM tender t
      LEFT JOIN LATERAL (
        SELECT array_agg(type ORDER BY type) AS types,
               array_agg(minimum_level ORDER BY type) AS levels
        FROM tender_certification c WHERE c.tender_id = t.id) certifications ON true
      LEFT JOIN LATERAL (
        SELECT array_agg(name ORDER BY position) AS names,
               array_agg(weight ORDER BY position) AS weights
        FROM tender_criterion c WHERE c.tender_id = t.id) criteria ON true
      LEFT JOIN LATERAL (
        SELECT array_agg(id ORDER BY position) AS ids, array_agg(title ORDER BY position) AS titles,
               array_agg(budget_max ORDER BY position) AS budgets
        FROM tender_lot l WHERE l.tender_id = t.id) lots ON true
      WHERE t.id = ?
      """;

  public Optional<Tender> find(UUID id) {
    return load(sql.fetchOptional(SELECT_WITH_CHILDREN, id));
  }

  /** Locks the tender row: bids, closing and awards of one tender are decided one at a time. */
  public Optional<Tender> lock(UUID id) {
    return load(sql.fetchOptional(SELECT_WITH_CHILDREN + " FOR UPDATE OF t", id));
  }

  /** Shares the lock with other bidders while keeping the closing job out until they commit. */
  public Optional<Tender> lockShared(UUID id) {
    return load(sql.fetchOptional(SELECT_WITH_CHILDREN + " FOR SHARE OF t", id));
  }

  public void insert(Tender tender, UUID createdBy, Instant now) {
    sql.execute(
        """
        INSERT INTO tender (id, client_organisation_id, created_by, status, title, description,
          client_industry, city, delivery_mode, budget_min, budget_max, price_ceiling, contact_name,
          contact_phone, contact_email, minimum_headcount, notice_period_days, clarification_deadline,
          bid_deadline, opening_time, price_weight, minimum_bids, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS timestamptz),
          CAST(? AS timestamptz), CAST(? AS timestamptz), ?, ?, CAST(? AS timestamptz), CAST(? AS timestamptz))
        """,
        tender.id(),
        tender.clientOrganisationId(),
        createdBy,
        tender.status().name(),
        tender.title(),
        tender.description(),
        tender.clientIndustry(),
        tender.city(),
        tender.deliveryMode(),
        tender.budgetMin(),
        tender.budgetMax(),
        tender.priceCeiling(),
        tender.contactName(),
        tender.contactPhone(),
        tender.contactEmail(),
        tender.minimumHeadcount(),
        tender.noticePeriodDays(),
        ts(tender.clarificationDeadline()),
        ts(tender.bidDeadline()),
        ts(tender.openingTime()),
        tender.priceWeight(),
        tender.minimumBids(),
        ts(now),
        ts(now));
    writeChildren(tender);
  }

  /** Saves every field of the tender (already locked by the caller) and bumps its version. */
  public void update(Tender tender, Instant now) {
    sql.execute(
        """
        UPDATE tender SET status = ?, title = ?, description = ?, client_industry = ?, city = ?,
          delivery_mode = ?, budget_min = ?, budget_max = ?, price_ceiling = ?, contact_name = ?,
          contact_phone = ?, contact_email = ?, minimum_headcount = ?, notice_period_days = ?,
          clarification_deadline = CAST(? AS timestamptz), bid_deadline = CAST(? AS timestamptz),
          opening_time = CAST(? AS timestamptz), price_weight = ?, minimum_bids = ?,
          published_at = CAST(? AS timestamptz), cancelled_at = CAST(? AS timestamptz), cancel_reason = ?,
          updated_at = CAST(? AS timestamptz), version = version + 1
        WHERE id = ?
        """,
        tender.status().name(),
        tender.title(),
        tender.description(),
        tender.clientIndustry(),
        tender.city(),
        tender.deliveryMode(),
        tender.budgetMin(),
        tender.budgetMax(),
        tender.priceCeiling(),
        tender.contactName(),
        tender.contactPhone(),
        tender.contactEmail(),
        tender.minimumHeadcount(),
        tender.noticePeriodDays(),
        ts(tender.clarificationDeadline()),
        ts(tender.bidDeadline()),
        ts(tender.openingTime()),
        tender.priceWeight(),
        tender.minimumBids(),
        ts(tender.publishedAt()),
        ts(tender.cancelledAt()),
        tender.cancelReason(),
        ts(now),
        tender.id());
    sql.execute("DELETE FROM tender_capability WHERE tender_id = ?", tender.id());
    sql.execute("DELETE FROM tender_language WHERE tender_id = ?", tender.id());
    sql.execute("DELETE FROM tender_certification WHERE tender_id = ?", tender.id());
    sql.execute("DELETE FROM tender_criterion WHERE tender_id = ?", tender.id());
    List<UUID> kept = tender.lots().stream().map(Tender.Lot::id).toList();
    sql.execute(
        "DELETE FROM tender_lot WHERE tender_id = ? AND NOT (id = ANY(?))",
        tender.id(),
        kept.toArray(UUID[]::new));
    writeChildren(tender);
  }

  /** Moves a tender's status with the time stamp that goes with it. */
  public void moveTo(UUID id, TenderStatus status, String timeColumn, Instant now) {
    sql.execute(
        "UPDATE tender SET status = ?, "
            + timeColumn
            + " = CAST(? AS timestamptz), updated_at = CAST(? AS timestamptz), version = version + 1 WHERE id = ?",
        status.name(),
        ts(now),
        ts(now),
        id);
  }

  /**
   * Active tenders whose bid deadline has passed, locked, skipping those another instance holds.
   */
  public List<UUID> lockDueForClosing(Instant now, int limit) {
    return sql.fetch(
            """
            SELECT id FROM tender WHERE status = 'ACTIVE' AND bid_deadline <= CAST(? AS timestamptz)
            ORDER BY bid_deadline LIMIT ? FOR UPDATE SKIP LOCKED
            """,
            ts(now),
            limit)
        .map(row -> row.get(0, UUID.class));
  }

  private void writeChildren(Tender tender) {
    for (String capability : tender.capabilities()) {
      sql.execute(
          "INSERT INTO tender_capability (tender_id, capability_code) VALUES (?, ?)",
          tender.id(),
          capability);
    }
    for (String language : tender.languages()) {
      sql.execute(
          "INSERT INTO tender_language (tender_id, language) VALUES (?, ?)", tender.id(), language);
    }
    for (Tender.CertificationRequirement c : tender.certifications()) {
      sql.execute(
          "INSERT INTO tender_certification (tender_id, type, minimum_level) VALUES (?, ?, ?)",
          tender.id(),
          c.type(),
          c.minimumLevel());
    }
    for (int i = 0; i < tender.criteria().size(); i++) {
      Tender.Criterion c = tender.criteria().get(i);
      sql.execute(
          "INSERT INTO tender_criterion (tender_id, position, name, weight) VALUES (?, ?, ?, ?)",
          tender.id(),
          i,
          c.name(),
          c.weight());
    }
    for (int i = 0; i < tender.lots().size(); i++) {
      Tender.Lot lot = tender.lots().get(i);
      sql.execute(
          """
          INSERT INTO tender_lot (id, tender_id, position, title, budget_max) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (id) DO UPDATE SET position = excluded.position, title = excluded.title,
            budget_max = excluded.budget_max
          """,
          lot.id(),
          tender.id(),
          i + 1000,
          lot.title(),
          lot.budgetMax());
    }
    // positions were parked out of the way above so reordering never collides
    sql.execute(
        "UPDATE tender_lot SET position = position - 1000 WHERE tender_id = ? AND position >= 1000",
        tender.id());
  }

  private Optional<Tender> load(Optional<Record> found) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Record row = found.get();
    UUID id = row.get("id", UUID.class);
    Set<String> capabilities =
        new LinkedHashSet<>(Arrays.asList(row.get("capability_codes", String[].class)));
    Set<String> languages =
        new LinkedHashSet<>(Arrays.asList(row.get("language_codes", String[].class)));
    String[] certificationTypes = row.get("certification_types", String[].class);
    Integer[] certificationLevels = row.get("certification_levels", Integer[].class);
    var certifications = new ArrayList<Tender.CertificationRequirement>();
    for (int i = 0; i < certificationTypes.length; i++) {
      certifications.add(
          new Tender.CertificationRequirement(certificationTypes[i], certificationLevels[i]));
    }
    String[] criterionNames = row.get("criterion_names", String[].class);
    Integer[] criterionWeights = row.get("criterion_weights", Integer[].class);
    var criteria = new ArrayList<Tender.Criterion>();
    for (int i = 0; i < criterionNames.length; i++) {
      criteria.add(new Tender.Criterion(criterionNames[i], criterionWeights[i]));
    }
    UUID[] lotIds = row.get("lot_ids", UUID[].class);
    String[] lotTitles = row.get("lot_titles", String[].class);
    BigDecimal[] lotBudgets = row.get("lot_budgets", BigDecimal[].class);
    var lots = new ArrayList<Tender.Lot>();
    for (int i = 0; i < lotIds.length; i++) {
      lots.add(new Tender.Lot(lotIds[i], lotTitles[i], lotBudgets[i]));
    }
    return Optional.of(
        new Tender(
            id,
            row.get("client_organisation_id", UUID.class),
            TenderStatus.valueOf(row.get("status", String.class)),
            row.get("title", String.class),
            row.get("description", String.class),
            row.get("client_industry", String.class),
            row.get("city", String.class),
            row.get("delivery_mode", String.class),
            row.get("budget_min", BigDecimal.class),
            row.get("budget_max", BigDecimal.class),
            row.get("price_ceiling", BigDecimal.class),
            row.get("contact_name", String.class),
            row.get("contact_phone", String.class),
            row.get("contact_email", String.class),
            row.get("minimum_headcount", Integer.class),
            row.get("notice_period_days", Integer.class),
            instant(row, "clarification_deadline"),
            instant(row, "bid_deadline"),
            instant(row, "opening_time"),
            row.get("price_weight", Integer.class),
            row.get("minimum_bids", Integer.class),
            capabilities,
            languages,
            certifications,
            criteria,
            lots,
            instant(row, "published_at"),
            instant(row, "cancelled_at"),
            row.get("cancel_reason", String.class),
            row.get("version", Long.class)));
  }

  @Override
  public boolean isIndustry(String code) {
    return sql.fetchExists(sql.selectOne().from("industry").where("code = ?", code));
  }

  @Override
  public boolean isCity(String code) {
    return sql.fetchExists(sql.selectOne().from("city").where("code = ?", code));
  }

  @Override
  public boolean isActiveCapability(String code) {
    return sql.fetchExists(
        sql.selectOne().from("capability").where("code = ? AND retired_in IS NULL", code));
  }
}
