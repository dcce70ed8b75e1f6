/**
 * Subsidies: incentive policies encoded as rules (rent, certification, training) owned by a park
 * operator or the province-wide authority, the claims those rules compute with an explanation,
 * their review, and the ledger that pays each basis (lease month, certificate, trainee) at most
 * once.
 */
package dev.waibao.subsidies;
