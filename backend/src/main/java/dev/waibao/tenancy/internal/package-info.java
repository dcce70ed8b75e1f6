/** Applications, approvals, leases, the move by date and occupancy: not for other features. */
package dev.waibao.tenancy.internal;
