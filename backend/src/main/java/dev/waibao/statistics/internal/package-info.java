/**
 * Queries, filings, targets, exports and endpoints of the statistics. Nothing here is for others.
 */
package dev.waibao.statistics.internal;
