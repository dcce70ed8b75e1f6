import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionStore } from '../../accounts/session';
import i18n from '../../i18n';
import { resetReference } from '../../reference/useReference';
import { setAuthenticator } from '../../shared/api';
import { json, renderWithApp } from '../../testing/render';
import { MyTendersPage } from '../MyTendersPage';
import { TendersPage } from '../TendersPage';
import type { TenderSummary } from '../types';
import { aClient, aVendor, callsTo, REFERENCE, signedIn, stubBackend } from './fixtures';

function summary(overrides: Partial<TenderSummary> = {}): TenderSummary {
  return {
    id: 't-1',
    status: 'AWARDED',
    title: '核心系统应用开发外包',
    clientIndustry: 'FINANCE',
    city: 'harbin',
    deliveryMode: 'ONSHORE',
    budgetMin: 500_000,
    budgetMax: 2_000_000,
    bidDeadline: '2026-11-01T02:00:00Z',
    publishedAt: '2026-10-01T02:00:00Z',
    clientName: '龙江示范银行',
    ...overrides,
  };
}

const page = (items: TenderSummary[]) => json({ items, page: 0, size: 20, total: items.length });

describe('tender lists', { timeout: 30_000 }, () => {
  let store: SessionStore | undefined;

  beforeEach(async () => {
    resetReference();
    await i18n.changeLanguage('zh-CN');
  });

  afterEach(() => {
    store?.dispose();
    store = undefined;
    setAuthenticator(null);
  });

  it('searches published tenders, filtered by the status in the address', async () => {
    const search = 'GET /api/search/tenders?status=AWARDED&sort=newest&page=0&size=20';
    const fetchStub = stubBackend({
      ...REFERENCE,
      [search]: () =>
        json({
          total: 1,
          page: 0,
          size: 20,
          hits: [
            {
              id: 't-1',
              fields: {
                title: '核心系统应用开发外包',
                clientName: '龙江示范银行',
                status: 'AWARDED',
              },
              highlights: { title: '核心系统应用开发外包' },
            },
          ],
          facets: { status: [{ value: 'AWARDED', count: 1 }] },
        }),
    });
    renderWithApp(<TendersPage />, { route: '/tenders?status=AWARDED' });

    const link = await screen.findByTestId('search-hit-title');
    expect(link.getAttribute('href')).toBe('/tenders/t-1');
    expect(screen.getByText('龙江示范银行')).toBeTruthy();
    expect(within(screen.getByTestId('search-hits')).getByText('已定标')).toBeTruthy();
    expect(screen.getByTestId('facet-status-AWARDED').getAttribute('data-checked')).toBe('true');
    expect(callsTo(fetchStub, search)).toHaveLength(1);
    // signed out: no client actions
    expect(screen.queryByTestId('tenders-new')).toBeNull();
  });

  it('offers a client its own tenders and the wizard', async () => {
    stubBackend({
      ...REFERENCE,
      'GET /api/search/tenders?sort=newest&page=0&size=20': () =>
        json({ total: 0, page: 0, size: 20, hits: [], facets: {} }),
    });
    store = signedIn(aClient());
    renderWithApp(<TendersPage />, { store, route: '/tenders' });

    expect(await screen.findByTestId('tenders-new')).toBeTruthy();
    expect(screen.getByTestId('tenders-mine')).toBeTruthy();
  });

  it("shows a client's own tenders, drafts included", async () => {
    stubBackend({
      ...REFERENCE,
      'GET /api/tenders?mine=true&page=0&size=20': () =>
        page([summary({ id: 't-2', status: 'DRAFT', title: '草拟中的招标' })]),
    });
    store = signedIn(aClient());
    renderWithApp(<MyTendersPage />, { store, route: '/my/tenders' });

    expect((await screen.findByTestId('tender-link-t-2')).textContent).toBe('草拟中的招标');
    expect(screen.getByText('草稿')).toBeTruthy();
  });

  it('keeps "my tenders" for clients', () => {
    stubBackend({ ...REFERENCE });
    store = signedIn(aVendor());
    renderWithApp(<MyTendersPage />, { store, route: '/my/tenders' });

    expect(screen.getByTestId('page-title').textContent).toBe('无权访问');
  });
});
