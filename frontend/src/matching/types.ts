// Matching as the backend answers it: rankings with every score part, unmet hard requirements,
// invitations and saved searches.

export const SCORE_PARTS = [
  'capability',
  'caseStudies',
  'rating',
  'delivery',
  'location',
  'sizeFit',
  'text',
] as const;
export type ScorePartName = (typeof SCORE_PARTS)[number];

export interface ScorePart {
  name: ScorePartName;
  weight: number;
  /** 0 to 1. */
  value: number;
  /** What the part adds to the total out of 100. */
  points: number;
  /** False when it could not be computed (text, when the search engine cannot answer). */
  computed: boolean;
}

export type Requirement = 'capability' | 'language' | 'certification' | 'headcount';

/** A hard requirement missed; certifications as TYPE or TYPE:minimumLevel. */
export interface Unmet {
  requirement: Requirement;
  value: string;
}

export interface VendorMatch {
  rank: number;
  vendorId: string;
  nameZh: string;
  nameEn: string | null;
  city: string | null;
  headcount: number;
  eligible: boolean;
  total: number;
  parts: ScorePart[];
  unmet: Unmet[];
  invitedAt: string | null;
}

export interface TenderMatch {
  rank: number;
  tenderId: string;
  title: string;
  city: string | null;
  bidDeadline: string | null;
  eligible: boolean;
  total: number;
  parts: ScorePart[];
  unmet: Unmet[];
  invitedAt: string | null;
}

export interface Ranking<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
  eligible: number;
  textComputed: boolean;
}

export interface Invitation {
  tenderId: string;
  vendorId: string;
  invitedAt: string;
  created: boolean;
}

/** The tender search page's filters; empty lists do not filter. */
export interface SearchFilters {
  category?: string[];
  industry?: string[];
  city?: string[];
  deliveryMode?: string[];
  budgetMin?: number | null;
  budgetMax?: number | null;
}

export interface SavedSearch {
  id: string;
  name: string;
  query: string | null;
  filters: SearchFilters;
  alerts: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SavedSearchInput {
  name?: string;
  query?: string | null;
  filters?: SearchFilters;
  alerts?: boolean;
}
