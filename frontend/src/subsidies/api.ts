// Typed calls to the subsidies endpoints, all through the one API client.
import { api } from '../shared/api';
import type {
  Assessment,
  Claim,
  ClaimInput,
  ClaimStatus,
  Offer,
  Payment,
  Policy,
  PolicyInput,
} from './types';

const segment = encodeURIComponent;

export const subsidiesApi = {
  policies: () => api.get<Policy[]>('/api/subsidies/policies'),
  createPolicy: (input: PolicyInput) => api.post<Policy>('/api/subsidies/policies', input),
  updatePolicy: (id: string, input: PolicyInput) =>
    api.put<Policy>(`/api/subsidies/policies/${segment(id)}`, input),
  offers: () => api.get<Offer[]>('/api/subsidies/offers'),
  estimate: (input: ClaimInput) => api.post<Assessment>('/api/subsidies/claims/estimate', input),
  claim: (input: ClaimInput) => api.post<Claim>('/api/subsidies/claims', input),
  claims: (status?: ClaimStatus) =>
    api.get<Claim[]>(`/api/subsidies/claims${status ? `?status=${status}` : ''}`),
  decide: (id: string, decision: 'APPROVED' | 'REJECTED', amount: number | null, reason: string) =>
    api.post<Claim>(`/api/subsidies/claims/${segment(id)}/decision`, {
      decision,
      amount,
      reason: reason.trim() === '' ? null : reason,
    }),
  pay: (id: string, reference: string, paidOn: string) =>
    api.post<Claim>(`/api/subsidies/claims/${segment(id)}/payments`, { reference, paidOn }),
  ledger: () => api.get<Payment[]>('/api/subsidies/ledger'),
};
