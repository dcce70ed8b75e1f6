/**
 * Firms: vendor profiles (capabilities with years of experience, headcount and size tier,
 * languages, markets, case studies) and the certifications the authority verifies. Other features
 * ask {@link dev.waibao.firms.VendorCertifications} which certifications count today.
 */
package dev.waibao.firms;
