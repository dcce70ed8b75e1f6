/** The rules of tenders and bids, free of any framework: lifecycle, validation, evaluation. */
package dev.waibao.tenders.model;
