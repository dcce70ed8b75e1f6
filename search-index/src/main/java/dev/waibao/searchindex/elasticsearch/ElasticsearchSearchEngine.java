package dev.waibao.searchindex.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.ResolveIndexResponse;
import co.elastic.clients.elasticsearch.indices.resolve_index.ResolveIndexAliasItem;
import co.elastic.clients.elasticsearch.indices.resolve_index.ResolveIndexItem;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.waibao.searchindex.DocumentVersion;
import dev.waibao.searchindex.DocumentVersionPage;
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
import dev.waibao.searchindex.internal.FreeText;
import dev.waibao.searchindex.internal.IndexNames;
import dev.waibao.searchindex.internal.QueryRules;
import dev.waibao.searchindex.internal.Snippets;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scale engine: indexes and searches through an Elasticsearch cluster, so many app instances
 * share one index.
 *
 * <p>Writes use external versioning, so the cluster itself drops a write whose version is not newer
 * than the indexed one, even when two instances race. Aliases and versions are Elasticsearch's own
 * aliases and indexes, so every instance sees a rebuild another one started: each write first asks
 * the cluster which indexes a name writes to (one cheap metadata request per call). The engine does
 * not own the client: whoever created it closes it.
 */
public final class ElasticsearchSearchEngine implements SearchEngine {

