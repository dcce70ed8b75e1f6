package dev.waibao.tenders.infrastructure;

import static dev.waibao.tenders.infrastructure.Sql.instant;
import static dev.waibao.tenders.infrastructure.Sql.ts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Bids and their versions, scores, awards and contracts. */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
public class BidStore {

  private final DSLContext sql;

  BidStore(DSLContext sql) {
    this.sql = sql;
  }

  /** A bid with its current version. */
  public record StoredBid(
      UUID id,
      UUID tenderId,
      @Nullable UUID lotId,
      UUID vendorOrganisationId,
      String status,
      int currentVersion,
      boolean needsReconfirmation,
      Instant submittedAt,
      Instant updatedAt,
      BigDecimal price,
      int durationDays,
      String proposal,
      String answersJson) {}

  private static final String SELECT_BID =
      """
      SELECT b.*, v.price, v.duration_days, v.proposal, v.answers::text AS answers
      FROM bid b JOIN bid_version v ON v.bid_id = b.id AND v.version_number = b.current_version
      """;

  /** The vendor's live bid on the tender (or lot), locked for a change. */
  public Optional<StoredBid> lockLive(UUID tenderId, @Nullable UUID lotId, UUID vendor) {
    return sql.fetchOptional(
            "SELECT id FROM bid WHERE tender_id = ? AND lot_id IS NOT DISTINCT FROM ? "
                + "AND vendor_organisation_id = ? AND status <> 'WITHDRAWN' FOR UPDATE",
            tenderId,
            lotId,
            vendor)
        .flatMap(row -> find(row.get(0, UUID.class)));
  }

  public Optional<StoredBid> find(UUID bidId) {
    return sql.fetchOptional(SELECT_BID + " WHERE b.id = ?", bidId).map(BidStore::bid);
  }

  /** The vendor's live bids on the tender, one per lot. */
  public List<StoredBid> liveBidsOf(UUID tenderId, UUID vendor) {
    return sql.fetch(
            SELECT_BID
                + " WHERE b.tender_id = ? AND b.vendor_organisation_id = ? AND b.status <> 'WITHDRAWN' ORDER BY b.submitted_at",
            tenderId,
            vendor)
        .map(BidStore::bid);
  }

  /** Every live bid on the tender: only for evaluation, after the deadline. */
  public List<StoredBid> liveBids(UUID tenderId) {
    return sql.fetch(
            SELECT_BID
                + " WHERE b.tender_id = ? AND b.status <> 'WITHDRAWN' ORDER BY b.submitted_at, b.id",
            tenderId)
        .map(BidStore::bid);
  }

  public int countLive(UUID tenderId) {
    return sql.fetchValue(
                "SELECT count(*) FROM bid WHERE tender_id = ? AND status <> 'WITHDRAWN'", tenderId)
            instanceof Number n
        ? n.intValue()
        : 0;
  }

  public void insert(UUID bidId, UUID tenderId, @Nullable UUID lotId, UUID vendor, Instant now) {
    sql.execute(
        """
        INSERT INTO bid (id, tender_id, lot_id, vendor_organisation_id, status, current_version,
                         submitted_at, updated_at)
        VALUES (?, ?, ?, ?, 'SUBMITTED', 1, CAST(? AS timestamptz), CAST(? AS timestamptz))
        """,
        bidId,
        tenderId,
        lotId,
        vendor,
        ts(now),
        ts(now));
  }

  public void addVersion(
      UUID bidId,
      int version,
      BigDecimal price,
      int durationDays,
      String proposal,
      String answersJson,
      UUID by,
      Instant now) {
    sql.execute(
        """
        INSERT INTO bid_version (bid_id, version_number, price, duration_days, proposal, answers, submitted_by, submitted_at)
        VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, CAST(? AS timestamptz))
        """,
        bidId,
        version,
        price,
        durationDays,
        proposal,
        answersJson,
        by,
        ts(now));
    sql.execute(
        "UPDATE bid SET current_version = ?, needs_reconfirmation = FALSE, updated_at = CAST(? AS timestamptz) WHERE id = ?",
        version,
        ts(now),
        bidId);
  }

