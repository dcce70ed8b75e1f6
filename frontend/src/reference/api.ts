// Typed calls to the reference-data endpoints, all through the one API client.
import { api } from '../shared/api';
import type { Industry, Taxonomy } from './types';

export const referenceApi = {
  capabilities: () => api.get<Taxonomy>('/api/reference/capabilities', { authenticate: false }),
  industries: () => api.get<Industry[]>('/api/reference/industries', { authenticate: false }),
};
