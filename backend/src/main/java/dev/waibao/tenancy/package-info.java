/**
 * Tenancy: a vendor applies to a park for space, the park's operator approves it as a lease (with
 * units and rent) or rejects it, and leases become ACTIVE and ENDED by date. Other features (the
 * subsidy engine) read leases through {@link dev.waibao.tenancy.Leases}.
 */
package dev.waibao.tenancy;
