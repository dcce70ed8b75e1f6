/**
 * The rules of firms, free of any framework: size tiers from headcount, certification types and
 * levels, and the status a certification has on a given day.
 */
package dev.waibao.firms.model;
