/**
 * Statistics: the indicator system of the provincial policy computed from the platform's own
 * records (tenders, bids, contracts, vendors' annual filings, leases, subsidies through {@code
 * dev.waibao.subsidies.SubsidyTotals}), progress against the policy targets of each plan period,
 * dashboards for the authority, park operators and vendors, and CSV/XLSX exports of every dashboard
 * table.
 */
package dev.waibao.statistics;
