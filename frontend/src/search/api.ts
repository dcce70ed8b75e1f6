// Calls to the search endpoints, through the one API client. Searching needs no session.
import { api } from '../shared/api';
import type { SearchResult } from './types';

function search(index: 'tenders' | 'vendors' | 'parks') {
  return (params: URLSearchParams, signal?: AbortSignal) =>
    api.get<SearchResult>(`/api/search/${index}?${params.toString()}`, {
      authenticate: false,
      ...(signal ? { signal } : {}),
    });
}

export const searchApi = {
  tenders: search('tenders'),
  vendors: search('vendors'),
  parks: search('parks'),
};
