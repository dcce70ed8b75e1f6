// Typed calls to the parks endpoints, all through the one API client.
import type { Page } from '../accounts/types';
import { api } from '../shared/api';
import type {
  LevelDecision,
  ParkDetail,
  ParkFilter,
  ParkInput,
  ParkSummary,
  SpaceUnit,
  UnitInput,
} from './types';

const segment = encodeURIComponent;

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search.toString();
}

export const parksApi = {
  directory: (filter: ParkFilter) =>
    api.get<Page<ParkSummary>>(`/api/parks?${query({ ...filter })}`),
  park: (id: string) => api.get<ParkDetail>(`/api/parks/${segment(id)}`),
  mine: () => api.get<ParkSummary[]>('/api/parks/mine'),
  create: (input: ParkInput) => api.post<ParkDetail>('/api/parks', input),
  update: (id: string, input: ParkInput) => api.put<ParkDetail>(`/api/parks/${segment(id)}`, input),
  setLevel: (id: string, decision: LevelDecision) =>
    api.put<ParkDetail>(`/api/parks/${segment(id)}/level`, decision),
  addUnit: (parkId: string, unit: UnitInput) =>
    api.post<SpaceUnit>(`/api/parks/${segment(parkId)}/units`, unit),
  updateUnit: (parkId: string, unitId: string, unit: UnitInput) =>
    api.put<SpaceUnit>(`/api/parks/${segment(parkId)}/units/${segment(unitId)}`, unit),
  deleteUnit: (parkId: string, unitId: string) =>
    api.delete<void>(`/api/parks/${segment(parkId)}/units/${segment(unitId)}`),
};
