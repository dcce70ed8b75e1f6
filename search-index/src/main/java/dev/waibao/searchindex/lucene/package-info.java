/** The embedded engine: Lucene indexes on the local file system, for one-instance deployments. */
package dev.waibao.searchindex.lucene;
