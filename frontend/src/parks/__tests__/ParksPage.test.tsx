import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { resetReference } from '../../reference/useReference';
import { json, renderWithApp } from '../../testing/render';
import { ParksPage } from '../ParksPage';
import { aPark, stubBackend } from './fixtures';

describe('park directory', () => {
  beforeEach(async () => {
    resetReference();
    await i18n.changeLanguage('zh-CN');
  });

  it('lists parks with their level and availability, filtered from the address bar', async () => {
    const park = aPark();
    const fetchStub = stubBackend({
      'GET /api/parks?city=harbin&level=PROVINCIAL_DEMONSTRATION&page=0&size=10': () =>
        json({ items: [park], page: 0, size: 10, total: 1 }),
    });

    renderWithApp(<ParksPage />, { route: '/parks?city=harbin&level=PROVINCIAL_DEMONSTRATION' });

    expect(await screen.findByText('哈尔滨软件园')).toBeTruthy();
    expect(screen.getByTestId('park-available-p-1').textContent).toContain('1,500 m²');
    expect(screen.getByTestId('park-available-p-1').textContent).toContain('120 个工位');
    expect(screen.getAllByText('省级示范').length).toBeGreaterThan(0);
    expect(fetchStub.mock.calls.map(([url]) => url)).toContain(
      '/api/parks?city=harbin&level=PROVINCIAL_DEMONSTRATION&page=0&size=10',
    );
  });

  it('speaks English when asked', async () => {
    await i18n.changeLanguage('en');
    stubBackend({
      'GET /api/parks?page=0&size=10': () =>
        json({ items: [aPark()], page: 0, size: 10, total: 1 }),
    });

    renderWithApp(<ParksPage />, { route: '/parks' });

    expect(await screen.findByText('Harbin Software Park')).toBeTruthy();
    expect(screen.getByText('Provincial demonstration')).toBeTruthy();
  });
});
