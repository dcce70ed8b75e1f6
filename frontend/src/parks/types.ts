// The parks feature's HTTP contract with the backend, as TypeScript types.

export const PARK_LEVELS = [
  'NATIONAL_DEMONSTRATION',
  'PROVINCIAL_DEMONSTRATION',
  'ORDINARY',
] as const;
export type ParkLevel = (typeof PARK_LEVELS)[number];

export const UNIT_STATUSES = ['AVAILABLE', 'RESERVED', 'LEASED', 'UNAVAILABLE'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const INCENTIVE_TYPES = [
  'RENT_SUBSIDY',
  'PURCHASE_SUBSIDY',
  'CERTIFICATION_SUBSIDY',
  'TRAINING_SUBSIDY',
  'TAX_INCENTIVE',
  'OTHER',
] as const;
export type IncentiveType = (typeof INCENTIVE_TYPES)[number];

export interface Capacity {
  unitArea: number;
  availableArea: number;
  availableSeats: number;
  unitCount: number;
  availableUnits: number;
  undividedArea: number;
}

export interface ParkSummary {
  id: string;
  nameZh: string;
  nameEn: string | null;
  city: string;
  level: ParkLevel;
  totalArea: number;
  leasableArea: number;
  seats: number;
  baseRent: number;
  capacity: Capacity;
  focusCategories: string[];
  incentiveCount: number;
  demo: boolean;
}

export interface Incentive {
  type: IncentiveType;
  summaryZh: string;
  summaryEn: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface SpaceUnit {
  id: string;
  building: string;
  floor: string;
  unitCode: string;
  area: number;
  seats: number;
  status: UnitStatus;
  version: number;
}

export interface ParkDetail extends Omit<ParkSummary, 'incentiveCount'> {
  operatorOrganisationId: string;
  address: string;
  levelDecidedOn: string | null;
  levelDecisionNumber: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  description: string | null;
  incentives: Incentive[];
  units: SpaceUnit[];
  updatedAt: string;
}

export interface ParkInput {
  nameZh: string;
  nameEn?: string | null;
  city: string;
  address: string;
  totalArea: number;
  leasableArea: number;
  seats: number;
  baseRent: number;
  focusCategories: string[];
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  description?: string | null;
  incentives: Incentive[];
}

export interface UnitInput {
  building: string;
  floor: string;
  unitCode: string;
  area: number;
  seats: number;
  status: UnitStatus;
}

export interface LevelDecision {
  level: ParkLevel;
  decidedOn: string;
  decisionNumber: string;
}

export interface ParkFilter {
  city?: string;
  level?: ParkLevel;
  capability?: string;
  page: number;
  size: number;
}
