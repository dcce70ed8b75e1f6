/** Tenders and bids in PostgreSQL, through jOOQ: loading, locking and saving aggregates. */
package dev.waibao.tenders.infrastructure;
