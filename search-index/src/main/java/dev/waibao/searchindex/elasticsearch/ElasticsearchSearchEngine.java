package dev.waibao.searchindex.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.IndexingReport;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.SearchEngineException;
import dev.waibao.searchindex.SearchHealth;
import dev.waibao.searchindex.SearchHit;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.SearchResult;
import dev.waibao.searchindex.internal.DocumentCodec;
import dev.waibao.searchindex.internal.IndexNames;
import dev.waibao.searchindex.internal.QueryRules;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scale engine: indexes and searches through an Elasticsearch cluster, so many app instances
 * share one index.
 *
 * <p>Writes use external versioning, so the cluster itself drops a write whose version is not newer
 * than the indexed one, even when two instances race. The engine does not own the client: whoever
 * created it closes it.
 */
public final class ElasticsearchSearchEngine implements SearchEngine {

  private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchSearchEngine.class);

  private static final int CONFLICT = 409;
  private static final int NOT_FOUND = 404;

  private final ElasticsearchClient client;
  private final Map<String, IndexDefinition> definitions = new ConcurrentHashMap<>();

  public ElasticsearchSearchEngine(ElasticsearchClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public void ensureIndex(String index, IndexDefinition definition) {
    IndexNames.requireValid(index);
    Objects.requireNonNull(definition, "definition");
    try {
      if (!client.indices().exists(exists -> exists.index(index)).value()) {
        client
            .indices()
            .create(create -> create.index(index).withJson(new StringReader(definition.body())));
        LOG.info("Created Elasticsearch index {} from definition {}", index, definition.name());
      }
    } catch (ElasticsearchException e) {
      // Another instance created it between our check and our create: that is what we wanted.
      if (!"resource_already_exists_exception".equals(e.error().type())) {
        throw failure("cannot create index " + index, e);
      }
    } catch (IOException e) {
      throw failure("cannot create index " + index, e);
    }
    definitions.put(index, definition);
  }

  @Override
  public IndexingReport index(String index, List<SearchDocument> documents) {
    IndexDefinition definition = definition(index);
    if (documents.isEmpty()) {
      return IndexingReport.empty();
    }
    var request = new BulkRequest.Builder().index(index);
    // Encode everything before sending anything: a document that does not fit fails the call whole.
    for (SearchDocument document : documents) {
      Map<String, Object> source = DocumentCodec.toSource(definition, document);
      request.operations(
          operation ->
              operation.index(
                  write ->
                      write
                          .id(document.id())
                          .version(document.version())
                          .versionType(VersionType.External)
                          .document(source)));
    }
    BulkResponse response = bulk(index, request.build());
    int indexed = 0;
    var stale = new ArrayList<String>();
    var failures = new LinkedHashMap<String, String>();
    for (BulkResponseItem item : response.items()) {
      if (item.error() == null) {
        indexed++;
      } else if (item.status() == CONFLICT) {
        stale.add(item.id());
      } else {
        failures.put(item.id(), item.error().type() + ": " + item.error().reason());
      }
    }
    if (!failures.isEmpty()) {
      LOG.warn("Elasticsearch refused {} document(s) for {}: {}", failures.size(), index, failures);
    }
    return new IndexingReport(indexed, stale, failures);
  }

  @Override
  public void delete(String index, Collection<String> ids) {
    definition(index);
    if (ids.isEmpty()) {
      return;
    }
    var request = new BulkRequest.Builder().index(index);
    for (String id : ids) {
      request.operations(operation -> operation.delete(delete -> delete.id(id)));
    }
    BulkResponse response = bulk(index, request.build());
    var failures = new LinkedHashMap<String, String>();
    for (BulkResponseItem item : response.items()) {
      if (item.error() != null && item.status() != NOT_FOUND) {
        failures.put(item.id(), item.error().type() + ": " + item.error().reason());
      }
    }
    if (!failures.isEmpty()) {
      throw new SearchEngineException("cannot delete from " + index + ": " + failures);
    }
  }

  @Override
  public void refresh(String index) {
    definition(index);
    try {
      client.indices().refresh(refresh -> refresh.index(index));
    } catch (IOException | ElasticsearchException e) {
      throw failure("cannot refresh " + index, e);
    }
  }

  @Override
  public SearchResult search(String index, SearchQuery query) {
    Objects.requireNonNull(query, "query");
    IndexDefinition definition = definition(index);
    QueryRules.check(definition, query);
    SearchResponse<JsonNode> response;
    try {
      response =
          client.search(
              search ->
                  search
                      .index(index)
                      .query(ElasticsearchQueries.toQuery(definition, query))
                      .sort(ElasticsearchQueries.toSort(query.sort()))
                      .from(query.page() * query.size())
                      .size(query.size())
                      .trackTotalHits(track -> track.enabled(true)),
              JsonNode.class);
    } catch (IOException | ElasticsearchException e) {
      throw failure("cannot search " + index, e);
    }
    var hits = new ArrayList<SearchHit>();
    for (Hit<JsonNode> hit : response.hits().hits()) {
      hits.add(
          new SearchHit(hit.id(), hit.score(), DocumentCodec.fromSource(definition, hit.source())));
    }
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    return new SearchResult(total, hits);
  }

  @Override
  public void deleteIndex(String index) {
    IndexNames.requireValid(index);
    definitions.remove(index);
    try {
      client.indices().delete(delete -> delete.index(index).ignoreUnavailable(true));
    } catch (IOException | ElasticsearchException e) {
      throw failure("cannot delete index " + index, e);
    }
  }

  @Override
  public SearchHealth health() {
    try {
      HealthResponse health = client.cluster().health();
      String detail =
          "cluster "
              + health.clusterName()
              + " is "
              + health.status().jsonValue()
              + " with "
              + health.numberOfNodes()
              + " node(s)";
      // Yellow still serves every read and write; only red means some data is unavailable.
      return health.status() == HealthStatus.Green || health.status() == HealthStatus.Yellow
          ? SearchHealth.up(detail)
          : SearchHealth.down(detail);
    } catch (IOException | RuntimeException e) {
      return SearchHealth.down("Elasticsearch is unreachable: " + e);
    }
  }

  /** Nothing to release: the client belongs to whoever created it. */
  @Override
  public void close() {}

  private BulkResponse bulk(String index, BulkRequest request) {
    try {
      return client.bulk(request);
    } catch (IOException | ElasticsearchException e) {
      throw failure("bulk request to " + index + " failed", e);
    }
  }

  private IndexDefinition definition(String index) {
    IndexDefinition definition = definitions.get(index);
    if (definition == null) {
      throw new IllegalStateException(
          "index '" + index + "' is not open: call ensureIndex before using it");
    }
    return definition;
  }

  private static SearchEngineException failure(String message, Exception cause) {
    return new SearchEngineException(message + ": " + cause.getMessage(), cause);
  }
}
