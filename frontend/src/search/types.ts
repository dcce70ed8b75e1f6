// The search API's answer (dev.waibao.search): one page of hits with highlighted snippets, and
// facet counts per field. Field values come back as indexed: strings, numbers, lists of strings,
// instants as ISO-8601 strings.

export interface SearchHit {
  id: string;
  fields: Record<string, unknown>;
  /** Field to HTML snippet: escaped text with matches wrapped in <mark>…</mark>. */
  highlights: Record<string, string>;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResult {
  total: number;
  page: number;
  size: number;
  hits: SearchHit[];
  facets: Record<string, FacetCount[]>;
}

/** A single text value of a hit's field (the first of a list). */
export function textField(hit: SearchHit, name: string): string | undefined {
  const value = hit.fields[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

/** All text values of a hit's field. */
export function listField(hit: SearchHit, name: string): string[] {
  const value = hit.fields[name];
  const all: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((v): v is string => typeof v === 'string');
}

/** A number field of a hit. */
export function numberField(hit: SearchHit, name: string): number | undefined {
  const value = hit.fields[name];
  return typeof value === 'number' ? value : undefined;
}

/** An instant field of a hit as an ISO string (accepting epoch milliseconds too). */
export function instantField(hit: SearchHit, name: string): string | undefined {
  const value = hit.fields[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return new Date(value).toISOString();
  return undefined;
}
