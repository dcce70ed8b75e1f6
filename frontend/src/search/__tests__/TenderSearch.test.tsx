import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { resetReference } from '../../reference/useReference';
import { json, renderWithApp } from '../../testing/render';
import { callsTo, REFERENCE, stubBackend } from '../../tenders/__tests__/fixtures';
import { TenderSearch } from '../TenderSearch';
import type { SearchResult } from '../types';

function result(overrides: Partial<SearchResult> = {}): SearchResult {
  return {
    total: 2,
    page: 0,
    size: 20,
    hits: [
      {
        id: 't-1',
        fields: {
          title: '呼叫中心外包服务',
          clientName: '龙江示范银行',
          status: 'ACTIVE',
          city: 'harbin',
          categories: ['ITO_APPLICATION_SOFTWARE'],
          budgetMin: 500_000,
          budgetMax: 2_000_000,
          bidDeadline: '2027-01-31T08:00:00Z',
        },
        highlights: {
          title: '<mark>呼叫</mark>中心外包服务',
          description: '7x24 小时<mark>呼叫</mark>中心 &lt;b&gt;',
        },
      },
      {
        id: 't-2',
        fields: { title: '地理信息平台', status: 'EVALUATION' },
        highlights: {},
      },
    ],
    facets: {
      categories: [{ value: 'ITO_APPLICATION_SOFTWARE', count: 2 }],
      industry: [{ value: 'FINANCE', count: 2 }],
      city: [
        { value: 'harbin', count: 1 },
        { value: 'daqing', count: 1 },
      ],
      deliveryMode: [{ value: 'ONSHORE', count: 2 }],
      status: [
        { value: 'ACTIVE', count: 1 },
        { value: 'EVALUATION', count: 1 },
      ],
      budget: [{ value: '1M_TO_10M', count: 1 }],
    },
    ...overrides,
  };
}

const SEARCH = 'GET /api/search/tenders?';

function searchBox(): HTMLInputElement {
  const input = screen.getByTestId('search-box').querySelector('input');
  if (input === null) throw new Error('no search box');
  return input;
}

