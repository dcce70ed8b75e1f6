// The tenancy feature's HTTP contract with the backend, as TypeScript types.

export const LEASE_STATUSES = [
  'APPLIED',
  'APPROVED',
  'ACTIVE',
  'ENDED',
  'TERMINATED',
  'REJECTED',
] as const;
export type LeaseStatus = (typeof LEASE_STATUSES)[number];

export interface UnitRef {
  id: string;
  building: string;
  floor: string;
  unitCode: string;
  area: number;
  seats: number;
}

/** An application or lease. Dates are ISO days; `endDate` is exclusive (the first free day). */
export interface Lease {
  id: string;
  parkId: string;
  parkNameZh: string;
  parkNameEn: string | null;
  vendorOrganisationId: string;
  vendorNameZh: string;
  vendorNameEn: string | null;
  status: LeaseStatus;
  requestedArea: number;
  requestedSeats: number;
  requestedUnits: UnitRef[];
  startDate: string;
  termMonths: number;
  endDate: string;
  message: string | null;
  area: number | null;
  seats: number | null;
  monthlyRent: number | null;
  units: UnitRef[];
  rejectionReason: string | null;
  terminationReason: string | null;
  appliedAt: string;
  decidedAt: string | null;
  terminatedAt: string | null;
  version: number;
}

export interface Application {
  parkId: string;
  unitIds: string[];
  area?: number | null;
  seats?: number | null;
  startDate: string;
  termMonths: number;
  message?: string | null;
}

export interface Approval {
  unitIds: string[];
  area?: number | null;
  seats?: number | null;
  monthlyRent: number;
  startDate?: string | null;
}

export interface Point {
  date: string;
  area: number;
  seats: number;
}

export interface Tenant {
  organisationId: string;
  nameZh: string;
  nameEn: string | null;
}

export interface Occupancy {
  parkId: string;
  leasableArea: number;
  seats: number;
  current: Point;
  months: Point[];
  tenants: Tenant[];
}
