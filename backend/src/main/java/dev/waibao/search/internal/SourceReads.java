package dev.waibao.search.internal;

import dev.waibao.search.DocumentSource;
import dev.waibao.searchindex.DocumentVersion;
import dev.waibao.searchindex.SearchDocument;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads of document sources, each in a read-only transaction of its own. */
@Singleton
class SourceReads {

  @Transactional(readOnly = true)
  List<DocumentVersion> versions(DocumentSource source, String afterId, int limit) {
    return source.versions(afterId, limit);
  }

  @Transactional(readOnly = true)
  Map<String, SearchDocument> load(DocumentSource source, Collection<String> ids) {
    return source.load(ids);
  }
}
