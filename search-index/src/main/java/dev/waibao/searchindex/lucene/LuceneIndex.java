package dev.waibao.searchindex.lucene;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waibao.searchindex.DocumentVersion;
import dev.waibao.searchindex.DocumentVersionPage;
import dev.waibao.searchindex.Facet;
import dev.waibao.searchindex.FacetResult;
import dev.waibao.searchindex.Filter;
import dev.waibao.searchindex.IndexDefinition;
import dev.waibao.searchindex.IndexingReport;
import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.SearchHit;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.SearchResult;
import dev.waibao.searchindex.Sort;
import dev.waibao.searchindex.internal.DocumentCodec;
import dev.waibao.searchindex.internal.FreeText;
import dev.waibao.searchindex.internal.QueryRules;
import dev.waibao.searchindex.internal.Snippets;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * One Lucene index: a directory, its single writer and a searcher manager over the writer's
 * near-real-time readers. Writes are serialized so that the version check and the write that
 * depends on it see the same state; searches run concurrently.
 *
 * <p>Writes become searchable at the next refresh (a near-real-time reader reopen, no fsync) and
 * durable at the next commit, which the engine makes periodically and on close. A marker file tells
 * a later open that this process stopped without closing the index: the writes acknowledged after
 * the last commit may then be missing, and {@link #missingSince()} says since when, until {@link
 * #repaired} is called (the time is kept in every commit until then, so a second crash before the
 * repair does not forget it).
 */
final class LuceneIndex implements AutoCloseable {

  /** The whole document as JSON, so hits come back exactly as Elasticsearch returns _source. */
  private static final String SOURCE = "_source";

  /** The indexed version as a doc value, read to drop stale writes and to scan versions. */
  private static final String VERSION = "_version";

  /**
   * How many writes the live version map may remember before a write refreshes the reader that
   * version checks consult; bounds the map's memory (about 100 bytes per entry).
   */
  private static final int LIVE_VERSIONS_LIMIT = 100_000;

  /** Marks a deleted id in the live version map: not indexed, whatever the reader still shows. */
  private static final long DELETED = Long.MIN_VALUE;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Exists while a process has the index open; left behind when that process died. */
  static final String OPEN_MARKER = "waibao-open.marker";

  /** Commit user data: when the commit was made, in epoch milliseconds. */
  private static final String COMMITTED_AT = "waibao.committed_at";

  /** Commit user data: writes acknowledged since this time may be missing (not yet repaired). */
  private static final String MISSING_SINCE = "waibao.missing_since";

  /**
   * How much RAM the writer buffers before it flushes a segment; larger than Lucene's 16 MB so that
   * a rebuild writes fewer, larger segments and merges less.
   */
  private static final double RAM_BUFFER_MB = 48;

  /**
   * An index nobody searched for this long is "search idle", as in Elasticsearch: the periodic
   * refresh skips it (sparing a rebuild's new version many tiny segments), and the next search
   * refreshes it first, so it still sees every write that returned.
   */
  private static final long SEARCH_IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final String name;
  private final Directory directory;
  private final StandardTextAnalyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final LuceneQueries queries;
  private final UnifiedHighlighter highlighter;
  private final ReentrantLock writeLock = new ReentrantLock();

  /** Serializes commits with each other and with closing, which must not cut a commit short. */
  private final ReentrantLock commitLock = new ReentrantLock();

  private final Path path;
  private volatile Instant missingSince;
  private volatile long lastSearchNanos = System.nanoTime();
  private final AtomicBoolean refreshQueued = new AtomicBoolean();

  /**
   * Versions written (or ids deleted) since the last refresh made under the write lock; the reader
   * acquired after that refresh knows everything older. Like Elasticsearch's live version map, it
   * spares reopening the near-real-time reader before every batch just so the version check sees
   * the previous batch; that reopen would also make writes visible before the refresh interval,
   * unlike Elasticsearch. Guarded by {@link #writeLock}.
   */
  private final Map<String, Long> liveVersions = new HashMap<>();

  private volatile IndexDefinition definition;

