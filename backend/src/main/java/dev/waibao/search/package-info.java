/**
 * Search as the application uses it: which engine runs (embedded Lucene or Elasticsearch), its
 * health, and the indexes it must have. Documents and engines live in the search-index library.
 */
package dev.waibao.search;
