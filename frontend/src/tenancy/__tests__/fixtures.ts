// Backend answers for the tenancy component tests.
import type { Lease, Occupancy } from '../types';

export function aLease(overrides: Partial<Lease> = {}): Lease {
  return {
    id: 'l-1',
    parkId: 'p-1',
    parkNameZh: '哈尔滨软件园',
    parkNameEn: 'Harbin Software Park',
    vendorOrganisationId: 'v-1',
    vendorNameZh: '云智软件',
    vendorNameEn: 'Cloudwise',
    status: 'APPLIED',
    requestedArea: 120,
    requestedSeats: 12,
    requestedUnits: [
      { id: 'u-1', building: 'A', floor: '3', unitCode: 'A-301', area: 120, seats: 12 },
    ],
    startDate: '2026-12-01',
    termMonths: 12,
    endDate: '2027-12-01',
    message: '希望尽快入驻',
    area: null,
    seats: null,
    monthlyRent: null,
    units: [],
    rejectionReason: null,
    terminationReason: null,
    appliedAt: '2026-11-20T08:00:00Z',
    decidedAt: null,
    terminatedAt: null,
    version: 0,
    ...overrides,
  };
}

/** 25 months from 2025-11 to 2027-11, leased 120 m² from 2026-12 on. */
export function anOccupancy(): Occupancy {
  const months = Array.from({ length: 25 }, (_v, i) => {
    const date = new Date(Date.UTC(2025, 10 + i, 1)).toISOString().slice(0, 10);
    const leased = date >= '2026-12-01';
    return { date, area: leased ? 120 : 0, seats: leased ? 12 : 0 };
  });
  return {
    parkId: 'p-1',
    leasableArea: 10000,
    seats: 900,
    current: { date: '2026-11-27', area: 0, seats: 0 },
    months,
    tenants: [],
  };
}
