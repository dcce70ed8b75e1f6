// The tender wizard's form values, how they become a create/PATCH body and back, which step each
// field lives on, and where the server's field errors (`criteria[0].weight`) belong.
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { FieldError } from '../../shared/api';
import {
  LEVELLED_CERTIFICATIONS,
  type CertificationType,
  type DeliveryMode,
  type Tender,
  type TenderInput,
} from '../types';

export interface WizardValues {
  title?: string;
  description?: string;
  clientIndustry?: string;
  city?: string;
  deliveryMode?: DeliveryMode;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  budgetMin?: number | null;
  budgetMax?: number | null;
  priceCeiling?: number | null;
  capabilities?: string[];
  certifications?: { type?: CertificationType; minimumLevel?: number | null }[];
  languages?: string[];
  minimumHeadcount?: number | null;
  priceWeight?: number | null;
  criteria?: { name?: string; weight?: number | null }[];
  lots?: { title?: string; budgetMax?: number | null }[];
  noticePeriodDays?: number | null;
  clarificationDeadline?: Dayjs | null;
  bidDeadline?: Dayjs | null;
  openingTime?: Dayjs | null;
  minimumBids?: number | null;
}

export const STEPS = ['basics', 'budget', 'requirements', 'criteria', 'lots', 'deadlines'] as const;
export type Step = (typeof STEPS)[number];

/** The top-level fields of each step, in the order of the steps. */
export const STEP_FIELDS: Record<Step, readonly (keyof WizardValues)[]> = {
  basics: [
    'title',
    'description',
    'clientIndustry',
    'city',
    'deliveryMode',
    'contactName',
    'contactPhone',
    'contactEmail',
  ],
  budget: ['budgetMin', 'budgetMax', 'priceCeiling'],
  requirements: ['capabilities', 'certifications', 'languages', 'minimumHeadcount'],
  criteria: ['priceWeight', 'criteria'],
  lots: ['lots'],
  deadlines: [
    'noticePeriodDays',
    'clarificationDeadline',
    'bidDeadline',
    'openingTime',
    'minimumBids',
  ],
};

export function stepOf(field: string): number {
  const index = STEPS.findIndex((step) => (STEP_FIELDS[step] as readonly string[]).includes(field));
  return index;
}

/** What a new tender starts with: the backend's defaults, one criterion, both weights summing to 100. */
export function initialValues(): WizardValues {
  return {
    deliveryMode: 'ONSHORE',
    capabilities: [],
    certifications: [],
    languages: ['zh'],
    minimumHeadcount: 0,
    priceWeight: 60,
    criteria: [{ name: '', weight: 40 }],
    lots: [],
    noticePeriodDays: 10,
    minimumBids: 1,
  };
}

/** The points the price weight and the criteria weights add up to (they must reach 100). */
export function weightSum(values: Pick<WizardValues, 'priceWeight' | 'criteria'>): number {
  return (
    (values.priceWeight ?? 0) +
    (values.criteria ?? []).reduce((sum, criterion) => sum + (criterion?.weight ?? 0), 0)
  );
}

