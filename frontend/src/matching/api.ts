// Typed calls to the matching endpoints, through the one API client.
import { api } from '../shared/api';
import type {
  Invitation,
  Ranking,
  SavedSearch,
  SavedSearchInput,
  TenderMatch,
  VendorMatch,
} from './types';

const segment = encodeURIComponent;

export const matchingApi = {
  matches: (tenderId: string, page: number, size: number) =>
    api.get<Ranking<VendorMatch>>(
      `/api/tenders/${segment(tenderId)}/matches?page=${page}&size=${size}`,
    ),
  invite: (tenderId: string, vendorId: string) =>
    api.post<Invitation>(`/api/tenders/${segment(tenderId)}/invitations`, { vendorId }),
  recommended: (page: number, size: number) =>
    api.get<Ranking<TenderMatch>>(`/api/vendors/me/recommended-tenders?page=${page}&size=${size}`),
  savedSearches: () => api.get<SavedSearch[]>('/api/saved-searches'),
  saveSearch: (input: SavedSearchInput) => api.post<SavedSearch>('/api/saved-searches', input),
  updateSavedSearch: (id: string, input: SavedSearchInput) =>
    api.patch<SavedSearch>(`/api/saved-searches/${segment(id)}`, input),
  deleteSavedSearch: (id: string) => api.delete<void>(`/api/saved-searches/${segment(id)}`),
};
