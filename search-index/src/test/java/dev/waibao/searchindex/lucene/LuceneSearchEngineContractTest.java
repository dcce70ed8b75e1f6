package dev.waibao.searchindex.lucene;

import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.contract.SearchEngineContract;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Lucene: search engine contract")
class LuceneSearchEngineContractTest extends SearchEngineContract {

  @TempDir static Path indexes;

  @Override
  protected SearchEngine createEngine() {
    return new LuceneSearchEngine(indexes);
  }
}