// a whole page with date pickers and selects renders slowly on a busy machine
describe('the tender search page', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    resetReference();
    await i18n.changeLanguage('zh-CN');
  });

  it('shows highlighted hits, facet counts with reference names, and the total', async () => {
    const fetchStub = stubBackend({
      ...REFERENCE,
      [`${SEARCH}q=%E5%91%BC%E5%8F%AB&city=harbin&sort=relevance&page=0&size=20`]: () =>
        json(result()),
    });
    renderWithApp(<TenderSearch />, { route: '/tenders?q=呼叫&city=harbin' });

    const hits = await screen.findAllByTestId('search-hit');
    expect(hits.map((hit) => hit.getAttribute('data-id'))).toEqual(['t-1', 't-2']);
    const title = within(hits[0]!).getByTestId('search-hit-title');
    expect(title.getAttribute('href')).toBe('/tenders/t-1');
    expect([...title.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['呼叫']);
    expect(within(hits[0]!).getByTestId('search-hit-description').textContent).toBe(
      '7x24 小时呼叫中心 <b>',
    );
    expect(within(hits[1]!).getByTestId('search-hit-title').textContent).toBe('地理信息平台');
    expect(screen.getByTestId('search-total').textContent).toBe('共找到 2 个招标');
    const harbin = screen.getByTestId('facet-city-harbin');
    expect(harbin.getAttribute('data-checked')).toBe('true');
    await waitFor(() => expect(harbin.textContent).toBe('哈尔滨市1'));
    expect(screen.getByTestId('facet-category-ITO_APPLICATION_SOFTWARE').textContent).toContain(
      '应用软件开发与服务',
    );
    expect(screen.getByTestId('facet-status-EVALUATION').textContent).toBe('评标中1');
    expect(screen.getByTestId('facet-budget-1M_TO_10M').getAttribute('data-count')).toBe('1');
    expect(searchBox().value).toBe('呼叫');
    expect(
      callsTo(fetchStub, `${SEARCH}q=%E5%91%BC%E5%8F%AB&city=harbin&sort=relevance&page=0&size=20`),
    ).toHaveLength(1);
  });

  it('puts typed text, picked facets and bands into the address, starting at page one', async () => {
    const fetchStub = stubBackend({
      ...REFERENCE,
      [`${SEARCH}sort=newest&page=1&size=20`]: () => json(result({ page: 1, total: 30 })),
      [`${SEARCH}q=%E5%A4%96%E5%8C%85&sort=relevance&page=0&size=20`]: () => json(result()),
      [`${SEARCH}q=%E5%A4%96%E5%8C%85&city=daqing&sort=relevance&page=0&size=20`]: () =>
        json(result()),
      [`${SEARCH}q=%E5%A4%96%E5%8C%85&city=daqing&budgetMin=1000000&budgetMax=9999999&sort=relevance&page=0&size=20`]:
        () => json(result({ total: 1 })),
    });
    renderWithApp(<TenderSearch />, { route: '/tenders?page=1' });
    await screen.findAllByTestId('search-hit');

    fireEvent.change(searchBox(), { target: { value: '外包' } });
    fireEvent.keyDown(searchBox(), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(
        `/tenders?${new URLSearchParams({ q: '外包' }).toString()}`,
      ),
    );
    await screen.findAllByTestId('search-hit');
    fireEvent.click(within(screen.getByTestId('facet-city-daqing')).getByRole('checkbox'));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toContain('&city=daqing'),
    );
    fireEvent.click(
      within(await screen.findByTestId('facet-budget-1M_TO_10M')).getByRole('button'),
    );
    await waitFor(() =>
      expect(screen.getByTestId('search-total').textContent).toBe('共找到 1 个招标'),
    );
    expect(screen.getByTestId('location').textContent).toBe(
      '/tenders?q=%E5%A4%96%E5%8C%85&city=daqing&budgetMin=1000000&budgetMax=9999999',
    );
    expect(fetchStub).toHaveBeenCalled();
  });

  it('says when nothing matches and offers to clear the search', async () => {
    stubBackend({
      ...REFERENCE,
      [`${SEARCH}q=zzz&sort=relevance&page=0&size=20`]: () =>
        json(result({ total: 0, hits: [], facets: {} })),
      [`${SEARCH}sort=newest&page=0&size=20`]: () => json(result()),
    });
    renderWithApp(<TenderSearch />, { route: '/tenders?q=zzz' });

    const empty = await screen.findByTestId('search-empty');
    expect(empty.textContent).toContain('没有符合条件的招标');
    fireEvent.click(within(empty).getByRole('button'));

    expect(await screen.findAllByTestId('search-hit')).toHaveLength(2);
    expect(screen.getByTestId('location').textContent).toBe('/tenders');
    expect(searchBox().value).toBe('');
  });

  it('explains a refused query (400) by the parameter it names', async () => {
    stubBackend({
      ...REFERENCE,
      [`${SEARCH}q=x&sort=relevance&page=0&size=20`]: () =>
        json(
          {
            type: 'urn:waibao:problem:invalid',
            title: 'Invalid request',
            status: 400,
            errors: [{ field: 'q', message: 'text is too long' }],
          },
          400,
          { 'Content-Type': 'application/problem+json' },
        ),
    });
    renderWithApp(<TenderSearch />, { route: '/tenders?q=x' });

    const alert = await screen.findByTestId('search-invalid');
    expect(alert.textContent).toContain('关键词无法搜索');
    expect(alert.textContent).toContain('text is too long');
    expect(screen.queryByTestId('search-hit')).toBeNull();
    expect(screen.getByTestId('search-total').textContent).toBe('');
  });

  it('says search is down (503) and tries again on request', async () => {
    let calls = 0;
    stubBackend({
      ...REFERENCE,
      [`${SEARCH}sort=newest&page=0&size=20`]: () =>
        ++calls === 1
          ? json(
              { type: 'urn:waibao:problem:unavailable', title: 'Unavailable', status: 503 },
              503,
              { 'Content-Type': 'application/problem+json' },
            )
          : json(result()),
    });
    renderWithApp(<TenderSearch />, { route: '/tenders' });

    const alert = await screen.findByTestId('search-unavailable');
    expect(alert.textContent).toContain('搜索服务暂时不可用');
    fireEvent.click(within(alert).getByRole('button'));

    expect(await screen.findAllByTestId('search-hit')).toHaveLength(2);
    expect(screen.queryByTestId('search-unavailable')).toBeNull();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    stubBackend({ ...REFERENCE, [`${SEARCH}sort=newest&page=0&size=20`]: () => json(result()) });
    renderWithApp(<TenderSearch />, { route: '/tenders' });

    await screen.findAllByTestId('search-hit');
    expect(screen.getByTestId('search-total').textContent).toBe('2 tenders found');
    await waitFor(() =>
      expect(screen.getByTestId('facet-city-harbin').textContent).toBe('Harbin1'),
    );
  });
});
