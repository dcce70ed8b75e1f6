package dev.waibao.opendata.internal;

import static org.jooq.impl.DSL.inline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Reads what the feed may publish, straight from the marketplace's tables. Only published tenders
 * are read; bids are only ever counted, and only once the bid deadline has passed.
 */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
class OcdsQueries {

  private final DSLContext sql;

  OcdsQueries(DSLContext sql) {
    this.sql = sql;
  }

  /** Something that happened to a tender and gives it a release. */
  record Event(UUID tenderId, String kind, @Nullable UUID ref, Instant at) {}

  record Item(String code, String group, String nameZh, String nameEn, String groupNameZh) {}

  record AwardData(
      UUID id, BigDecimal value, Instant awardedAt, UUID supplierId, String supplierName) {}

  record ContractData(
      UUID id,
      UUID awardId,
      BigDecimal value,
      LocalDate startsOn,
      LocalDate endsOn,
      Instant createdAt,
      @Nullable Instant endedAt) {}

  record TenderData(
      UUID id,
      UUID clientId,
      String clientName,
      @Nullable String clientNameEn,
      String clientCityName,
      String status,
      String title,
      String description,
      @Nullable BigDecimal budgetMin,
      @Nullable BigDecimal budgetMax,
      int priceWeight,
      Instant publishedAt,
      Instant clarificationDeadline,
      Instant bidDeadline,
      @Nullable Instant decidedAt,
      @Nullable Instant cancelledAt,
      @Nullable String cancelReason,
      boolean hasEnquiries,
      List<Item> items,
      @Nullable Integer bids,
      @Nullable Integer tenderers,
      List<AwardData> awards,
      List<ContractData> contracts) {}

  private static final String EVENTS =
      """
      WITH published AS (SELECT * FROM tender WHERE status <> 'DRAFT' AND published_at IS NOT NULL),
      ev AS (
        SELECT id AS tender_id, 'tender' AS kind, NULL::uuid AS ref, published_at AS at FROM published
        UNION ALL
        SELECT id, 'closed', NULL::uuid, bid_deadline FROM published
         WHERE bid_deadline <= CAST({0} AS timestamptz) AND (cancelled_at IS NULL OR cancelled_at > bid_deadline)
        UNION ALL
        SELECT id, 'unsuccessful', NULL::uuid, decided_at FROM published WHERE status = 'UNSUCCESSFUL'
        UNION ALL
        SELECT id, 'cancelled', NULL::uuid, cancelled_at FROM published WHERE status = 'CANCELLED'
        UNION ALL
        SELECT a.tender_id, 'award', a.id, a.awarded_at FROM award a JOIN published p ON p.id = a.tender_id
        UNION ALL
        SELECT c.tender_id, 'contract', c.id, c.created_at FROM contract c JOIN published p ON p.id = c.tender_id
        UNION ALL
        SELECT c.tender_id, 'contractTermination', c.id, c.ended_at FROM contract c
          JOIN published p ON p.id = c.tender_id WHERE c.ended_at IS NOT NULL
      ),
      ranked AS (
        SELECT ev.*, array_position(ARRAY['tender', 'closed', 'unsuccessful', 'cancelled', 'award',
                                          'contract', 'contractTermination'], ev.kind) AS step
        FROM ev
      )
      """;

  private static Event event(Record row) {
    return new Event(
        row.get("tender_id", UUID.class),
        row.get("kind", String.class),
        row.get("ref", UUID.class),
        row.get("at", OffsetDateTime.class).toInstant());
  }

  /** Events from {@code since} on, oldest first, one page of them. */
  List<Event> events(Instant now, @Nullable Instant since, int offset, int limit) {
    return sql.fetch(
            EVENTS
                + """
                SELECT tender_id, kind, ref, at FROM ranked
                WHERE at <= CAST({0} AS timestamptz) AND at >= CAST({1} AS timestamptz)
                ORDER BY at, tender_id, step, ref
                LIMIT {2} OFFSET {3}
                """,
            ts(now),
            ts(since == null ? Instant.EPOCH : since),
            inline(limit),
            inline(offset))
        .map(OcdsQueries::event);
  }

  /** Every event of one tender, oldest first (none for a draft or unknown tender). */
  List<Event> eventsOf(UUID tenderId, Instant now) {
    return sql.fetch(
            EVENTS
                + """
                SELECT tender_id, kind, ref, at FROM ranked
                WHERE tender_id = {1} AND at <= CAST({0} AS timestamptz)
                ORDER BY at, step, ref
                """,
            ts(now),
            tenderId)
        .map(OcdsQueries::event);
  }

