package dev.waibao.parks.internal;

import dev.waibao.search.DocumentSource;
import dev.waibao.searchindex.DocumentVersion;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.ParkDocument;
import dev.waibao.searchindex.SearchDocument;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Parks as the search index holds them: the public directory fields (no contacts, no tenants), with
 * the floor area and seats of the units available now. Their version is the number of changes the
 * parks feature announced to the outbox (a park and its units have no one version column).
 */
@Singleton
class ParkDocuments implements DocumentSource {

  private final DSLContext sql;

  ParkDocuments(DSLContext sql) {
    this.sql = sql;
  }

  @Override
  public String index() {
    return ParkDocument.INDEX;
  }

  @Override
  public IndexDefinition definition() {
    return ParkDocument.indexDefinition();
  }

  @Override
  public Map<String, SearchDocument> load(Collection<String> ids) {
    UUID[] uuids = ids.stream().map(ParkDocuments::uuid).toArray(UUID[]::new);
    Map<String, SearchDocument> documents = new HashMap<>();
    for (Record row :
        sql.fetch(
            """
            SELECT p.id, coalesce(sdv.version, 0) AS version, p.name_zh, p.name_en, p.description,
                   p.city, p.level,
                   ARRAY(SELECT f.capability_code FROM park_focus f WHERE f.park_id = p.id
                         ORDER BY 1) AS focus,
                   (SELECT round(coalesce(sum(u.area), 0))::bigint FROM space_unit u
                    WHERE u.park_id = p.id AND u.status = 'AVAILABLE') AS available_area,
                   (SELECT coalesce(sum(u.seats), 0)::bigint FROM space_unit u
                    WHERE u.park_id = p.id AND u.status = 'AVAILABLE') AS available_seats
            FROM park p
            LEFT JOIN search_document_version sdv
                   ON sdv.index_name = 'parks' AND sdv.document_id = p.id::text
            WHERE p.id = ANY(?)
            """,
            (Object) uuids)) {
      ParkDocument document =
          new ParkDocument(
              row.get("id", UUID.class).toString(),
              row.get("version", Long.class),
              row.get("name_zh", String.class),
              row.get("name_en", String.class),
              row.get("description", String.class),
              row.get("city", String.class),
              row.get("level", String.class),
              List.of(row.get("focus", String[].class)),
              row.get("available_area", Long.class),
              row.get("available_seats", Long.class));
      documents.put(document.id(), document.toSearchDocument());
    }
    return documents;
  }

  @Override
  public List<DocumentVersion> versions(String afterId, int limit) {
    return sql.fetch(
            """
            SELECT p.id, coalesce(sdv.version, 0)
            FROM park p
            LEFT JOIN search_document_version sdv
                   ON sdv.index_name = 'parks' AND sdv.document_id = p.id::text
            WHERE p.id > CAST(? AS uuid)
            ORDER BY p.id LIMIT ?
            """,
            afterId == null ? new UUID(0, 0) : uuid(afterId),
            limit)
        .map(r -> new DocumentVersion(r.get(0, UUID.class).toString(), r.get(1, Long.class)));
  }

  /**
   * Ids come from the outbox and the index, which only ever hold park ids; anything else is gone.
   */
  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notAPark) {
      return new UUID(0, 0);
    }
  }
}
