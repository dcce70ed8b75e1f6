/**
 * Open data: the marketplace's published tenders, awards and contracts as Open Contracting Data
 * Standard (OCDS 1.1) releases and records. Drafts never appear; bids appear only after the bid
 * deadline and then only as counts.
 */
package dev.waibao.opendata;
