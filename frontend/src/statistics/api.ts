// Typed calls to the statistics endpoints, all through the one API client.
import { api } from '../shared/api';

export type Granularity = 'MONTH' | 'QUARTER' | 'YEAR';
export type GroupBy = 'city' | 'park' | 'category' | 'industry' | 'deliveryMode';
export type TableId = 'tenders' | 'contracts' | 'vendors' | 'market' | 'occupancy' | 'subsidies';

export interface Filters {
  period: Granularity;
  from: string;
  to: string;
  city?: string;
  category?: string;
  industry?: string;
  deliveryMode?: string;
  groupBy?: GroupBy;
}

export interface Column {
  key: string;
  type: 'period' | 'text' | 'count' | 'money' | 'area' | 'ratio';
}

export type Row = Record<string, string | number | null | string[]>;

export interface Table {
  id: TableId;
  columns: Column[];
  rows: Row[];
  applied: string[];
  notApplicable: string[];
  source: string;
}

export interface Dashboard {
  scope: 'PROVINCE' | 'PARK' | 'MARKET';
  period: Granularity;
  from: string;
  to: string;
  filters: string[];
  tables: Table[];
}

export interface TrendPoint {
  year: number;
  value: number;
}

export interface Progress {
  indicator: string;
  target: number;
  current: number;
  currentYear: number | null;
  trend: TrendPoint[];
  ratePerYear: number | null;
  projectedDate: string | null;
  reached: boolean;
  onTrack: boolean;
}

export interface PlanPeriod {
  code: string;
  nameZh: string;
  nameEn: string;
  source: string;
  startsOn: string;
  endsOn: string;
  targets: Progress[];
}

export interface Filing {
  id: string;
  organisationId: string;
  organisationName: string;
  year: number;
  revenue: number;
  offshoreRevenue: number;
  headcount: number;
  traineesPlaced: number;
  revision: number;
  filedAt: string;
  updatedAt: string;
}

export interface FilingInput {
  year?: number;
  revenue?: number;
  offshoreRevenue?: number;
  headcount?: number;
  traineesPlaced?: number;
  reason?: string;
}

export interface Revision {
  revision: number;
  kind: 'FILED' | 'AMENDED' | 'CORRECTED';
  revenue: number;
  offshoreRevenue: number;
  headcount: number;
  traineesPlaced: number;
  reason: string | null;
  changedByOrganisation: string;
  changedAt: string;
}

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search.toString();
}

const segment = encodeURIComponent;

export const statisticsApi = {
  dashboard: (filters: Filters, lang: string) =>
    api.get<Dashboard>(`/api/statistics/dashboard?${query({ ...filters, lang })}`),
  exportTable: (table: TableId, format: 'csv' | 'xlsx', filters: Filters, lang: string) =>
    api.get<Blob>(
      `/api/statistics/tables/${segment(table)}/export?${query({ ...filters, format, lang })}`,
      { blob: true },
    ),
  targets: () => api.get<PlanPeriod[]>('/api/statistics/targets'),
  filings: (year?: number) => api.get<Filing[]>(`/api/statistics/filings?${query({ year })}`),
  file: (input: FilingInput) => api.post<Filing>('/api/statistics/filings', input),
  correct: (id: string, input: FilingInput) =>
    api.post<Filing>(`/api/statistics/filings/${segment(id)}/corrections`, input),
  history: (id: string) => api.get<Revision[]>(`/api/statistics/filings/${segment(id)}/history`),
};

/** Saves a downloaded file under its name (the download needs the session's token, so no link). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
