// The firms feature's HTTP contract with the backend, as TypeScript types.

export const SIZE_TIERS = ['SMALL', 'SCALE', 'LARGE'] as const;
export type SizeTier = (typeof SIZE_TIERS)[number];

export const CERTIFICATION_TYPES = [
  'CMMI',
  'PCMM',
  'ISO_IEC_27001',
  'ISO_IEC_20000',
  'SOC1_SAS70',
  'OTHER',
] as const;
export type CertificationType = (typeof CERTIFICATION_TYPES)[number];

export const LEVELLED: readonly CertificationType[] = ['CMMI', 'PCMM'];

export type CertificationStatus = 'UNVERIFIED' | 'VERIFIED' | 'REJECTED' | 'EXPIRED';

export const MARKETS = ['DOMESTIC', 'USA', 'JAPAN', 'EUROPE', 'OTHER'] as const;
export type Market = (typeof MARKETS)[number];

export const REVENUE_BANDS = [
  'BELOW_10M',
  'FROM_10M_TO_50M',
  'FROM_50M_TO_200M',
  'FROM_200M_TO_1B',
  'ABOVE_1B',
] as const;
export type RevenueBand = (typeof REVENUE_BANDS)[number];

export const VALUE_BANDS = ['BELOW_1M', 'FROM_1M_TO_5M', 'FROM_5M_TO_20M', 'ABOVE_20M'] as const;
export type ValueBand = (typeof VALUE_BANDS)[number];

export const LANGUAGES = ['zh', 'en', 'ja', 'ko', 'ru', 'de', 'fr'] as const;

export interface VendorSummary {
  organisationId: string;
  legalNameZh: string;
  legalNameEn: string | null;
  city: string;
  headcount: number;
  sizeTier: SizeTier;
  capabilities: string[];
  certifications: CertificationType[];
  markets: Market[];
  demo: boolean;
}

export interface PublicCertification {
  id: string;
  type: CertificationType;
  otherName: string | null;
  level: number | null;
  certificateNumber: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
}

export interface Capability {
  code: string;
  yearsOfExperience: number;
}

export interface CaseStudy {
  title: string;
  clientIndustry: string;
  year: number;
  valueBand: ValueBand;
}

export interface VendorDetail {
  organisationId: string;
  legalNameZh: string;
  legalNameEn: string | null;
  creditCode: string;
  city: string;
  park: { id: string; nameZh: string; nameEn: string | null } | null;
  headcount: number;
  sizeTier: SizeTier;
  foundedYear: number | null;
  revenueBand: RevenueBand | null;
  capabilities: Capability[];
  languages: string[];
  markets: Market[];
  caseStudies: CaseStudy[];
  description: string | null;
  certifications: PublicCertification[];
  rating: number | null;
  demo: boolean;
  updatedAt: string;
}

export interface CertificationView {
  id: string;
  organisationId: string;
  vendorNameZh: string | null;
  vendorNameEn: string | null;
  type: CertificationType;
  otherName: string | null;
  level: number | null;
  certificateNumber: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
  status: CertificationStatus;
  rejectionReason: string | null;
  documentId: string | null;
  documentName: string | null;
  reviewedAt: string | null;
  createdAt: string;
}

export interface OwnProfile {
  profile: VendorDetail;
  certifications: CertificationView[];
}

export interface ProfileInput {
  legalNameZh: string;
  legalNameEn?: string | null;
  city: string;
  parkId?: string | null;
  headcount: number;
  foundedYear?: number | null;
  revenueBand?: RevenueBand | null;
  capabilities: Capability[];
  languages: string[];
  markets: Market[];
  caseStudies: CaseStudy[];
  description?: string | null;
}

export interface CertificationInput {
  type: CertificationType;
  otherName?: string | null;
  level?: number | null;
  certificateNumber: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
  documentId?: string | null;
}

export interface DocumentInfo {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

export interface VendorFilter {
  city?: string;
  capability?: string;
  certification?: CertificationType;
  sizeTier?: SizeTier;
  page: number;
  size: number;
}

/** The size tier a headcount falls into, as the backend derives it. */
export function sizeTierOf(headcount: number): SizeTier {
  if (headcount >= 3000) return 'LARGE';
  return headcount >= 800 ? 'SCALE' : 'SMALL';
}