  /** A published tender with everything the feed may say about it at {@code now}. */
  Optional<TenderData> tender(UUID id, Instant now) {
    Record row =
        sql.fetchOne(
            """
            SELECT t.*, o.name_zh AS client_name, o.name_en AS client_name_en, c.name_zh AS city_name,
                   EXISTS (SELECT 1 FROM tender_question q WHERE q.tender_id = t.id) AS has_enquiries
            FROM tender t
            JOIN organisation o ON o.id = t.client_organisation_id
            JOIN city c ON c.code = o.city
            WHERE t.id = {0} AND t.status <> 'DRAFT' AND t.published_at IS NOT NULL
            """,
            id);
    if (row == null) {
      return Optional.empty();
    }
    List<Item> items =
        sql.fetch(
                """
                SELECT c.code, c.group_code, c.name_zh, c.name_en, g.name_zh AS group_name
                FROM tender_capability tc
                JOIN capability c ON c.code = tc.capability_code
                JOIN capability_group g ON g.code = c.group_code
                WHERE tc.tender_id = {0}
                ORDER BY c.sort_order
                """,
                id)
            .map(
                r ->
                    new Item(
                        r.get(0, String.class),
                        r.get(1, String.class),
                        r.get(2, String.class),
                        r.get(3, String.class),
                        r.get(4, String.class)));
    // the deadline test is part of the query: before it, nothing about bids is even read
    Record bids =
        sql.fetchOne(
            """
            SELECT count(*) AS bids, count(DISTINCT b.vendor_organisation_id) AS tenderers
            FROM bid b JOIN tender t ON t.id = b.tender_id
            WHERE b.tender_id = {0} AND b.status <> 'WITHDRAWN'
              AND t.bid_deadline <= CAST({1} AS timestamptz)
            """,
            id, ts(now));
    boolean closed = instant(row, "bid_deadline").compareTo(now) <= 0;
    Integer bidCount = closed && bids != null ? bids.get("bids", Integer.class) : null;
    Integer tenderers = closed && bids != null ? bids.get("tenderers", Integer.class) : null;
    List<AwardData> awards =
        sql.fetch(
                """
                SELECT a.id, a.value, a.awarded_at, b.vendor_organisation_id, o.name_zh
                FROM award a JOIN bid b ON b.id = a.bid_id
                JOIN organisation o ON o.id = b.vendor_organisation_id
                WHERE a.tender_id = {0}
                ORDER BY a.awarded_at, a.id
                """,
                id)
            .map(
                r ->
                    new AwardData(
                        r.get(0, UUID.class),
                        r.get(1, BigDecimal.class),
                        r.get(2, OffsetDateTime.class).toInstant(),
                        r.get(3, UUID.class),
                        r.get(4, String.class)));
    List<ContractData> contracts =
        sql.fetch(
                """
                SELECT id, award_id, value, starts_on, ends_on, created_at, ended_at
                FROM contract WHERE tender_id = {0} ORDER BY created_at, id
                """,
                id)
            .map(
                r ->
                    new ContractData(
                        r.get(0, UUID.class),
                        r.get(1, UUID.class),
                        r.get(2, BigDecimal.class),
                        r.get(3, LocalDate.class),
                        r.get(4, LocalDate.class),
                        r.get(5, OffsetDateTime.class).toInstant(),
                        instant(r, "ended_at")));
    return Optional.of(
        new TenderData(
            id,
            row.get("client_organisation_id", UUID.class),
            row.get("client_name", String.class),
            row.get("client_name_en", String.class),
            row.get("city_name", String.class),
            row.get("status", String.class),
            row.get("title", String.class),
            row.get("description", String.class),
            row.get("budget_min", BigDecimal.class),
            row.get("budget_max", BigDecimal.class),
            row.get("price_weight", Integer.class),
            instant(row, "published_at"),
            instant(row, "clarification_deadline"),
            instant(row, "bid_deadline"),
            instant(row, "decided_at"),
            instant(row, "cancelled_at"),
            row.get("cancel_reason", String.class),
            Boolean.TRUE.equals(row.get("has_enquiries", Boolean.class)),
            items,
            bidCount,
            tenderers,
            awards,
            contracts));
  }

  private static OffsetDateTime ts(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static @Nullable Instant instant(Record row, String column) {
    OffsetDateTime value = row.get(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
