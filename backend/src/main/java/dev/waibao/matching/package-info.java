/**
 * Matching: which vendors can really do a tender and how well they fit, which active tenders suit a
 * vendor, invitations to tender, and vendors' saved searches with alerts on new tenders. Every
 * score is explained part by part, and every hard requirement a vendor misses is named.
 */
package dev.waibao.matching;