function text(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function number(value: number | null | undefined): number | undefined {
  return value === null || value === undefined ? undefined : value;
}

function instant(value: Dayjs | null | undefined): string | undefined {
  return value ? value.toDate().toISOString() : undefined;
}

/**
 * The body to create or PATCH the tender with. Absent fields stay as they are on the server; lists
 * are always sent, so removing the last criterion or lot really removes it.
 */
export function toInput(values: WizardValues): TenderInput {
  const input: TenderInput = {
    title: text(values.title),
    description: values.description ?? '',
    clientIndustry: values.clientIndustry,
    city: values.city,
    deliveryMode: values.deliveryMode,
    contactName: text(values.contactName),
    contactPhone: text(values.contactPhone),
    contactEmail: text(values.contactEmail),
    budgetMin: number(values.budgetMin),
    budgetMax: number(values.budgetMax),
    priceCeiling: number(values.priceCeiling),
    minimumHeadcount: number(values.minimumHeadcount),
    noticePeriodDays: number(values.noticePeriodDays),
    clarificationDeadline: instant(values.clarificationDeadline),
    bidDeadline: instant(values.bidDeadline),
    openingTime: instant(values.openingTime),
    priceWeight: number(values.priceWeight),
    minimumBids: number(values.minimumBids),
    capabilities: values.capabilities ?? [],
    languages: values.languages ?? [],
    certifications: (values.certifications ?? [])
      .filter((c) => c?.type !== undefined)
      .map((c) => ({
        type: c.type as CertificationType,
        minimumLevel: LEVELLED_CERTIFICATIONS.includes(c.type as CertificationType)
          ? (c.minimumLevel ?? null)
          : null,
      })),
    criteria: (values.criteria ?? []).map((c) => ({
      name: (c?.name ?? '').trim(),
      weight: c?.weight ?? 0,
    })),
    lots: (values.lots ?? []).map((lot) => ({
      title: (lot?.title ?? '').trim(),
      budgetMax: lot?.budgetMax ?? null,
    })),
  };
  // Drop what is unset so that a PATCH leaves it alone (and the JSON stays small).
  for (const key of Object.keys(input) as (keyof TenderInput)[]) {
    if (input[key] === undefined) delete input[key];
  }
  return input;
}

function day(iso: string | null): Dayjs | null {
  return iso ? dayjs(iso) : null;
}

export function fromTender(tender: Tender): WizardValues {
  return {
    title: tender.title ?? '',
    description: tender.description,
    clientIndustry: tender.clientIndustry ?? undefined,
    city: tender.city ?? undefined,
    deliveryMode: tender.deliveryMode ?? undefined,
    contactName: tender.contactName ?? '',
    contactPhone: tender.contactPhone ?? '',
    contactEmail: tender.contactEmail ?? '',
    budgetMin: tender.budgetMin,
    budgetMax: tender.budgetMax,
    priceCeiling: tender.priceCeiling,
    capabilities: tender.capabilities,
    certifications: tender.certifications.map((c) => ({
      type: c.type,
      minimumLevel: c.minimumLevel,
    })),
    languages: tender.languages,
    minimumHeadcount: tender.minimumHeadcount,
    priceWeight: tender.priceWeight,
    criteria: tender.criteria.map((c) => ({ name: c.name, weight: c.weight })),
    lots: tender.lots.map((lot) => ({ title: lot.title, budgetMax: lot.budgetMax })),
    noticePeriodDays: tender.noticePeriodDays,
    clarificationDeadline: day(tender.clarificationDeadline),
    bidDeadline: day(tender.bidDeadline),
    openingTime: day(tender.openingTime),
    minimumBids: tender.minimumBids,
  };
}

/** `criteria[0].weight` → ['criteria', 0, 'weight']; `$.title` → ['title']. */
export function parseFieldPath(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const segment of path.replace(/^\$\./, '').split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
    if (!match) {
      parts.push(segment);
      continue;
    }
    parts.push(match[1] as string);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) parts.push(Number(index[1]));
  }
  return parts;
}

export interface PlacedErrors {
  /** Errors for form fields, by the field's name path. */
  fields: { name: (string | number)[]; errors: string[] }[];
  /** The weights do not sum to 100 (the server names the `criteria` list as a whole). */
  weights: string | null;
  /** Steps that have an error, ascending. */
  steps: number[];
  /** Errors no field of the form can show. */
  unplaced: string[];
}

/** Puts each server field error on the wizard field (and step) it names. */
export function placeErrors(
  errors: readonly FieldError[],
  localise: (message: string) => string = (m) => m,
): PlacedErrors {
  const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const steps = new Set<number>();
  const unplaced: string[] = [];
  let weights: string | null = null;
  for (const error of errors) {
    const path = error.field ?? error.name ?? '';
    const message = localise(error.message);
    const parts = parseFieldPath(path);
    const top = String(parts[0] ?? '');
    const step = stepOf(top);
    if (step < 0) {
      unplaced.push(path ? `${path}: ${message}` : message);
      continue;
    }
    steps.add(step);
    if (top === 'criteria' && parts.length === 1) {
      weights = message;
      continue;
    }
    // A multiple select shows its errors as a whole, not per chosen code.
    const name = top === 'capabilities' || top === 'languages' ? [top] : parts;
    const key = JSON.stringify(name);
    const entry = byName.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(message)) entry.errors.push(message);
    byName.set(key, entry);
  }
  return {
    fields: [...byName.values()],
    weights,
    steps: [...steps].sort((a, b) => a - b),
    unplaced,
  };
}
