package dev.waibao.tenders.infrastructure;

import dev.waibao.search.DocumentSource;
import dev.waibao.searchindex.DocumentVersion;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.TenderDocument;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Tenders as the search index holds them: published ones only, with public fields only. Nothing
 * about bids is ever read here.
 */
@Singleton
class TenderDocuments implements DocumentSource {

  private final DSLContext sql;

  TenderDocuments(DSLContext sql) {
    this.sql = sql;
  }

  @Override
  public String index() {
    return TenderDocument.INDEX;
  }

  @Override
  public IndexDefinition definition() {
    return TenderDocument.indexDefinition();
  }

  @Override
  public Map<String, SearchDocument> load(Collection<String> ids) {
    UUID[] uuids = ids.stream().map(UUID::fromString).toArray(UUID[]::new);
    Map<String, SearchDocument> documents = new HashMap<>();
    for (Record row :
        sql.fetch(
            """
            SELECT t.id, t.version, t.title, t.description, t.client_organisation_id, o.name_zh,
                   t.client_industry, t.city, t.delivery_mode, t.status, t.minimum_headcount,
                   t.budget_min, t.budget_max, t.bid_deadline, t.published_at,
                   ARRAY(SELECT capability_code FROM tender_capability c WHERE c.tender_id = t.id ORDER BY 1) AS categories,
                   ARRAY(SELECT type FROM tender_certification c WHERE c.tender_id = t.id ORDER BY 1) AS certifications,
                   ARRAY(SELECT language FROM tender_language l WHERE l.tender_id = t.id ORDER BY 1) AS languages
            FROM tender t JOIN organisation o ON o.id = t.client_organisation_id
            WHERE t.id = ANY(?) AND t.status <> 'DRAFT'
            """,
            (Object) uuids)) {
      TenderDocument document =
          new TenderDocument(
              row.get("id", UUID.class).toString(),
              row.get("version", Long.class),
              row.get("title", String.class),
              row.get("description", String.class),
              row.get("client_organisation_id", UUID.class).toString(),
              row.get("name_zh", String.class),
              List.of(row.get("categories", String[].class)),
              row.get("client_industry", String.class),
              row.get("city", String.class),
              row.get("delivery_mode", String.class),
              row.get("status", String.class),
              List.of(row.get("certifications", String[].class)),
              List.of(row.get("languages", String[].class)),
              row.get("minimum_headcount", Integer.class).longValue(),
              yuan(row.get("budget_min", BigDecimal.class)),
              yuan(row.get("budget_max", BigDecimal.class)),
              Sql.instant(row, "bid_deadline"),
              Sql.instant(row, "published_at"));
      documents.put(document.id(), document.toSearchDocument());
    }
    return documents;
  }

  @Override
  public List<DocumentVersion> versions(String afterId, int limit) {
    return sql.fetch(
            """
            SELECT id, version FROM tender
            WHERE status <> 'DRAFT' AND id > CAST(? AS uuid)
            ORDER BY id LIMIT ?
            """,
            afterId == null ? new UUID(0, 0) : UUID.fromString(afterId),
            limit)
        .map(r -> new DocumentVersion(r.get(0, UUID.class).toString(), r.get(1, Long.class)));
  }

  private static Long yuan(BigDecimal amount) {
    return amount == null ? null : amount.longValue();
  }
}
