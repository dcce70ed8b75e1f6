// A search as the address bar holds it, and back: the text, multi-valued filters, whole-number
// bounds, the sort and the page, so a search can be shared, reloaded and walked with back/forward.
// The URL uses the API's own parameter names (repeated for several values), in one canonical order.

/** Which parameters a search page understands. */
export interface QuerySchema {
  /** Filters taking several values, each sent as a repeated parameter (e.g. `city=a&city=b`). */
  readonly lists: readonly string[];
  /** Whole-number bounds (e.g. `budgetMin`); anything else in the address is ignored. */
  readonly numbers: readonly string[];
  /** Calendar dates `YYYY-MM-DD` (e.g. `deadlineFrom`). */
  readonly dates?: readonly string[];
  /** Sort orders the API accepts. */
  readonly sorts: readonly string[];
  /** The order used when the address names none: usually relevance with text, else another. */
  readonly defaultSort: (text: string) => string;
}

export interface SearchQuery {
  /** Free text, trimmed; empty for none. */
  readonly q: string;
  /** Selected values per list filter, without duplicates, sorted; absent when none. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** Whole-number bounds that are set. */
  readonly numbers: Readonly<Record<string, number>>;
  /** Dates that are set, as `YYYY-MM-DD`. */
  readonly dates: Readonly<Record<string, string>>;
  /** The sort the user chose, or undefined for the schema's default. */
  readonly sort: string | undefined;
  /** Zero-based page. */
  readonly page: number;
}

export const EMPTY_QUERY: SearchQuery = {
  q: '',
  filters: {},
  numbers: {},
  dates: {},
  sort: undefined,
  page: 0,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The API refuses pages this deep anyway; a larger number in an address is nonsense. */
const MAX_PAGE = 10_000;

function wholeNumber(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,15}$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}

function validDate(raw: string | null): string | undefined {
  if (raw === null || !DATE.test(raw)) return undefined;
  const parsed = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(raw) ? raw : undefined;
}

function distinctSorted(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))].sort();
}

/** Reads a search from the address; whatever is malformed or unknown is left out. */
export function parseQuery(schema: QuerySchema, params: URLSearchParams): SearchQuery {
  const filters: Record<string, string[]> = {};
  for (const name of schema.lists) {
    const values = distinctSorted(params.getAll(name));
    if (values.length > 0) filters[name] = values;
  }
  const numbers: Record<string, number> = {};
  for (const name of schema.numbers) {
    const value = wholeNumber(params.get(name));
    if (value !== undefined) numbers[name] = value;
  }
  const dates: Record<string, string> = {};
  for (const name of schema.dates ?? []) {
    const value = validDate(params.get(name));
    if (value !== undefined) dates[name] = value;
  }
  const sort = params.get('sort');
  const page = wholeNumber(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    numbers,
    dates,
    sort: sort !== null && schema.sorts.includes(sort) ? sort : undefined,
    page: page !== undefined && page <= MAX_PAGE ? page : 0,
  };
}

/** The address's query string for a search: only what is set, in the schema's order. */
export function toUrlParams(schema: QuerySchema, query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q !== '') params.set('q', query.q);
  for (const name of schema.lists) {
    for (const value of query.filters[name] ?? []) params.append(name, value);
  }
  for (const name of schema.numbers) {
    const value = query.numbers[name];
    if (value !== undefined) params.set(name, String(value));
  }
  for (const name of schema.dates ?? []) {
    const value = query.dates[name];
    if (value !== undefined) params.set(name, value);
  }
  if (query.sort !== undefined) params.set('sort', query.sort);
  if (query.page > 0) params.set('page', String(query.page));
  return params;
}

/** The instant a calendar date starts in the browser's time zone, as the API expects. */
export function startOfDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1).toISOString();
}

/** The last instant of a calendar date in the browser's time zone (inclusive end of a range). */
export function endOfDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(new Date(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1).getTime() - 1).toISOString();
}

/**
 * The API's query string: the address's parameters plus the effective sort, the page and its size.
 * Dates named `…From` start at the beginning of their day, others end at its end.
 */
export function toApiParams(
  schema: QuerySchema,
  query: SearchQuery,
  size: number,
): URLSearchParams {
  const params = toUrlParams(schema, { ...query, sort: undefined, page: 0 });
  for (const name of schema.dates ?? []) {
    const value = query.dates[name];
    if (value !== undefined)
      params.set(name, name.endsWith('From') ? startOfDay(value) : endOfDay(value));
  }
  params.set('sort', query.sort ?? schema.defaultSort(query.q));
  params.set('page', String(query.page));
  params.set('size', String(size));
  return params;
}

// Changes a user makes. Every change but paging starts again at the first page.

export function withText(query: SearchQuery, q: string): SearchQuery {
  return { ...query, q: q.trim(), page: 0 };
}

export function withFilter(
  query: SearchQuery,
  name: string,
  values: readonly string[],
): SearchQuery {
  const filters: Record<string, readonly string[]> = { ...query.filters };
  const distinct = distinctSorted(values);
  if (distinct.length > 0) filters[name] = distinct;
  else delete filters[name];
  return { ...query, filters, page: 0 };
}

export function withNumbers(
  query: SearchQuery,
  changes: Readonly<Record<string, number | null | undefined>>,
): SearchQuery {
  const numbers: Record<string, number> = { ...query.numbers };
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === undefined || !Number.isFinite(value) || value < 0) {
      delete numbers[name];
    } else {
      numbers[name] = Math.floor(value);
    }
  }
  return { ...query, numbers, page: 0 };
}

export function withDates(
  query: SearchQuery,
  changes: Readonly<Record<string, string | null | undefined>>,
): SearchQuery {
  const dates: Record<string, string> = { ...query.dates };
  for (const [name, value] of Object.entries(changes)) {
    const valid = validDate(value ?? null);
    if (valid === undefined) delete dates[name];
    else dates[name] = valid;
  }
  return { ...query, dates, page: 0 };
}

export function withSort(query: SearchQuery, sort: string | undefined): SearchQuery {
  return { ...query, sort, page: 0 };
}

export function withPage(query: SearchQuery, page: number): SearchQuery {
  return { ...query, page: Math.max(0, Math.floor(page)) };
}

/** True when anything narrows the search (text, a filter, a bound or a date). */
export function isFiltered(query: SearchQuery): boolean {
  return (
    query.q !== '' ||
    Object.keys(query.filters).length > 0 ||
    Object.keys(query.numbers).length > 0 ||
    Object.keys(query.dates).length > 0
  );
}
