// Calls to the search endpoints, through the one API client. Searching needs no session.
import { api } from '../shared/api';
import type { SearchResult } from './types';

export const searchApi = {
  tenders: (params: URLSearchParams, signal?: AbortSignal) =>
    api.get<SearchResult>(`/api/search/tenders?${params.toString()}`, {
      authenticate: false,
      ...(signal ? { signal } : {}),
    }),
};
