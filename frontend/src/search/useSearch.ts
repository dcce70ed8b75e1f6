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

export type SearchRunner = (params: URLSearchParams, signal: AbortSignal) => Promise<SearchResult>;

/**
 * Runs `run` with the API query string `apiKey` whenever it changes (or on retry); with a null key
 * nothing runs and nothing is shown.
 */
export function useSearchResult(run: SearchRunner, apiKey: string | null) {
  const [result, setResult] = useState<SearchResult | null>(null);
  const [failure, setFailure] = useState<SearchFailure | null>(null);
  const [loading, setLoading] = useState(apiKey !== null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (apiKey === null) {
      setResult(null);
      setFailure(null);
      setLoading(false);
      return undefined;
    }
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

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { result, failure, loading, retry };
}

/** A search page whose whole state is the address, read and written through `schema`. */
export function useSearch(schema: QuerySchema, pageSize: number, run: SearchRunner) {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // parsed once per address, so the search runs only when the search really changes
  const query = useMemo(() => parseQuery(schema, new URLSearchParams(key)), [schema, key]);
  const apiKey = toApiParams(schema, query, pageSize).toString();
  const { result, failure, loading, retry } = useSearchResult(run, apiKey);

  /** Puts a changed search into the address (a new history entry, so back returns to this one). */
  const navigate = useCallback(
    (next: SearchQuery) => setParams(toUrlParams(schema, next)),
    [schema, setParams],
  );

  return { query, result, failure, loading, navigate, retry };
}
