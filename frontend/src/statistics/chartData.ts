// What a table's chart shows: periods along the axis and the series drawn over them. Most tables
// draw one column, one series per group; subsidies draw approved and paid side by side, each
// stacked by policy type.
import type { Row, Table } from './api';
import type { Series } from './Chart';

export interface ChartData {
  periods: string[];
  series: Series[];
}

export type SubsidySeriesName = (measure: 'approved' | 'paid', type: string) => string;

const number = (value: Row[string] | undefined) => (typeof value === 'number' ? value : 0);

export function chartData(
  table: Table,
  charted: string,
  subsidyName: SubsidySeriesName,
): ChartData {
  const periods = [...new Set(table.rows.map((r) => String(r.period)))];
  if (table.id === 'subsidies') {
    const types = [...new Set(table.rows.map((r) => String(r.policyType)))];
    const series: Series[] = [];
    for (const measure of ['approved', 'paid'] as const) {
      const column = measure === 'approved' ? 'approvedAmount' : 'paidAmount';
      for (const type of types) {
        const ofType = table.rows.filter((r) => String(r.policyType) === type);
        series.push({
          name: subsidyName(measure, String(ofType[0]?.policyTypeName ?? type)),
          stack: measure,
          values: periods.map((period) =>
            ofType
              .filter((r) => String(r.period) === period)
              .reduce((sum, r) => sum + number(r[column]), 0),
          ),
        });
      }
    }
    return { periods, series };
  }
  const grouped = table.columns.some((c) => c.key === 'groupName');
  const groups = grouped ? [...new Set(table.rows.map((r) => String(r.groupName)))] : [''];
  const series: Series[] = groups.map((group) => ({
    name: group,
    values: periods.map((period) => {
      const row = table.rows.find(
        (r) => String(r.period) === period && (!grouped || String(r.groupName) === group),
      );
      const value = row?.[charted];
      return typeof value === 'number' ? value : null;
    }),
  }));
  return { periods, series };
}

/** Columns shown on the page: a code is left out when its name is shown beside it. */
export function shownColumns(table: Table) {
  const keys = new Set(table.columns.map((c) => c.key));
  return table.columns.filter((c) => !keys.has(`${c.key}Name`));
}

/** A key for a row, unique within its table. */
export function rowKey(row: Row): string {
  return [row.period, row.group, row.policyType, row.fundingSource]
    .map((part) => String(part ?? ''))
    .join('|');
}
