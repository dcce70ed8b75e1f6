/** Matching's queries, use cases, HTTP API and the saved-search alert job. */
package dev.waibao.matching.internal;
