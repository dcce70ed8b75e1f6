package dev.waibao.tenders.infrastructure;

import static dev.waibao.tenders.infrastructure.Sql.instant;
import static dev.waibao.tenders.infrastructure.Sql.ts;

import dev.waibao.tenders.model.Tender;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Contracts that follow awards, and the client's rating once a contract is completed. */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
public class ContractStore {

  private final DSLContext sql;

  ContractStore(DSLContext sql) {
    this.sql = sql;
  }

  @Serdeable
  public record StoredContract(
      UUID id,
      UUID tenderId,
      UUID clientOrganisationId,
      UUID vendorOrganisationId,
      BigDecimal value,
      LocalDate startsOn,
      LocalDate endsOn,
      String status,
      @Nullable Instant endedAt,
      @Nullable String endReason) {}

  @Serdeable
  public record RatingSummary(
      UUID vendorOrganisationId,
      int ratings,
      @Nullable BigDecimal quality,
      @Nullable BigDecimal schedule,
      @Nullable BigDecimal communication) {}

  public UUID create(
      UUID awardId,
      Tender tender,
      UUID vendor,
      BigDecimal value,
      LocalDate startsOn,
      LocalDate endsOn,
      Instant now) {
    UUID id = UUID.randomUUID();
    sql.execute(
        """
        INSERT INTO contract (id, award_id, tender_id, client_organisation_id, vendor_organisation_id,
                              value, starts_on, ends_on, status, created_at)
        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS date), CAST(? AS date), 'ACTIVE', CAST(? AS timestamptz))
        """,
        id,
        awardId,
        tender.id(),
        tender.clientOrganisationId(),
        vendor,
        value,
        startsOn,
        endsOn,
        ts(now));
    return id;
  }

  public Optional<StoredContract> lock(UUID id) {
    return sql.fetchOptional("SELECT * FROM contract WHERE id = ? FOR UPDATE", id)
        .map(ContractStore::contract);
  }

  public Optional<StoredContract> find(UUID id) {
    return sql.fetchOptional("SELECT * FROM contract WHERE id = ?", id)
        .map(ContractStore::contract);
  }

  public void end(UUID id, String status, @Nullable String reason, Instant now) {
    sql.execute(
        "UPDATE contract SET status = ?, ended_at = CAST(? AS timestamptz), end_reason = ? WHERE id = ?",
        status,
        ts(now),
        reason,
        id);
  }

  public boolean rated(UUID contractId) {
    return sql.fetchExists(
        sql.selectOne().from("contract_rating").where("contract_id = ?", contractId));
  }

  public void rate(
      UUID contractId,
      int quality,
      int schedule,
      int communication,
      @Nullable String comment,
      UUID by,
      Instant now) {
    sql.execute(
        """
        INSERT INTO contract_rating (contract_id, quality, schedule, communication, comment, rated_by, rated_at)
        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS timestamptz))
        """,
        contractId,
        quality,
        schedule,
        communication,
        comment,
        by,
        ts(now));
  }

  public RatingSummary ratingOf(UUID vendor) {
    Record row =
        sql.fetchOne(
            """
            SELECT count(*), round(avg(r.quality), 2), round(avg(r.schedule), 2), round(avg(r.communication), 2)
            FROM contract_rating r JOIN contract c ON c.id = r.contract_id WHERE c.vendor_organisation_id = ?
            """,
            vendor);
    return new RatingSummary(
        vendor,
        row.get(0, Integer.class),
        row.get(1, BigDecimal.class),
        row.get(2, BigDecimal.class),
        row.get(3, BigDecimal.class));
  }

  private static StoredContract contract(Record row) {
    return new StoredContract(
        row.get("id", UUID.class),
        row.get("tender_id", UUID.class),
        row.get("client_organisation_id", UUID.class),
        row.get("vendor_organisation_id", UUID.class),
        row.get("value", BigDecimal.class),
        row.get("starts_on", LocalDate.class),
        row.get("ends_on", LocalDate.class),
        row.get("status", String.class),
        instant(row, "ended_at"),
        row.get("end_reason", String.class));
  }
}
