/** The scale engine: Elasticsearch over the Java API client, for many stateless app instances. */
package dev.waibao.searchindex.elasticsearch;
