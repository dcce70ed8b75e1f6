// Typed calls to the tenancy endpoints, all through the one API client.
import { api } from '../shared/api';
import type { Application, Approval, Lease, LeaseStatus, Occupancy } from './types';

const segment = encodeURIComponent;

export const tenancyApi = {
  apply: (application: Application, idempotencyKey: string) =>
    api.post<Lease>('/api/leases', application, {
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  mine: () => api.get<Lease[]>('/api/leases/mine'),
  ofPark: (parkId: string, status?: LeaseStatus) =>
    api.get<Lease[]>(
      `/api/parks/${segment(parkId)}/leases${status ? `?status=${segment(status)}` : ''}`,
    ),
  approve: (leaseId: string, approval: Approval) =>
    api.post<Lease>(`/api/leases/${segment(leaseId)}/approval`, approval),
  reject: (leaseId: string, reason: string) =>
    api.post<Lease>(`/api/leases/${segment(leaseId)}/rejection`, { reason }),
  terminate: (leaseId: string, endDate: string, reason: string) =>
    api.post<Lease>(`/api/leases/${segment(leaseId)}/termination`, { endDate, reason }),
  occupancy: (parkId: string) => api.get<Occupancy>(`/api/parks/${segment(parkId)}/occupancy`),
};
