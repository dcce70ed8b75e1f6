package dev.waibao.opendata.internal;

import static org.jooq.impl.DSL.inline;

import dev.waibao.tenders.model.Tender;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Reads what the feed may publish, straight from the marketplace's tables. Only published tenders
 * are read; bids are only ever counted, and only once the bid deadline has passed.
 */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
class OcdsQueries {

  private final DSLContext sql;
  private final JsonMapper json;

  OcdsQueries(DSLContext sql, JsonMapper json) {
    this.sql = sql;
    this.json = json;
  }

  /**
   * Something that happened to a tender and gives it a release; {@code step} is its place in the
   * lifecycle, which orders events of one tender at the same instant.
   */
  record Event(UUID tenderId, String kind, @Nullable UUID ref, Instant at, int step) {}

  record Item(String code, String group, String nameZh, String nameEn, String groupNameZh) {}

  /** What the feed shows of a tender's own terms, at one point of its life. */
  record Terms(
      String title,
      String description,
      @Nullable BigDecimal budgetMin,
      @Nullable BigDecimal budgetMax,
      int priceWeight,
      Instant clarificationDeadline,
      Instant bidDeadline,
      List<Item> items) {}

  /**
   * An amendment of a published tender, as the amend flow records it (its audit event, with the
   * tender before and after): the terms before and after, and which of them changed.
   */
  record Amendment(
      UUID id, Instant at, boolean material, Terms before, Terms after, List<String> changed) {}

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
      List<ContractData> contracts,
      List<Amendment> amendments) {

    /** The terms as they stand now. */
    Terms terms() {
      return new Terms(
          title,
          description,
          budgetMin,
          budgetMax,
          priceWeight,
          clarificationDeadline,
          bidDeadline,
          items);
    }
  }

  private static final String EVENTS =
      """
      WITH published AS (SELECT * FROM tender WHERE status <> 'DRAFT' AND published_at IS NOT NULL),
      ev AS (
        SELECT id AS tender_id, 'tender' AS kind, NULL::uuid AS ref, published_at AS at FROM published
        UNION ALL
        SELECT CAST(a.entity_id AS uuid), 'amendment', a.id, a.occurred_at FROM audit_event a
          JOIN published p ON a.entity_type = 'tender' AND a.entity_id = p.id::text
         WHERE a.action IN ('tender.amended', 'tender.amended-materially')
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
        SELECT ev.*, array_position(ARRAY['tender', 'amendment', 'closed', 'unsuccessful', 'cancelled', 'award',
                                          'contract', 'contractTermination'], ev.kind) AS step
        FROM ev
      )
      """;

  private static Event event(Record row) {
    return new Event(
        row.get("tender_id", UUID.class),
        row.get("kind", String.class),
        row.get("ref", UUID.class),
        row.get("at", OffsetDateTime.class).toInstant(),
        row.get("step", Integer.class));
  }

  /**
   * Events from {@code since} on, oldest first, at most {@code limit} of them after {@code after}
   * (from the first when null). The order (date, tender, step, reference) is total and the page
   * starts strictly after the cursor, so events added while a consumer walks the feed never repeat
   * or push an event it has not seen onto a page it has already read.
   */
  List<Event> events(Instant now, @Nullable Instant since, @Nullable FeedCursor after, int limit) {
    Condition position =
        after == null
            ? DSL.noCondition()
            : DSL.condition(
                "(at, tender_id, step, coalesce(ref, CAST({0} AS uuid)))"
                    + " > (CAST({1} AS timestamptz), CAST({2} AS uuid), {3}, CAST({4} AS uuid))",
                DSL.val(FeedCursor.NO_REF),
                DSL.val(ts(after.at())),
                DSL.val(after.tenderId()),
                DSL.val(after.step()),
                DSL.val(after.ref()));
    return sql.fetch(
            EVENTS
                + """
                SELECT tender_id, kind, ref, at, step FROM ranked
                WHERE at <= CAST({0} AS timestamptz) AND at >= CAST({1} AS timestamptz) AND {2}
                ORDER BY at, tender_id, step, coalesce(ref, CAST({3} AS uuid))
                LIMIT {4}
                """,
            ts(now),
            ts(since == null ? Instant.EPOCH : since),
            position,
            FeedCursor.NO_REF,
            inline(limit))
        .map(OcdsQueries::event);
  }

  /** Every event of one tender, oldest first (none for a draft or unknown tender). */
  List<Event> eventsOf(UUID tenderId, Instant now) {
    return sql.fetch(
            EVENTS
                + """
                SELECT tender_id, kind, ref, at, step FROM ranked
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
        items(
            sql.fetch("SELECT capability_code FROM tender_capability WHERE tender_id = ?", id)
                .getValues(0, String.class));
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
            contracts,
            amendments(id)));
  }

  /** The capabilities of {@code codes} as items, in the taxonomy's order. */
  private List<Item> items(Collection<String> codes) {
    return sql.fetch(
            """
            SELECT c.code, c.group_code, c.name_zh, c.name_en, g.name_zh AS group_name
            FROM capability c
            JOIN capability_group g ON g.code = c.group_code
            WHERE c.code = ANY({0})
            ORDER BY c.sort_order, c.code
            """,
            DSL.val(codes.toArray(String[]::new)))
        .map(
            r ->
                new Item(
                    r.get(0, String.class),
                    r.get(1, String.class),
                    r.get(2, String.class),
                    r.get(3, String.class),
                    r.get(4, String.class)));
  }

  /**
   * The amendments of a published tender. The amend flow records each in the audit trail (with the
   * tender before and after), which is append-only: the feed reads them from there.
   */
  private List<Amendment> amendments(UUID tenderId) {
    List<Amendment> amendments = new ArrayList<>();
    for (Record row :
        sql.fetch(
            """
            SELECT id, occurred_at, action, before_state::text AS before, after_state::text AS after
            FROM audit_event
            WHERE entity_type = 'tender' AND entity_id = {0}
              AND action IN ('tender.amended', 'tender.amended-materially')
            ORDER BY occurred_at, seq
            """,
            tenderId.toString())) {
      Tender before = read(row.get("before", String.class));
      Tender after = read(row.get("after", String.class));
      amendments.add(
          new Amendment(
              row.get("id", UUID.class),
              row.get("occurred_at", OffsetDateTime.class).toInstant(),
              "tender.amended-materially".equals(row.get("action", String.class)),
              terms(before),
              terms(after),
              changed(before, after)));
    }
    return amendments;
  }

  private Tender read(String state) {
    try {
      return json.readValue(state, Tender.class);
    } catch (IOException e) {
      throw new UncheckedIOException("An amendment's recorded tender cannot be read", e);
    }
  }

  private Terms terms(Tender tender) {
    return new Terms(
        tender.title(),
        tender.description() == null ? "" : tender.description(),
        tender.budgetMin(),
        tender.budgetMax(),
        tender.priceWeight(),
        tender.clarificationDeadline(),
        tender.bidDeadline(),
        items(tender.capabilities()));
  }

  /**
   * What an amendment changed, named by what the feed shows; terms the feed does not publish
   * (contacts, price ceiling, requirements) are named together as other terms, without values.
   */
  static List<String> changed(Tender before, Tender after) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(before.title(), after.title())) {
      changed.add("title");
    }
    if (!Objects.equals(before.description(), after.description())) {
      changed.add("description");
    }
    if (!Objects.equals(before.budgetMin(), after.budgetMin())
        || !Objects.equals(before.budgetMax(), after.budgetMax())) {
      changed.add("value");
    }
    if (!Objects.equals(before.bidDeadline(), after.bidDeadline())) {
      changed.add("tenderPeriod");
    }
    if (!Objects.equals(before.clarificationDeadline(), after.clarificationDeadline())) {
      changed.add("enquiryPeriod");
    }
    if (!Objects.equals(before.capabilities(), after.capabilities())) {
      changed.add("items");
    }
    if (before.priceWeight() != after.priceWeight()
        || !Objects.equals(before.criteria(), after.criteria())) {
      changed.add("awardCriteria");
    }
    Tender.Requirements b = before.requirements();
    Tender.Requirements a = after.requirements();
    if (!Objects.equals(b.languages(), a.languages())
        || !Objects.equals(b.certifications(), a.certifications())
        || b.minimumHeadcount() != a.minimumHeadcount()
        || !Objects.equals(b.lots(), a.lots())
        || !Objects.equals(before.priceCeiling(), after.priceCeiling())
        || !Objects.equals(before.clientIndustry(), after.clientIndustry())
        || !Objects.equals(before.city(), after.city())
        || !Objects.equals(before.deliveryMode(), after.deliveryMode())
        || !Objects.equals(before.contactName(), after.contactName())
        || !Objects.equals(before.contactPhone(), after.contactPhone())
        || !Objects.equals(before.contactEmail(), after.contactEmail())
        || before.noticePeriodDays() != after.noticePeriodDays()
        || before.minimumBids() != after.minimumBids()
        || !Objects.equals(before.openingTime(), after.openingTime())) {
      changed.add("otherTerms");
    }
    return changed;
  }

  private static OffsetDateTime ts(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static @Nullable Instant instant(Record row, String column) {
    OffsetDateTime value = row.get(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
