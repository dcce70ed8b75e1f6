/**
 * Synthetic data at scale for benchmarks: the {@code generate} command bulk-loads parks, vendors,
 * tenders and bids with COPY and indexes the tenders.
 */
package dev.waibao.generator;
