import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { VendorsPage } from '../../firms/VendorsPage';
import i18n from '../../i18n';
import { ParksPage } from '../../parks/ParksPage';
import { resetReference } from '../../reference/useReference';
import { json, renderWithApp } from '../../testing/render';
import { callsTo, REFERENCE, stubBackend } from '../../tenders/__tests__/fixtures';
import type { SearchResult } from '../types';

function page(hits: SearchResult['hits']): SearchResult {
  return { total: hits.length, page: 0, size: 20, hits, facets: {} };
}

function pressEnter(input: HTMLInputElement) {
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.keyUp(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

const VENDOR_SEARCH =
  'GET /api/search/vendors?q=%E4%BA%91%E6%99%BA&city=harbin&sort=relevance&page=0&size=20';
const PARK_SEARCH =
  'GET /api/search/parks?q=%E8%BD%AF%E4%BB%B6&category=ITO_SAAS&sort=relevance&page=0&size=10';

describe('directory text search', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    resetReference();
    await i18n.changeLanguage('zh-CN');
  });

  it('searches vendors by the text and filters in the address, with highlighted names', async () => {
    const fetchStub = stubBackend({
      ...REFERENCE,
      [VENDOR_SEARCH]: () =>
        json(
          page([
            {
              id: 'v-1',
              fields: {
                nameZh: '哈尔滨云智软件有限公司',
                nameEn: 'Harbin Cloudwise',
                city: 'harbin',
                sizeTier: 'SCALE',
                headcount: 900,
                certifications: ['CMMI'],
                capabilities: ['ITO_APPLICATION_SOFTWARE'],
              },
              highlights: {
                nameZh: '哈尔滨<mark>云智</mark>软件有限公司',
                description: '专注金融&lt;核心&gt;系统',
              },
            },
          ]),
        ),
    });
    renderWithApp(<VendorsPage />, { route: '/vendors?q=云智&city=harbin' });

    const title = await screen.findByTestId('search-hit-title');
    expect(title.getAttribute('href')).toBe('/vendors/v-1');
    expect([...title.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['云智']);
    expect(screen.getByTestId('search-hit-description').textContent).toBe('专注金融<核心>系统');
    expect(screen.getByTestId('search-total').textContent).toBe('共 1 家企业');
    expect(screen.queryByTestId('vendors-table')).toBeNull();
    expect(callsTo(fetchStub, VENDOR_SEARCH)).toHaveLength(1);
    expect(screen.getByTestId('search-box').querySelector('input')?.value).toBe('云智');
  });

  it('puts typed text into the address, and clearing it brings the directory back', async () => {
    stubBackend({
      ...REFERENCE,
      'GET /api/vendors?page=0&size=20': () => json({ items: [], page: 0, size: 20, total: 0 }),
      'GET /api/search/vendors?q=GIS&sort=relevance&page=0&size=20': () => json(page([])),
    });
    renderWithApp(<VendorsPage />, { route: '/vendors?page=2' });
    const input = () => screen.getByTestId('search-box').querySelector('input')!;

    fireEvent.change(input(), { target: { value: '  GIS ' } });
    pressEnter(input());

    expect((await screen.findByTestId('search-empty')).textContent).toContain('没有符合条件的结果');
    expect(screen.getByTestId('location').textContent).toBe('/vendors?q=GIS');
    fireEvent.change(input(), { target: { value: '' } });
    pressEnter(input());

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/vendors'));
    expect(await screen.findByTestId('vendors-table')).toBeTruthy();
  });

  it("searches parks, the focus filter going to the API's category", async () => {
    const fetchStub = stubBackend({
      ...REFERENCE,
      [PARK_SEARCH]: () =>
        json({
          ...page([
            {
              id: 'p-1',
              fields: {
                nameZh: '哈尔滨软件园',
                level: 'PROVINCIAL_DEMONSTRATION',
                city: 'harbin',
                availableArea: 1200,
                availableSeats: 80,
                focusCategories: ['ITO_SAAS'],
              },
              highlights: { nameZh: '哈尔滨<mark>软件</mark>园' },
            },
          ]),
          size: 10,
        }),
    });
    renderWithApp(<ParksPage />, { route: '/parks?q=软件&capability=ITO_SAAS' });

    const hit = await screen.findByTestId('search-hit');
    expect(within(hit).getByTestId('search-hit-title').getAttribute('href')).toBe('/parks/p-1');
    expect(hit.querySelector('mark')?.textContent).toBe('软件');
    expect(hit.textContent).toContain('可租 1,200 ㎡ · 80 个工位');
    expect(within(hit).getByTestId('park-level')).toBeTruthy();
    expect(callsTo(fetchStub, PARK_SEARCH)).toHaveLength(1);
    expect(screen.queryByTestId('parks-table')).toBeNull();
  });

  it('says when search is down', async () => {
    stubBackend({
      ...REFERENCE,
      'GET /api/search/parks?q=x&sort=relevance&page=0&size=10': () =>
        json({ type: 'urn:waibao:problem:unavailable', title: 'Unavailable', status: 503 }, 503, {
          'Content-Type': 'application/problem+json',
        }),
    });
    renderWithApp(<ParksPage />, { route: '/parks?q=x' });

    expect((await screen.findByTestId('search-unavailable')).textContent).toContain(
      '搜索服务暂时不可用',
    );
  });
});
