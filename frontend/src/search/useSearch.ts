// Runs the search the address describes, again whenever the address (or a retry) asks. An answer
// that arrives after the user has moved on is dropped; the previous page stays up while loading.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../shared/api';
import { parseQuery, toApiParams, toUrlParams, type QuerySchema, type SearchQuery } from './query';
import type { SearchResult } from './types';

export type SearchFailure =
  | { kind: 'invalid'; field: string | undefined; message: string }
  | { kind: 'unavailable'; retryAfterSeconds: number | undefined }
  | { kind: 'failed'; error: unknown };

export function failureOf(error: unknown): SearchFailure {
  if (error instanceof ApiError && error.status === 400) {
    const first = error.problem.errors?.[0];
    return {
      kind: 'invalid',
      field: first?.field ?? first?.name,
      message: first?.message || error.problem.detail || error.problem.title,
    };
  }
  if (error instanceof ApiError && error.status === 503) {
    return { kind: 'unavailable', retryAfterSeconds: error.retryAfterSeconds };
  }
  return { kind: 'failed', error };
}

export function useSearch(
  schema: QuerySchema,
  pageSize: number,
  run: (params: URLSearchParams, signal: AbortSignal) => Promise<SearchResult>,
) {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // parsed once per address, so the effect below runs only when the search really changes
  const query = useMemo(() => parseQuery(schema, new URLSearchParams(key)), [schema, key]);
  const apiKey = toApiParams(schema, query, pageSize).toString();
  const [result, setResult] = useState<SearchResult | null>(null);
  const [failure, setFailure] = useState<SearchFailure | null>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    run(new URLSearchParams(apiKey), controller.signal).then(
      (loaded) => {
        if (controller.signal.aborted) return;
        setResult(loaded);
        setFailure(null);
        setLoading(false);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setFailure(failureOf(error));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [apiKey, attempt, run]);

  /** Puts a changed search into the address (a new history entry, so back returns to this one). */
  const navigate = useCallback(
    (next: SearchQuery) => setParams(toUrlParams(schema, next)),
    [schema, setParams],
  );
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { query, result, failure, loading, navigate, retry };
}