  public void withdraw(UUID bidId, Instant now) {
    sql.execute(
        "UPDATE bid SET status = 'WITHDRAWN', withdrawn_at = CAST(? AS timestamptz), updated_at = CAST(? AS timestamptz) WHERE id = ?",
        ts(now),
        ts(now),
        bidId);
  }

  /** Marks the tender's live bids as needing reconfirmation; returns their vendors. */
  public List<UUID> requireReconfirmation(UUID tenderId) {
    return sql.fetch(
            "UPDATE bid SET needs_reconfirmation = TRUE WHERE tender_id = ? AND status = 'SUBMITTED' RETURNING vendor_organisation_id",
            tenderId)
        .map(row -> row.get(0, UUID.class));
  }

  /** Vendors with a live bid on the tender, each once. */
  public List<UUID> biddingVendors(UUID tenderId) {
    return sql.fetch(
            "SELECT DISTINCT vendor_organisation_id FROM bid WHERE tender_id = ? AND status <> 'WITHDRAWN'",
            tenderId)
        .map(row -> row.get(0, UUID.class));
  }

  public void score(UUID bidId, int criterion, int score, UUID by, Instant now) {
    sql.execute(
        """
        INSERT INTO bid_score (bid_id, criterion_position, score, scored_by, scored_at)
        VALUES (?, ?, ?, ?, CAST(? AS timestamptz))
        ON CONFLICT (bid_id, criterion_position) DO UPDATE SET score = excluded.score,
          scored_by = excluded.scored_by, scored_at = excluded.scored_at
        """,
        bidId,
        criterion,
        score,
        by,
        ts(now));
  }

  /** Quality scores by bid, then by criterion position. */
  public Map<UUID, Map<Integer, Integer>> scores(UUID tenderId) {
    Map<UUID, Map<Integer, Integer>> scores = new HashMap<>();
    sql.fetch(
            "SELECT s.bid_id, s.criterion_position, s.score FROM bid_score s JOIN bid b ON b.id = s.bid_id WHERE b.tender_id = ?",
            tenderId)
        .forEach(
            row ->
                scores
                    .computeIfAbsent(row.get(0, UUID.class), id -> new HashMap<>())
                    .put(row.get(1, Integer.class), row.get(2, Integer.class)));
    return scores;
  }

  public boolean awarded(UUID tenderId, @Nullable UUID lotId) {
    return sql.fetchExists(
        sql.selectOne()
            .from("award")
            .where("tender_id = ? AND lot_id IS NOT DISTINCT FROM ?", tenderId, lotId));
  }

  public void award(
      UUID awardId,
      UUID tenderId,
      @Nullable UUID lotId,
      UUID bidId,
      String reason,
      BigDecimal value,
      UUID by,
      Instant now) {
    sql.execute(
        """
        INSERT INTO award (id, tender_id, lot_id, bid_id, reason, value, awarded_by, awarded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS timestamptz))
        """,
        awardId,
        tenderId,
        lotId,
        bidId,
        reason,
        value,
        by,
        ts(now));
    sql.execute(
        "UPDATE bid SET status = 'AWARDED', updated_at = CAST(? AS timestamptz) WHERE id = ?",
        ts(now),
        bidId);
    sql.execute(
        """
        UPDATE bid SET status = 'LOST', updated_at = CAST(? AS timestamptz)
        WHERE tender_id = ? AND lot_id IS NOT DISTINCT FROM ? AND id <> ? AND status = 'SUBMITTED'
        """,
        ts(now),
        tenderId,
        lotId,
        bidId);
  }

  public int awardCount(UUID tenderId) {
    return sql.fetchValue("SELECT count(*) FROM award WHERE tender_id = ?", tenderId)
            instanceof Number n
        ? n.intValue()
        : 0;
  }

  private static StoredBid bid(Record row) {
    return new StoredBid(
        row.get("id", UUID.class),
        row.get("tender_id", UUID.class),
        row.get("lot_id", UUID.class),
        row.get("vendor_organisation_id", UUID.class),
        row.get("status", String.class),
        row.get("current_version", Integer.class),
        row.get("needs_reconfirmation", Boolean.class),
        instant(row, "submitted_at"),
        instant(row, "updated_at"),
        row.get("price", BigDecimal.class),
        row.get("duration_days", Integer.class),
        row.get("proposal", String.class),
        row.get("answers", String.class));
  }
}
