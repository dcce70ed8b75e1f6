/**
 * Test support shipped in the test-jar: a real Elasticsearch server for integration tests of this
 * module and of the backend.
 */
package dev.waibao.searchindex.testing;
