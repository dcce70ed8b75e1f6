import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionStore } from '../../accounts/session';
import i18n from '../../i18n';
import { setAuthenticator } from '../../shared/api';
import { aSession, renderWithApp } from '../../testing/render';
import type { Table } from '../api';
import type { ChartProps } from '../Chart';
import { chartData } from '../chartData';
import { TableCard } from '../TableCard';

// ECharts needs a canvas jsdom lacks: the chart shows the series it was given instead.
vi.mock('../Chart', () => ({
  default: ({ periods, series, label }: ChartProps) => (
    <div
      data-testid="chart"
      aria-label={label}
      data-periods={JSON.stringify(periods)}
      data-series={JSON.stringify(series)}
    />
  ),
}));

const row = (
  period: string,
  policyType: string,
  policyTypeName: string,
  fundingSource: string,
  fundingSourceName: string,
  approvedAmount: number,
  paidAmount: number,
) => ({
  period,
  policyType,
  policyTypeName,
  fundingSource,
  fundingSourceName,
  approvedAmount,
  paidAmount,
});

const SUBSIDIES: Table = {
  id: 'subsidies',
  columns: [
    { key: 'period', type: 'period' },
    { key: 'policyType', type: 'text' },
    { key: 'policyTypeName', type: 'text' },
    { key: 'fundingSource', type: 'text' },
    { key: 'fundingSourceName', type: 'text' },
    { key: 'approvedAmount', type: 'money' },
    { key: 'paidAmount', type: 'money' },
  ],
  rows: [
    row('2017-Q1', 'RENT', '房租补贴', 'PARK', '园区', 30000, 30000),
    row('2017-Q1', 'CERTIFICATION', '国际资质认证补贴', 'PROVINCE', '省级财政', 400000, 0),
    row('2017-Q2', 'CERTIFICATION', '国际资质认证补贴', 'PROVINCE', '省级财政', 0, 400000),
    row('2017-Q2', 'TRAINING', '培训及职业介绍补贴', 'PROVINCE', '省级财政', 12600, 5400),
    row('2017-Q2', 'TRAINING', '培训及职业介绍补贴', 'CITY', '市级财政', 8400, 3600),
  ],
  applied: [],
  notApplicable: ['category=ITO'],
  source: 'subsidy_claim, subsidy_payment',
};

const FILTERS = { period: 'QUARTER' as const, from: '2017-01-01', to: '2017-12-31' };

describe('subsidies on the dashboard', () => {
  let store: SessionStore;

  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
    store = new SessionStore(window.localStorage);
  });

  afterEach(() => {
    store.dispose();
    setAuthenticator(null);
  });

  it('charts approved and paid side by side, each stacked by policy type', () => {
    const { periods, series } = chartData(SUBSIDIES, 'approvedAmount', (m, type) => `${type}/${m}`);
    expect(periods).toEqual(['2017-Q1', '2017-Q2']);
    expect(series).toEqual([
      { name: '房租补贴/approved', stack: 'approved', values: [30000, 0] },
      { name: '国际资质认证补贴/approved', stack: 'approved', values: [400000, 0] },
      // province and city shares of one type add up in its bar
      { name: '培训及职业介绍补贴/approved', stack: 'approved', values: [0, 21000] },
      { name: '房租补贴/paid', stack: 'paid', values: [30000, 0] },
      { name: '国际资质认证补贴/paid', stack: 'paid', values: [0, 400000] },
      { name: '培训及职业介绍补贴/paid', stack: 'paid', values: [0, 9000] },
    ]);
  });

  it('shows the rows by type and source with names, not codes, and the chart', async () => {
    store.adopt(aSession());
    renderWithApp(<TableCard table={SUBSIDIES} filters={FILTERS} />, { store });

    const card = document.querySelector('[data-table="subsidies"]') as HTMLElement;
    expect(within(card).getByText('扶持资金批准与拨付（按政策类型和资金来源）')).toBeTruthy();
    const headers = Array.from(card.querySelectorAll('thead th')).map((th) => th.textContent);
    expect(headers).toEqual(['期间', '政策类型', '资金来源', '批准金额（元）', '拨付金额（元）']);
    const cells = Array.from(card.querySelectorAll('tbody tr.ant-table-row')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent),
    );
    expect(cells).toEqual([
      ['2017-Q1', '房租补贴', '园区', '30,000.00', '30,000.00'],
      ['2017-Q1', '国际资质认证补贴', '省级财政', '400,000.00', '0.00'],
      ['2017-Q2', '国际资质认证补贴', '省级财政', '0.00', '400,000.00'],
      ['2017-Q2', '培训及职业介绍补贴', '省级财政', '12,600.00', '5,400.00'],
      ['2017-Q2', '培训及职业介绍补贴', '市级财政', '8,400.00', '3,600.00'],
    ]);
    const chart = await screen.findByTestId('chart');
    expect(chart.getAttribute('aria-label')).toBe('金额（元）');
    const series = JSON.parse(chart.getAttribute('data-series') ?? '[]') as { name: string }[];
    expect(series.map((s) => s.name)).toContain('培训及职业介绍补贴 · 拨付');
    expect(within(card).getByText(/按拨付日期计/)).toBeTruthy();
    expect(within(card).getByText(/category=ITO/)).toBeTruthy();
  });

  it('downloads the table as XLSX with the filters applied', async () => {
    store.adopt(aSession());
    const fetchStub = vi.fn<(input: string, init?: RequestInit) => Promise<Response>>(() =>
      Promise.resolve(
        new Response('PK', { headers: { 'Content-Type': 'application/octet-stream' } }),
      ),
    );
    vi.stubGlobal('fetch', fetchStub);
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    const createObjectURL = vi.fn(() => 'blob:subsidies');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    try {
      renderWithApp(<TableCard table={SUBSIDIES} filters={FILTERS} />, { store });
      const card = document.querySelector('[data-table="subsidies"]') as HTMLElement;
      fireEvent.click(card.querySelector('[data-export="xlsx"]') as HTMLElement);

      await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
      expect(fetchStub.mock.calls[0]?.[0]).toBe(
        '/api/statistics/tables/subsidies/export?period=QUARTER&from=2017-01-01&to=2017-12-31&format=xlsx&lang=zh-CN',
      );
    } finally {
      URL.createObjectURL = saved.create;
      URL.revokeObjectURL = saved.revoke;
    }
  });
});
