package dev.waibao.search.lucene;

import dev.waibao.search.SearchEngine;
import dev.waibao.search.contract.SearchEngineContract;
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
