// The tenders feature's HTTP contract with the backend (dev.waibao.tenders), as TypeScript types.
// Amounts are CNY as JSON numbers; instants are ISO-8601 strings; dates are YYYY-MM-DD.

export const TENDER_STATUSES = [
  'DRAFT',
  'ACTIVE',
  'EVALUATION',
  'AWARDED',
  'UNSUCCESSFUL',
  'CANCELLED',
] as const;
export type TenderStatus = (typeof TENDER_STATUSES)[number];

/** The statuses anyone can see; a draft is its client's alone. */
export const PUBLIC_STATUSES = TENDER_STATUSES.filter((s) => s !== 'DRAFT');

export const DELIVERY_MODES = ['ONSHORE', 'OFFSHORE', 'NEARSHORE'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const CERTIFICATION_TYPES = [
  'CMMI',
  'PCMM',
  'ISO_IEC_27001',
  'ISO_IEC_20000',
  'SOC1_SAS70',
] as const;
export type CertificationType = (typeof CERTIFICATION_TYPES)[number];
/** Certifications with maturity levels 1–5; only these take a minimum level. */
export const LEVELLED_CERTIFICATIONS: readonly CertificationType[] = ['CMMI', 'PCMM'];

/** ISO 639 codes offered in forms; the backend accepts any two- or three-letter code. */
export const LANGUAGE_CODES = ['zh', 'en', 'ja', 'ko', 'ru', 'de', 'fr'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export interface CertificationRequirement {
  type: CertificationType;
  minimumLevel: number | null;
}

export interface Criterion {
  name: string;
  weight: number;
}

export interface Lot {
  id: string;
  title: string;
  budgetMax: number | null;
}

export interface Tender {
  id: string;
  clientOrganisationId: string;
  status: TenderStatus;
  title: string | null;
  description: string;
  clientIndustry: string | null;
  city: string | null;
  deliveryMode: DeliveryMode | null;
  budgetMin: number | null;
  budgetMax: number | null;
  priceCeiling: number | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  minimumHeadcount: number;
  noticePeriodDays: number;
  clarificationDeadline: string | null;
  bidDeadline: string | null;
  openingTime: string | null;
  priceWeight: number;
  minimumBids: number;
  capabilities: string[];
  languages: string[];
  certifications: CertificationRequirement[];
  criteria: Criterion[];
  lots: Lot[];
  publishedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  version: number;
}

/** A create or PATCH body: on PATCH an absent (or null) field stays as it was; [] clears a list. */
export interface TenderInput {
  title?: string;
  description?: string;
  clientIndustry?: string;
  city?: string;
  deliveryMode?: DeliveryMode;
  budgetMin?: number;
  budgetMax?: number;
  priceCeiling?: number;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  minimumHeadcount?: number;
  noticePeriodDays?: number;
  clarificationDeadline?: string;
  bidDeadline?: string;
  openingTime?: string;
  priceWeight?: number;
  minimumBids?: number;
  capabilities?: string[];
  languages?: string[];
  certifications?: { type: CertificationType; minimumLevel?: number | null }[];
  criteria?: { name: string; weight: number }[];
  lots?: { title: string; budgetMax?: number | null }[];
}

export interface TenderSummary {
  id: string;
  status: TenderStatus;
  title: string;
  clientIndustry: string | null;
  city: string | null;
  deliveryMode: DeliveryMode | null;
  budgetMin: number | null;
  budgetMax: number | null;
  bidDeadline: string | null;
  publishedAt: string | null;
  clientName: string;
}

export interface TenderPage {
  items: TenderSummary[];
  page: number;
  size: number;
  total: number;
}

export interface PublishedQuestion {
  id: string;
  question: string;
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
  askedByYou: boolean;
}

export interface BidAnswer {
  /** Index into the tender's criteria. */
  criterion: number;
  text: string;
}

export interface BidCommand {
  lotId: string | null;
  price: number;
  durationDays: number;
  proposal: string;
  answers: BidAnswer[];
}

export const BID_STATUSES = ['SUBMITTED', 'WITHDRAWN', 'AWARDED', 'LOST'] as const;
export type BidStatus = (typeof BID_STATUSES)[number];

export interface BidView {
  id: string;
  tenderId: string;
  lotId: string | null;
  status: BidStatus;
  version: number;
  needsReconfirmation: boolean;
  price: number;
  durationDays: number;
  proposal: string;
  answers: BidAnswer[];
  submittedAt: string;
  updatedAt: string;
}

export interface RankedBid {
  bid: BidView;
  vendorOrganisationId: string;
  vendorName: string;
  /** Quality scores 0–100 by criterion index (JSON object keys are strings). */
  scores: Record<string, number>;
  priceScore: number;
  qualityScore: number;
  total: number;
  rank: number;
}

export interface ScoreCommand {
  bidId: string;
  scores: { criterion: number; score: number }[];
}

export interface AwardCommand {
  bidId: string;
  reason: string;
  contractStartsOn: string;
  contractEndsOn: string;
}

export interface AwardResult {
  awardId: string;
  contractId: string;
  bidId: string;
  value: number;
  tenderStatus: TenderStatus;
}

export const CONTRACT_STATUSES = ['ACTIVE', 'COMPLETED', 'TERMINATED'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export interface Contract {
  id: string;
  tenderId: string;
  clientOrganisationId: string;
  vendorOrganisationId: string;
  value: number;
  startsOn: string;
  endsOn: string;
  status: ContractStatus;
  endedAt: string | null;
  endReason: string | null;
}

export interface RatingCommand {
  quality: number;
  schedule: number;
  communication: number;
  comment?: string;
}

export interface RatingSummary {
  vendorOrganisationId: string;
  ratings: number;
  quality: number | null;
  schedule: number | null;
  communication: number | null;
}

/** Problem types the tender endpoints answer with (`urn:waibao:problem:<name>`). */
export const TENDER_PROBLEM = {
  validation: 'urn:waibao:problem:validation',
  wrongTenderState: 'urn:waibao:problem:wrong-tender-state',
  biddingClosed: 'urn:waibao:problem:bidding-closed',
  clarificationClosed: 'urn:waibao:problem:clarification-closed',
  bidsSealed: 'urn:waibao:problem:bids-sealed',
  notEligible: 'urn:waibao:problem:not-eligible',
  bidExists: 'urn:waibao:problem:bid-exists',
  alreadyAwarded: 'urn:waibao:problem:already-awarded',
  alreadyRated: 'urn:waibao:problem:already-rated',
  wrongContractState: 'urn:waibao:problem:wrong-contract-state',
} as const;