  private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchSearchEngine.class);

  /**
   * Documents per bulk request: large enough to amortize the round trip, small enough (a few MB of
   * tenders) to stay far below the cluster's request limits and the client's timeout.
   */
  static final int BULK_BATCH = 1_000;

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
      // True for an alias of that name too: then the alias is what we use.
      if (!client.indices().exists(exists -> exists.index(index)).value()) {
        client
            .indices()
            .create(create -> create.index(index).withJson(new StringReader(definition.body())));
        LOG.info("Created Elasticsearch index {} from definition {}", index, definition.name());
      }
    } catch (ElasticsearchException e) {
      // Another instance created it between our check and our create: that is what we wanted.
      if (!alreadyExists(e)) {
        throw failure("cannot create index " + index, e);
      }
    } catch (IOException e) {
      throw failure("cannot create index " + index, e);
    }
    definitions.put(index, definition);
  }

  @Override
  public void ensureAlias(String alias, IndexDefinition definition) {
    IndexNames.requireValidAlias(alias);
    Objects.requireNonNull(definition, "definition");
    String first = IndexNames.version(alias, 1);
    try {
      if (!client.indices().exists(exists -> exists.index(alias)).value()) {
        // Index and alias in one request, so no instance ever sees the index without its alias.
        client
            .indices()
            .create(
                create ->
                    create
                        .index(first)
                        .withJson(new StringReader(definition.body()))
                        .aliases(alias, a -> a));
        LOG.info("Created Elasticsearch index {} behind alias {}", first, alias);
      }
    } catch (ElasticsearchException e) {
      if (!alreadyExists(e)) {
        throw failure("cannot create alias " + alias, e);
      }
    } catch (IOException e) {
      throw failure("cannot create alias " + alias, e);
    }
    definitions.put(alias, definition);
    // The served version is usable by its own name too, as the Lucene engine allows.
    Family family = family(alias);
    if (family.served() != null) {
      definitions.putIfAbsent(family.served(), definition);
    }
    // So are versions a rebuild elsewhere is filling: a loader may run on this instance.
    family.versions().forEach(version -> definitions.putIfAbsent(version, definition));
  }

  @Override
  public String createIndexVersion(String alias, IndexDefinition definition) {
    IndexNames.requireValidAlias(alias);
    Objects.requireNonNull(definition, "definition");
    Family family = family(alias);
    long next =
        family.versions().stream()
                .mapToLong(version -> IndexNames.versionNumber(alias, version).orElseThrow())
                .max()
                .orElse(0)
            + 1;
    String version = IndexNames.version(alias, next);
    try {
      client
          .indices()
          .create(create -> create.index(version).withJson(new StringReader(definition.body())));
    } catch (ElasticsearchException e) {
      if (alreadyExists(e)) {
        throw new IllegalStateException(
            "version '" + version + "' was created meanwhile by another rebuild", e);
      }
      throw failure("cannot create index " + version, e);
    } catch (IOException e) {
      throw failure("cannot create index " + version, e);
    }
    definitions.put(version, definition);
    LOG.info("Created Elasticsearch index version {} for alias {}", version, alias);
    return version;
  }

  @Override
  public Optional<String> swapAlias(String alias, String version) {
    IndexNames.requireValidAlias(alias);
    IndexNames.requireVersionOf(alias, version);
    Family family = family(alias);
    if (!family.versions().contains(version)) {
      throw new IllegalStateException(
          "version '" + version + "' does not exist: create it with createIndexVersion first");
    }
    var actions = new ArrayList<Action>();
    Optional<String> previous = Optional.empty();
    if (family.isAlias()) {
      previous = Optional.of(family.served()).filter(served -> !served.equals(version));
      actions.add(Action.of(a -> a.remove(remove -> remove.index(family.served()).alias(alias))));
    } else if (family.served() != null) {
      // A plain index of the alias's name must go in the same step: names are shared.
      actions.add(Action.of(a -> a.removeIndex(remove -> remove.index(alias))));
    }
    actions.add(Action.of(a -> a.add(add -> add.index(version).alias(alias))));
    try {
      client.indices().updateAliases(update -> update.actions(actions));
    } catch (IOException | ElasticsearchException e) {
      throw failure("cannot point alias " + alias + " at " + version, e);
    }
    IndexDefinition definition = definitions.get(version);
    if (definition != null) {
      definitions.put(alias, definition);
    }
    LOG.info("Alias {} now serves {} (was {})", alias, version, previous.orElse(alias));
    return previous;
  }

  @Override
  public Optional<String> aliasTarget(String alias) {
    IndexNames.requireValidAlias(alias);
    Family family = family(alias);
    return family.isAlias() ? Optional.of(family.served()) : Optional.empty();
  }

  @Override
  public List<String> indexVersions(String alias) {
    IndexNames.requireValidAlias(alias);
    return family(alias).versions();
  }

  @Override
  public IndexingReport index(String index, List<SearchDocument> documents) {
    IndexDefinition definition = definition(index);
    if (documents.isEmpty()) {
      return IndexingReport.empty();
    }
    // Encode everything before sending anything: a document that does not fit fails the call whole.
    var sources = new ArrayList<Map<String, Object>>(documents.size());
    for (SearchDocument document : documents) {
      sources.add(DocumentCodec.toSource(definition, document));
    }
    List<String> targets = writeTargets(index);
    String served = targets.getFirst();
    int indexed = 0;
    var stale = new ArrayList<String>();
    var failures = new LinkedHashMap<String, String>();
    for (int from = 0; from < documents.size(); from += BULK_BATCH) {
      int to = Math.min(documents.size(), from + BULK_BATCH);
      var request = new BulkRequest.Builder();
      for (String target : targets) {
        for (int i = from; i < to; i++) {
          SearchDocument document = documents.get(i);
          Map<String, Object> source = sources.get(i);
          request.operations(
              operation ->
                  operation.index(
                      write ->
                          write
                              .index(target)
                              .id(document.id())
                              .version(document.version())
                              .versionType(VersionType.External)
                              .document(source)));
        }
      }
      BulkResponse response = bulk(index, request.build());
      for (BulkResponseItem item : response.items()) {
        boolean isServed = served.equals(item.index());
        if (item.error() == null) {
          indexed += isServed ? 1 : 0;
        } else if (item.status() == CONFLICT) {
          if (isServed) {
            stale.add(item.id());
          }
        } else {
          failures.merge(
              item.id(),
              (isServed ? "" : "[" + item.index() + "] ")
                  + item.error().type()
                  + ": "
                  + item.error().reason(),
              (first, second) -> first + "; " + second);
        }
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
    var request = new BulkRequest.Builder();
    for (String target : writeTargets(index)) {
      for (String id : ids) {
        request.operations(operation -> operation.delete(delete -> delete.index(target).id(id)));
      }
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
    List<String> targets = writeTargets(index);
    try {
      client.indices().refresh(refresh -> refresh.index(targets));
    } catch (IOException | ElasticsearchException e) {
      throw failure("cannot refresh " + index, e);
    }
  }

  @Override
  public SearchResult search(String index, SearchQuery query) {
    Objects.requireNonNull(query, "query");
    IndexDefinition definition = definition(index);
    QueryRules.check(definition, query);
    SearchRequest request = request(index, definition, query);
    SearchResponse<JsonNode> response;
    try {
      response = client.search(request, JsonNode.class);
    } catch (IOException | ElasticsearchException e) {
      throw failure("cannot search " + index, e);
    }
    var hits = new ArrayList<SearchHit>();
    for (Hit<JsonNode> hit : response.hits().hits()) {
      Map<String, Object> fields = DocumentCodec.fromSource(definition, hit.source());
      hits.add(
          new SearchHit(
              hit.id(),
              hit.version() == null ? 0 : hit.version(),
              hit.score(),
              fields,
              highlights(query, fields, hit.highlight())));
    }
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    return new SearchResult(
        total, hits, ElasticsearchQueries.facets(query, response.aggregations()));
  }

  /** The request {@link #search} sends; the benchmarks send the same body straight to a node. */
  static SearchRequest request(String index, IndexDefinition definition, SearchQuery query) {
    boolean highlight = !query.highlight().isEmpty() && !FreeText.words(query.text()).isEmpty();
    var request =
        new SearchRequest.Builder()
            .index(index)
            .query(ElasticsearchQueries.toQuery(definition, query))
            .sort(ElasticsearchQueries.toSort(query.sort()))
            .from(query.page() * query.size())
            .size(query.size())
            .version(true)
            .trackTotalHits(track -> track.enabled(true))
            .aggregations(ElasticsearchQueries.aggregations(definition, query));
    Query postFilter = ElasticsearchQueries.postFilter(query);
    if (postFilter != null) {
      request.postFilter(postFilter);
    }
    if (highlight) {
      request.highlight(
          h ->
              h.type(HighlighterType.Unified)
                  .highlightQuery(ElasticsearchQueries.highlightQuery(definition, query.text()))
                  // The whole field, markers only: Snippets escapes and cuts for both engines.
                  .numberOfFragments(0)
                  .preTags(Snippets.START)
                  .postTags(Snippets.END)
                  .requireFieldMatch(true)
                  .maxAnalyzedOffset(Snippets.MAX_ANALYZED_LENGTH)
                  .fields(
                      query.highlight().stream()
                          .map(field -> NamedValue.of(field, HighlightField.of(options -> options)))
                          .toList()));
    }
    return request.build();
  }

  @Override
  public DocumentVersionPage scanIdsAndVersions(String index, String afterId, int pageSize) {
    if (pageSize < 1 || pageSize > MAX_SCAN_PAGE) {
      throw new IllegalArgumentException(
          "pageSize must be between 1 and " + MAX_SCAN_PAGE + ", was " + pageSize);
    }
    definition(index);
    SearchResponse<Void> response;
    try {
      // search_after on the unique id, no point in time: see the port for why a walk need not be
      // a snapshot, and a PIT would hold segments open between pages.
      response =
          client.search(
              search -> {
                search
                    .index(index)
                    .query(q -> q.matchAll(all -> all))
                    .sort(ElasticsearchQueries.byId())
                    .size(pageSize)
                    .version(true)
                    .source(source -> source.fetch(false))
                    .trackTotalHits(track -> track.enabled(false));
                if (afterId != null) {
                  search.searchAfter(List.of(FieldValue.of(afterId)));
                }
                return search;
              },
              Void.class);
    } catch (IOException | ElasticsearchException e) {
      throw failure("cannot scan " + index, e);
    }
    var versions = new ArrayList<DocumentVersion>();
    for (Hit<Void> hit : response.hits().hits()) {
      versions.add(new DocumentVersion(hit.id(), hit.version()));
    }
    return new DocumentVersionPage(versions, versions.size() < pageSize);
  }

  @Override
  public void deleteIndex(String index) {
    IndexNames.requireValid(index);
    Family family = family(index);
    var doomed = new ArrayList<String>();
    if (family.isAlias()) {
      doomed.add(family.served());
      family.versions().stream().filter(version -> !doomed.contains(version)).forEach(doomed::add);
    } else if (family.served() != null) {
      if (!family.servedAliases().isEmpty()) {
        throw new IllegalStateException(
            "index '"
                + index
                + "' is served by alias '"
                + family.servedAliases().getFirst()
                + "'; swap the alias to another version first");
      }
      doomed.add(index);
    }
    definitions.remove(index);
    doomed.forEach(definitions::remove);
    if (doomed.isEmpty()) {
      return;
    }
    try {
      client.indices().delete(delete -> delete.index(doomed).ignoreUnavailable(true));
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

  private static Map<String, String> highlights(
      SearchQuery query, Map<String, Object> fields, Map<String, List<String>> marked) {
    var highlights = new LinkedHashMap<String, String>();
    for (String field : query.highlight()) {
      Object value = fields.get(field);
      if (value == null) {
        continue;
      }
      // A multi-valued text field shows its first value, in both engines.
      String text = (String) DocumentCodec.valuesOf(value).getFirst();
      List<String> fragments = marked.getOrDefault(field, List.of());
      highlights.put(field, Snippets.snippet(text, Snippets.markedVersionOf(text, fragments)));
    }
    return highlights;
  }

  /**
   * Which indexes a write to a name reaches: the index it serves first, then every newer version of
   * it, which a rebuild is filling.
   */
  private List<String> writeTargets(String index) {
    Family family = family(index);
    var targets = new ArrayList<String>();
    targets.add(family.served() == null ? index : family.served());
    long servedNumber = IndexNames.versionNumber(index, targets.getFirst()).orElse(0);
    family.versions().stream()
        .filter(version -> IndexNames.versionNumber(index, version).orElseThrow() > servedNumber)
        .forEach(targets::add);
    return targets;
  }

  /**
   * What a name stands for in the cluster now: the alias or index of that name, and the versions of
   * it.
   *
   * @param served the index the name serves: the alias's index, the index of that name, or null
   * @param isAlias whether the name is an alias
   * @param servedAliases the aliases pointing at the index of that name, if it is an index
   * @param versions the versions of the name, oldest first
   */
  private record Family(
      String served, boolean isAlias, List<String> servedAliases, List<String> versions) {}

  private Family family(String name) {
    ResolveIndexResponse resolved;
    try {
      resolved =
          client
              .indices()
              .resolveIndex(resolve -> resolve.name(name, name + "-v*").ignoreUnavailable(true));
    } catch (IOException | ElasticsearchException e) {
      throw failure("cannot resolve " + name, e);
    }
    String served = null;
    boolean isAlias = false;
    List<String> servedAliases = List.of();
    for (ResolveIndexAliasItem alias : resolved.aliases()) {
      if (alias.name().equals(name) && !alias.indices().isEmpty()) {
        served = alias.indices().getFirst();
        isAlias = true;
      }
    }
    var versions = new ArrayList<String>();
    for (ResolveIndexItem item : resolved.indices()) {
      if (item.name().equals(name)) {
        served = name;
        servedAliases = item.aliases();
      } else if (IndexNames.versionNumber(name, item.name()).isPresent()) {
        versions.add(item.name());
      }
    }
    versions.sort(
        Comparator.comparingLong(version -> IndexNames.versionNumber(name, version).orElseThrow()));
    return new Family(served, isAlias, servedAliases, List.copyOf(versions));
  }

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

  private static boolean alreadyExists(ElasticsearchException e) {
    return "resource_already_exists_exception".equals(e.error().type());
  }

  private static SearchEngineException failure(String message, Exception cause) {
    return new SearchEngineException(message + ": " + cause.getMessage(), cause);
  }
}
