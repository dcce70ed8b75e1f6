// The tender search's parameters (GET /api/search/tenders) and its budget bands.
import type { QuerySchema } from './query';

export const TENDER_SORTS = ['relevance', 'deadline', 'budget', 'newest'] as const;

export const TENDER_SCHEMA: QuerySchema = {
  lists: ['category', 'industry', 'city', 'deliveryMode', 'status', 'certification'],
  numbers: ['budgetMin', 'budgetMax'],
  dates: ['deadlineFrom', 'deadlineTo'],
  sorts: TENDER_SORTS,
  // without text every hit scores the same: the newest first is then the useful order
  defaultSort: (text) => (text === '' ? 'newest' : 'relevance'),
};

/** The facet the API answers for each list filter (the facet's name differs for categories). */
export const TENDER_FACETS = [
  { param: 'category', facet: 'categories' },
  { param: 'industry', facet: 'industry' },
  { param: 'city', facet: 'city' },
  { param: 'deliveryMode', facet: 'deliveryMode' },
  { param: 'status', facet: 'status' },
] as const;
export type TenderFacet = (typeof TENDER_FACETS)[number]['param'];

export interface BudgetBand {
  /** The value the API's `budget` facet counts under. */
  readonly value: 'UNDER_100K' | '100K_TO_1M' | '1M_TO_10M' | '10M_AND_MORE';
  readonly budgetMin: number | undefined;
  readonly budgetMax: number | undefined;
}

/**
 * The API's budget bands (on a tender's upper budget in whole CNY) as filter bounds: the filter
 * includes both ends, so a band ending below 100,000 ends at 99,999.
 */
export const BUDGET_BANDS: readonly BudgetBand[] = [
  { value: 'UNDER_100K', budgetMin: undefined, budgetMax: 99_999 },
  { value: '100K_TO_1M', budgetMin: 100_000, budgetMax: 999_999 },
  { value: '1M_TO_10M', budgetMin: 1_000_000, budgetMax: 9_999_999 },
  { value: '10M_AND_MORE', budgetMin: 10_000_000, budgetMax: undefined },
];

/** The band the bounds are exactly, if any. */
export function bandOf(numbers: Readonly<Record<string, number>>): BudgetBand | undefined {
  return BUDGET_BANDS.find(
    (band) => band.budgetMin === numbers.budgetMin && band.budgetMax === numbers.budgetMax,
  );
}
