/** The outbox relay that keeps the index following the database, and the search HTTP API. */
package dev.waibao.search.internal;