  private LuceneIndex(
      String name,
      Path path,
      Directory directory,
      StandardTextAnalyzer analyzer,
      IndexWriter writer,
      SearcherManager searchers,
      IndexDefinition definition) {
    this.name = name;
    this.path = path;
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = searchers;
    this.queries = new LuceneQueries(analyzer);
    this.highlighter =
        UnifiedHighlighter.builderWithoutSearcher(analyzer)
            // The whole field with markers, like Elasticsearch's number_of_fragments=0; the shared
            // Snippets code cuts the window, so both engines cut alike.
            .withBreakIterator(WholeBreakIterator::new)
            .withFormatter(new DefaultPassageFormatter(Snippets.START, Snippets.END, "", false))
            // Elasticsearch's unified highlighter marks a whole phrase match at once, as this does.
            .withWeightMatches(true)
            .withMaxNoHighlightPassages(0)
            .build();
    this.definition = definition;
  }

  static LuceneIndex open(String name, Path path, IndexDefinition definition, boolean create)
      throws IOException {
    Directory directory = FSDirectory.open(path);
    var analyzer = new StandardTextAnalyzer();
    IndexWriter writer = null;
    try {
      var config =
          new IndexWriterConfig(analyzer)
              .setRAMBufferSizeMB(RAM_BUFFER_MB)
              .setOpenMode(
                  create
                      ? IndexWriterConfig.OpenMode.CREATE
                      : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      writer = new IndexWriter(directory, config);
      Path marker = path.resolve(OPEN_MARKER);
      Instant missingSince = create ? null : missingSince(writer, Files.exists(marker));
      writer.setLiveCommitData(commitData(missingSince).entrySet());
      // Commit at once, so that even an empty new index exists on disk after it was ensured, and
      // a missing-since time found now survives a second crash.
      writer.commit();
      writeMarker(path, marker);
      var searchers = new SearcherManager(writer, null);
      var index = new LuceneIndex(name, path, directory, analyzer, writer, searchers, definition);
      index.missingSince = missingSince;
      return index;
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer, analyzer, directory);
      throw e;
    }
  }

