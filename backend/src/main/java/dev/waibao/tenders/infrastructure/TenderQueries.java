package dev.waibao.tenders.infrastructure;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Lists of tenders for directories and a client's desk; never anything about bids. */
@Singleton
public class TenderQueries {

  private final DSLContext sql;

  TenderQueries(DSLContext sql) {
    this.sql = sql;
  }

  @Serdeable
  public record TenderSummary(
      UUID id,
      String status,
      String title,
      @Nullable String clientIndustry,
      @Nullable String city,
      @Nullable String deliveryMode,
      @Nullable BigDecimal budgetMin,
      @Nullable BigDecimal budgetMax,
      @Nullable Instant bidDeadline,
      @Nullable Instant publishedAt,
      String clientName) {}

  @Serdeable
  public record Page(List<TenderSummary> items, int page, int size, long total) {}

  /**
   * Published tenders (or, with {@code client}, that client's own including drafts), newest first,
   * optionally of one status.
   */
  @Transactional(readOnly = true)
  public Page list(@Nullable UUID client, @Nullable String status, int page, int size) {
    Condition scope =
        client == null
            ? condition("t.status <> 'DRAFT'")
            : condition("t.client_organisation_id = ?", client);
    Condition filter =
        scope.and(status == null ? noCondition() : condition("t.status = ?", status));
    long total =
        sql.fetchValue("SELECT count(*) FROM tender t WHERE {0}", filter) instanceof Number n
            ? n.longValue()
            : 0;
    List<TenderSummary> items =
        sql.fetch(
                """
                SELECT t.id, t.status, t.title, t.client_industry, t.city, t.delivery_mode, t.budget_min,
                       t.budget_max, t.bid_deadline, t.published_at, o.name_zh
                FROM tender t JOIN organisation o ON o.id = t.client_organisation_id
                WHERE {0}
                ORDER BY coalesce(t.published_at, t.created_at) DESC, t.id
                LIMIT {1} OFFSET {2}
                """,
                filter, inline(size), inline((long) page * size))
            .map(
                row ->
                    new TenderSummary(
                        row.get(0, UUID.class),
                        row.get(1, String.class),
                        row.get(2, String.class),
                        row.get(3, String.class),
                        row.get(4, String.class),
                        row.get(5, String.class),
                        row.get(6, BigDecimal.class),
                        row.get(7, BigDecimal.class),
                        Sql.instant(row, "bid_deadline"),
                        Sql.instant(row, "published_at"),
                        row.get(10, String.class)));
    return new Page(items, page, size, total);
  }
}
