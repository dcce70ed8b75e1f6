package dev.waibao.searchindex.lucene;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.IndexingReport;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchHit;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.SearchResult;
import dev.waibao.searchindex.Sort;
import dev.waibao.searchindex.internal.DocumentCodec;
import dev.waibao.searchindex.internal.QueryRules;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * One Lucene index: a directory, its single writer and a searcher manager over the writer's
 * near-real-time readers. Writes are serialized so that the version check and the write that
 * depends on it see the same state; searches run concurrently.
 */
final class LuceneIndex implements AutoCloseable {

  /** The whole document as JSON, so hits come back exactly as Elasticsearch returns _source. */
  private static final String SOURCE = "_source";

  /** The indexed version, read to drop stale writes. */
  private static final String VERSION = "_version";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final Directory directory;
  private final StandardTextAnalyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final LuceneQueries queries;
  private final ReentrantLock writeLock = new ReentrantLock();
  private volatile IndexDefinition definition;

  private LuceneIndex(
      String name,
      Directory directory,
      StandardTextAnalyzer analyzer,
      IndexWriter writer,
      SearcherManager searchers,
      IndexDefinition definition) {
    this.name = name;
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = searchers;
    this.queries = new LuceneQueries(analyzer);
    this.definition = definition;
  }

  static LuceneIndex open(String name, Path path, IndexDefinition definition) throws IOException {
    Directory directory = FSDirectory.open(path);
    var analyzer = new StandardTextAnalyzer();
    IndexWriter writer = null;
    try {
      var config =
          new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      writer = new IndexWriter(directory, config);
      // Commit at once, so that even an empty new index exists on disk after ensureIndex.
      writer.commit();
      var searchers = new SearcherManager(writer, null);
      return new LuceneIndex(name, directory, analyzer, writer, searchers, definition);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer, analyzer, directory);
      throw e;
    }
  }

  String name() {
    return name;
  }

  void redefine(IndexDefinition definition) {
    this.definition = definition;
  }

  IndexingReport index(List<SearchDocument> documents) throws IOException {
    IndexDefinition current = definition;
    // Encode everything before writing anything: a document that does not fit fails the call whole.
    var encoded = new ArrayList<Document>(documents.size());
    for (SearchDocument document : documents) {
      encoded.add(toLucene(current, document));
    }
    int indexed = 0;
    var stale = new ArrayList<String>();
    writeLock.lock();
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        Map<String, Long> writtenNow = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
          SearchDocument document = documents.get(i);
          Long known =
              writtenNow.containsKey(document.id())
                  ? writtenNow.get(document.id())
                  : indexedVersion(searcher, document.id());
          // Same rule as Elasticsearch's external versioning: only a greater version wins.
          if (known != null && document.version() <= known) {
            stale.add(document.id());
            continue;
          }
          writer.updateDocument(idTerm(document.id()), encoded.get(i));
          writtenNow.put(document.id(), document.version());
          indexed++;
        }
      } finally {
        searchers.release(searcher);
      }
      // Durable when the call returns: the caller (an outbox relay) forgets the change afterwards.
      writer.commit();
    } finally {
      writeLock.unlock();
    }
    return new IndexingReport(indexed, stale, Map.of());
  }

  void delete(Collection<String> ids) throws IOException {
    writeLock.lock();
    try {
      writer.deleteDocuments(ids.stream().map(LuceneIndex::idTerm).toArray(Term[]::new));
      writer.commit();
    } finally {
      writeLock.unlock();
    }
  }

  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Refreshes only if no other thread is refreshing; for the periodic background refresh. */
  void refreshIfIdle() throws IOException {
    searchers.maybeRefresh();
  }

  SearchResult search(SearchQuery query) throws IOException {
    IndexDefinition current = definition;
    QueryRules.check(current, query);
    var luceneQuery = queries.toQuery(current, query);
    var sort = LuceneQueries.toSort(current, query.sort());
    int first = query.page() * query.size();
    int upTo = first + query.size();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopFieldDocs top =
          searcher.search(
              luceneQuery, new TopFieldCollectorManager(sort, upTo, null, Integer.MAX_VALUE));
      StoredFields stored = searcher.storedFields();
      var hits = new ArrayList<SearchHit>();
      for (int i = first; i < Math.min(upTo, top.scoreDocs.length); i++) {
        ScoreDoc scoreDoc = top.scoreDocs[i];
        Document document = stored.document(scoreDoc.doc, Set.of(SOURCE));
        BytesRef source = document.getBinaryValue(SOURCE);
        Map<String, Object> fields =
            DocumentCodec.fromSource(
                current, JSON.readTree(source.bytes, source.offset, source.length));
        hits.add(
            new SearchHit(
                (String) fields.get(SearchDocument.ID_FIELD), score(query, scoreDoc), fields));
      }
      return new SearchResult(top.totalHits.value(), hits);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Whether the writer still works; a tragic exception (e.g. disk full) closes it for good. */
  String problem() {
    if (!writer.isOpen()) {
      Throwable tragedy = writer.getTragicException();
      return "index '" + name + "' is closed" + (tragedy == null ? "" : ": " + tragedy);
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    writeLock.lock();
    try {
      // Closing the writer commits what is still pending; IOUtils closes all even if one fails.
      IOUtils.close(searchers, writer, analyzer, directory);
    } finally {
      writeLock.unlock();
    }
  }

  private static Double score(SearchQuery query, ScoreDoc scoreDoc) {
    // Like Elasticsearch, scores exist only when sorting by relevance.
    if (query.sort() instanceof Sort.Relevance && scoreDoc instanceof FieldDoc fieldDoc) {
      return ((Number) fieldDoc.fields[0]).doubleValue();
    }
    return null;
  }

  private static Long indexedVersion(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(KeywordField.newExactQuery(SearchDocument.ID_FIELD, id), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    Document document = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(VERSION));
    return document.getField(VERSION).numericValue().longValue();
  }

  private static Term idTerm(String id) {
    return new Term(SearchDocument.ID_FIELD, id);
  }

  private static Document toLucene(IndexDefinition definition, SearchDocument document)
      throws IOException {
    Map<String, Object> source = DocumentCodec.toSource(definition, document);
    var lucene = new Document();
    lucene.add(new KeywordField(SearchDocument.ID_FIELD, document.id(), Field.Store.NO));
    lucene.add(new StoredField(VERSION, document.version()));
    lucene.add(new StoredField(SOURCE, new BytesRef(JSON.writeValueAsBytes(source))));
    document
        .fields()
        .forEach(
            (field, value) -> {
              for (Object single : DocumentCodec.valuesOf(value)) {
                lucene.add(
                    switch (definition.requireField(field)) {
                      case KEYWORD -> new KeywordField(field, (String) single, Field.Store.NO);
                      case TEXT -> new TextField(field, (String) single, Field.Store.NO);
                      case LONG ->
                          new LongField(field, ((Number) single).longValue(), Field.Store.NO);
                      case DATE ->
                          new LongField(
                              field, DocumentCodec.epochMillis((Instant) single), Field.Store.NO);
                    });
              }
            });
    return lucene;
  }
}
