/**
 * Search for Waibao: documents, index definitions, the engine-neutral query model and the {@link
 * dev.waibao.searchindex.SearchEngine} port that the Lucene and Elasticsearch engines implement
 * alike.
 */
package dev.waibao.searchindex;
