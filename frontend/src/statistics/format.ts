// Numbers of the dashboard in the UI language.
import type { Column } from './api';

export function formatCell(value: unknown, column: Column, locale: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value !== 'number') return String(value);
  if (column.type === 'ratio' && column.key.endsWith('Rate')) {
    return `${(value * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
  }
  if (column.type === 'money') {
    return value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** The column a table's chart shows. */
export const CHARTED: Record<string, string> = {
  tenders: 'tenders',
  contracts: 'awardedValue',
  vendors: 'revenue',
  market: 'budget',
  occupancy: 'leasedArea',
  subsidies: 'approvedAmount',
};