  /**
   * Since when writes may be missing: nothing if the last process closed the index cleanly, else
   * the time the earlier unrepaired loss began, else the time of the last commit.
   */
  private static Instant missingSince(IndexWriter writer, boolean uncleanStop) {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    }
    String unrepaired = data.get(MISSING_SINCE);
    if (unrepaired != null) {
      return Instant.ofEpochMilli(Long.parseLong(unrepaired));
    }
    if (!uncleanStop) {
      return null;
    }
    String committedAt = data.get(COMMITTED_AT);
    // An index committed before commit times were recorded: anything may be missing.
    return committedAt == null ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(committedAt));
  }

  private static Map<String, String> commitData(Instant missingSince) {
    var data = new HashMap<String, String>();
    data.put(COMMITTED_AT, Long.toString(System.currentTimeMillis()));
    if (missingSince != null) {
      data.put(MISSING_SINCE, Long.toString(missingSince.toEpochMilli()));
    }
    return data;
  }

  /** Creates the marker and syncs it with its directory entry, before any write is acknowledged. */
  private static void writeMarker(Path directory, Path marker) throws IOException {
    try (FileChannel channel =
        FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    IOUtils.fsync(directory, true);
  }

  String name() {
    return name;
  }

  IndexDefinition definition() {
    return definition;
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
      IndexSearcher searcher = searchers.acquire();
      try {
        var lookup = new VersionLookup(searcher);
        for (int i = 0; i < documents.size(); i++) {
          SearchDocument document = documents.get(i);
          Long live = liveVersions.get(document.id());
          Long known = live == null ? lookup.version(document.id()) : live == DELETED ? null : live;
          // Same rule as Elasticsearch's external versioning: only a greater version wins.
          if (known != null && document.version() <= known) {
            stale.add(document.id());
            continue;
          }
          if (known == null) {
            // Nothing live carries this id: adding spares the writer a delete by term.
            writer.addDocument(encoded.get(i));
          } else {
            writer.updateDocument(idTerm(document.id()), encoded.get(i));
          }
          liveVersions.put(document.id(), document.version());
          indexed++;
        }
      } finally {
        searchers.release(searcher);
      }
      // Durable at the next commit, not now: a commit costs tens of milliseconds of fsyncs, which
      // the periodic commit pays once for many calls. A crash before it is repaired from the
      // database (see missingSince).
      if (liveVersions.size() > LIVE_VERSIONS_LIMIT) {
        refreshLocked();
      }
    } finally {
      writeLock.unlock();
    }
    return new IndexingReport(indexed, stale, Map.of());
  }

  void delete(Collection<String> ids) throws IOException {
    writeLock.lock();
    try {
      writer.deleteDocuments(ids.stream().map(LuceneIndex::idTerm).toArray(Term[]::new));
      ids.forEach(id -> liveVersions.put(id, DELETED));
    } finally {
      writeLock.unlock();
    }
  }

  void refresh() throws IOException {
    writeLock.lock();
    try {
      refreshLocked();
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Makes the writes so far durable, if there are any; safe beside concurrent writes (those may or
   * may not be part of this commit). Not under the write lock, so it never waits behind a bulk
   * write.
   */
  void commitIfChanged() throws IOException {
    commitLock.lock();
    try {
      if (writer.isOpen() && writer.hasUncommittedChanges()) {
        writer.setLiveCommitData(commitData(missingSince).entrySet());
        writer.commit();
      }
    } finally {
      commitLock.unlock();
    }
  }

  /** Since when writes acknowledged before an unclean stop may be missing, if they may be. */
  Optional<Instant> missingSince() {
    return Optional.ofNullable(missingSince);
  }

  /**
   * Forgets a loss once the caller has repaired it (e.g. queued every document changed since then
   * for indexing again in its durable outbox); the next commit no longer carries it.
   */
  void repaired(Instant since) throws IOException {
    Instant current = missingSince;
    if (current != null && !since.isAfter(current)) {
      commitLock.lock();
      try {
        missingSince = null;
        writer.setLiveCommitData(commitData(null).entrySet());
        writer.commit();
      } finally {
        commitLock.unlock();
      }
    }
  }

  /**
   * Refreshes unless another thread is refreshing or writing; for the periodic background refresh,
   * which must not wait behind a long bulk write. A search-idle index is skipped: its next search
   * refreshes it.
   */
  void refreshIfIdle() throws IOException {
    if (System.nanoTime() - lastSearchNanos > SEARCH_IDLE_NANOS) {
      return;
    }
    if (writeLock.tryLock()) {
      try {
        refreshLocked();
      } finally {
        writeLock.unlock();
      }
    } else {
      searchers.maybeRefresh();
    }
  }

  /**
   * Whether a prompt refresh after a write should be queued: not for a search-idle index (a
   * rebuild's new version), and not twice while one is still waiting.
   */
  boolean queueRefresh() {
    return System.nanoTime() - lastSearchNanos <= SEARCH_IDLE_NANOS
        && refreshQueued.compareAndSet(false, true);
  }

  /** Runs a queued prompt refresh. */
  void queuedRefresh() throws IOException {
    refreshQueued.set(false);
    refreshIfIdle();
  }

  private void refreshLocked() throws IOException {
    searchers.maybeRefreshBlocking();
    // The reader now holds every write so far; the map's entries are no longer needed.
    liveVersions.clear();
  }

  SearchResult search(SearchQuery query) throws IOException {
    IndexDefinition current = definition;
    QueryRules.check(current, query);
    Query luceneQuery = queries.toQuery(current, query);
    var sort = LuceneQueries.toSort(current, query.sort());
    int first = query.page() * query.size();
    int upTo = first + query.size();
    wakeFromSearchIdle();
    IndexSearcher searcher = searchers.acquire();
    try {
      var pageManager = new TopFieldCollectorManager(sort, upTo, null, Integer.MAX_VALUE);
      TopFieldDocs top;
      var facets = new ArrayList<FacetResult>();
      List<Filter> faceted = QueryRules.facetFilters(query);
      if (query.facets().isEmpty()) {
        top = searcher.search(luceneQuery, pageManager);
      } else if (faceted.isEmpty()) {
        Object[] results = searcher.search(luceneQuery, both(pageManager));
        top = (TopFieldDocs) results[0];
        List<FacetsCollector.MatchingDocs> hits = ((FacetsCollector) results[1]).getMatchingDocs();
        for (Facet facet : query.facets()) {
          facets.add(LuceneFacets.count(facet, hits));
        }
      } else {
        FacetedSearch.Result result =
            searcher.search(luceneQuery, facetedSearch(searcher, pageManager, query, faceted));
        top = result.page();
        for (int i = 0; i < query.facets().size(); i++) {
          facets.add(LuceneFacets.count(query.facets().get(i), result.facetHits().get(i)));
        }
      }
      // Without words nothing can be marked; the snippets are then plain text.
      Query highlightQuery =
          query.highlight().isEmpty() || FreeText.words(query.text()).isEmpty()
              ? null
              : queries.highlightQuery(current, query.text());
      StoredFields stored = searcher.storedFields();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
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
                (String) fields.get(SearchDocument.ID_FIELD),
                version(leaves, scoreDoc.doc),
                score(query, scoreDoc),
                fields,
                highlights(query, highlightQuery, fields)));
      }
      return new SearchResult(top.totalHits.value(), hits, facets);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Marks the index as searched; if it was search idle, refreshes it first, so that a search never
   * misses a write that returned before it, however long the index went unsearched.
   */
  private void wakeFromSearchIdle() throws IOException {
    long now = System.nanoTime();
    boolean idle = now - lastSearchNanos > SEARCH_IDLE_NANOS;
    lastSearchNanos = now;
    if (idle) {
      searchers.maybeRefreshBlocking();
    }
  }

  DocumentVersionPage scan(String afterId, int pageSize) throws IOException {
    var sort = new org.apache.lucene.search.Sort(LuceneQueries.byId());
    // Ids are unique, so a doc id beyond every real one makes the cursor exclusive of afterId.
    FieldDoc after =
        afterId == null
            ? null
            : new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {new BytesRef(afterId)});
    wakeFromSearchIdle();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top =
          searcher.search(
              new MatchAllDocsQuery(), new TopFieldCollectorManager(sort, pageSize, after, 0));
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      var versions = new ArrayList<DocumentVersion>(top.scoreDocs.length);
      for (ScoreDoc scoreDoc : top.scoreDocs) {
        String id = ((BytesRef) ((FieldDoc) scoreDoc).fields[0]).utf8ToString();
        versions.add(new DocumentVersion(id, version(leaves, scoreDoc.doc)));
      }
      return new DocumentVersionPage(versions, versions.size() < pageSize);
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
    commitLock.lock();
    try {
      boolean committed = false;
      if (writer.isOpen()) {
        writer.setLiveCommitData(commitData(missingSince).entrySet());
        // Closing the writer commits what is still pending; IOUtils closes all even if one fails.
        IOUtils.close(searchers, writer);
        committed = true;
      } else {
        IOUtils.close(searchers, writer);
      }
      if (committed) {
        // Every acknowledged write is committed: the next open need not suspect a loss.
        Files.deleteIfExists(path.resolve(OPEN_MARKER));
      }
      IOUtils.close(analyzer, directory);
    } finally {
      commitLock.unlock();
      writeLock.unlock();
    }
  }

  /**
   * The page and the facets in one pass over what the text and the plain filters match (see {@link
   * FacetedSearch}); each facet counts under the faceted filters other than its own.
   */
  private static FacetedSearch facetedSearch(
      IndexSearcher searcher,
      TopFieldCollectorManager page,
      SearchQuery query,
      List<Filter> faceted)
      throws IOException {
    var weights = new ArrayList<Weight>();
    for (Filter filter : faceted) {
      weights.add(
          searcher.createWeight(
              searcher.rewrite(LuceneQueries.toQuery(filter)), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    long[] masks = new long[query.facets().size()];
    for (int i = 0; i < masks.length; i++) {
      List<Filter> scope = QueryRules.facetScope(query.facets().get(i), query);
      for (int f = 0; f < faceted.size(); f++) {
        if (scope.contains(faceted.get(f))) {
          masks[i] |= 1L << f;
        }
      }
    }
    return new FacetedSearch(page, weights, masks);
  }

  @SuppressWarnings("unchecked") // MultiCollectorManager takes generic varargs without @SafeVarargs
  private static CollectorManager<?, Object[]> both(TopFieldCollectorManager page) {
    CollectorManager<TopFieldCollector, TopFieldDocs> pageManager = page;
    return new MultiCollectorManager(pageManager, new FacetsCollectorManager());
  }

  private Map<String, String> highlights(
      SearchQuery query, Query highlightQuery, Map<String, Object> fields) throws IOException {
    var highlights = new LinkedHashMap<String, String>();
    for (String field : query.highlight()) {
      Object value = fields.get(field);
      if (value == null) {
        continue;
      }
      // A multi-valued text field shows its first value, in both engines.
      String text = (String) DocumentCodec.valuesOf(value).getFirst();
      // Only the start is analyzed, as Elasticsearch's max_analyzed_offset makes it: a huge text
      // costs no more than a long one. The snippet code accepts marks on a prefix of the text.
      String analyzed =
          text.length() <= Snippets.MAX_ANALYZED_LENGTH
              ? text
              : text.substring(0, Snippets.MAX_ANALYZED_LENGTH);
      Object marked =
          highlightQuery == null
              ? null
              : highlighter.highlightWithoutSearcher(field, highlightQuery, analyzed, 1);
      highlights.put(field, Snippets.snippet(text, (String) marked));
    }
    return highlights;
  }

  private static long version(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues versions = leaf.reader().getNumericDocValues(VERSION);
    if (versions == null || !versions.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document without a version in index");
    }
    return versions.longValue();
  }

  private static Double score(SearchQuery query, ScoreDoc scoreDoc) {
    // Like Elasticsearch, scores exist only when sorting by relevance.
    if (query.sort() instanceof Sort.Relevance && scoreDoc instanceof FieldDoc fieldDoc) {
      return ((Number) fieldDoc.fields[0]).doubleValue();
    }
    return null;
  }

  private static Term idTerm(String id) {
    return new Term(SearchDocument.ID_FIELD, id);
  }

  private static Document toLucene(IndexDefinition definition, SearchDocument document)
      throws IOException {
    Map<String, Object> source = DocumentCodec.toSource(definition, document);
    var lucene = new Document();
    lucene.add(new KeywordField(SearchDocument.ID_FIELD, document.id(), Field.Store.NO));
    lucene.add(new NumericDocValuesField(VERSION, document.version()));
    lucene.add(new StoredField(SOURCE, new BytesRef(JSON.writeValueAsBytes(source))));
    source.forEach(
        (field, value) -> {
          if (SearchDocument.ID_FIELD.equals(field)) {
            return;
          }
          for (Object single : DocumentCodec.valuesOf(value)) {
            lucene.add(
                switch (definition.requireField(field)) {
                  case KEYWORD -> new KeywordField(field, (String) single, Field.Store.NO);
                  case TEXT -> new TextField(field, (String) single, Field.Store.NO);
                  case LONG -> new LongField(field, ((Number) single).longValue(), Field.Store.NO);
                  case DATE ->
                      new LongField(
                          field, Instant.parse((String) single).toEpochMilli(), Field.Store.NO);
                });
          }
        });
    return lucene;
  }

  /**
   * Finds the live version of ids in one reader: a terms seek per segment, no query, no scoring.
   * Made per batch, so its enumerators are reused across the batch's ids.
   */
  private static final class VersionLookup {
    private final List<LeafReaderContext> leaves;
    private final TermsEnum[] terms;
    private PostingsEnum postings;

    VersionLookup(IndexSearcher searcher) throws IOException {
      this.leaves = searcher.getIndexReader().leaves();
      this.terms = new TermsEnum[leaves.size()];
      for (int i = 0; i < leaves.size(); i++) {
        Terms ids = leaves.get(i).reader().terms(SearchDocument.ID_FIELD);
        terms[i] = ids == null ? null : ids.iterator();
      }
    }

    Long version(String id) throws IOException {
      var term = new BytesRef(id);
      for (int i = 0; i < leaves.size(); i++) {
        if (terms[i] == null || !terms[i].seekExact(term)) {
          continue;
        }
        var reader = leaves.get(i).reader();
        Bits live = reader.getLiveDocs();
        postings = terms[i].postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            NumericDocValues versions = reader.getNumericDocValues(VERSION);
            if (versions != null && versions.advanceExact(doc)) {
              return versions.longValue();
            }
          }
        }
      }
      return null;
    }
  }
}
