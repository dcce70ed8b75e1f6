package dev.waibao.firms.internal;

import dev.waibao.firms.model.SizeTier;
import dev.waibao.search.DocumentSource;
import dev.waibao.searchindex.DocumentVersion;
import dev.waibao.searchindex.FirmDocument;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.SearchDocument;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Vendor firms as the search index holds them: the public profile only (no credit code, revenue,
 * contacts or documents), with the certifications that count today — verified and not expired.
 * Their version is the number of changes the firms feature announced to the outbox.
 */
@Singleton
class FirmDocuments implements DocumentSource {

  private final DSLContext sql;
  private final Clock clock;

  FirmDocuments(DSLContext sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  @Override
  public String index() {
    return FirmDocument.INDEX;
  }

  @Override
  public IndexDefinition definition() {
    return FirmDocument.indexDefinition();
  }

  @Override
  public Map<String, SearchDocument> load(Collection<String> ids) {
    UUID[] uuids = ids.stream().map(FirmDocuments::uuid).toArray(UUID[]::new);
    LocalDate today = FirmsCalendar.today(clock);
    Map<String, SearchDocument> documents = new HashMap<>();
    for (Record row :
        sql.fetch(
            """
            SELECT v.organisation_id, coalesce(sdv.version, 0) AS version, v.legal_name_zh,
                   v.legal_name_en, v.description, v.city, v.park_id, v.headcount, v.founded_year,
                   ARRAY(SELECT x.capability_code FROM vendor_capability x
                         WHERE x.organisation_id = v.organisation_id ORDER BY 1) AS capabilities,
                   ARRAY(SELECT DISTINCT c.type FROM certification c
                         WHERE c.organisation_id = v.organisation_id AND c.status = 'VERIFIED'
                           AND c.expires_on >= CAST(? AS date) ORDER BY 1) AS certifications,
                   ARRAY(SELECT l.language FROM vendor_language l
                         WHERE l.organisation_id = v.organisation_id ORDER BY 1) AS languages,
                   ARRAY(SELECT m.market FROM vendor_market m
                         WHERE m.organisation_id = v.organisation_id ORDER BY 1) AS markets
            FROM vendor_profile v
            LEFT JOIN search_document_version sdv
                   ON sdv.index_name = 'vendors' AND sdv.document_id = v.organisation_id::text
            WHERE v.organisation_id = ANY(?)
            """,
            today,
            uuids)) {
      int headcount = row.get("headcount", Integer.class);
      Integer founded = row.get("founded_year", Integer.class);
      UUID park = row.get("park_id", UUID.class);
      FirmDocument document =
          new FirmDocument(
              row.get("organisation_id", UUID.class).toString(),
              row.get("version", Long.class),
              row.get("legal_name_zh", String.class),
              row.get("legal_name_en", String.class),
              row.get("description", String.class),
              List.of(row.get("capabilities", String[].class)),
              List.of(row.get("certifications", String[].class)),
              row.get("city", String.class),
              park == null ? null : park.toString(),
              SizeTier.of(headcount).name(),
              List.of(row.get("languages", String[].class)),
              List.of(row.get("markets", String[].class)),
              (long) headcount,
              founded == null ? null : founded.longValue());
      documents.put(document.id(), document.toSearchDocument());
    }
    return documents;
  }

  @Override
  public List<DocumentVersion> versions(String afterId, int limit) {
    return sql.fetch(
            """
            SELECT v.organisation_id, coalesce(sdv.version, 0)
            FROM vendor_profile v
            LEFT JOIN search_document_version sdv
                   ON sdv.index_name = 'vendors' AND sdv.document_id = v.organisation_id::text
            WHERE v.organisation_id > CAST(? AS uuid)
            ORDER BY v.organisation_id LIMIT ?
            """,
            afterId == null ? new UUID(0, 0) : uuid(afterId),
            limit)
        .map(r -> new DocumentVersion(r.get(0, UUID.class).toString(), r.get(1, Long.class)));
  }

  /**
   * Ids come from the outbox and the index, which only ever hold firm ids; anything else is gone.
   */
  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notAFirm) {
      return new UUID(0, 0);
    }
  }
}
