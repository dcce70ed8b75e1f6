import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionStore } from '../../accounts/session';
import i18n from '../../i18n';
import { resetReference } from '../../reference/useReference';
import { setAuthenticator } from '../../shared/api';
import { aMe, aSession, json, problem, renderWithApp } from '../../testing/render';
import { EditParkPage } from '../EditParkPage';
import { aPark, stubBackend } from './fixtures';

const OPERATOR = aMe({
  organisation: {
    id: 'o-1',
    kind: 'PARK_OPERATOR',
    nameZh: '园区运营公司',
    nameEn: null,
    creditCode: '91230100MA1B2C3D49',
    city: 'harbin',
  },
});

describe('editing a park', () => {
  let store: SessionStore;

  beforeEach(async () => {
    resetReference();
    await i18n.changeLanguage('zh-CN');
    store = new SessionStore(window.localStorage);
    store.adopt(aSession({ user: OPERATOR }));
  });

  afterEach(() => {
    store.dispose();
    setAuthenticator(null);
  });

  it('adds a unit and shows the new availability', async () => {
    let park = aPark();
    stubBackend({
      'GET /api/parks/p-1': () => json(park),
      'GET /api/parks?page=0&size=100': () => json({ items: [], page: 0, size: 100, total: 0 }),
      'POST /api/parks/p-1/units': () => {
        park = aPark({ capacity: { ...park.capacity, availableArea: 1620.5, unitCount: 5 } });
        return json({ id: 'u-9' }, 201);
      },
    });
    const user = userEvent.setup();
    renderWithApp(<EditParkPage />, {
      route: '/manage/parks/p-1',
      path: '/manage/parks/:id',
      store,
    });

    expect((await screen.findByTestId('capacity-available-area')).textContent).toContain('1,500');
    await user.click(screen.getByTestId('unit-add'));
    await user.type(await screen.findByTestId('unit-building'), 'A座');
    await user.type(screen.getByTestId('unit-floor'), '3F');
    await user.type(screen.getByTestId('unit-code'), 'A-301');
    await user.type(screen.getByTestId('unit-area'), '120.5');
    await user.click(screen.getByTestId('unit-submit'));

    await waitFor(() =>
      expect(screen.getByTestId('capacity-available-area').textContent).toContain('1,620.5'),
    );
  }, 30_000);

  it('puts the refusal of a unit that overfills the park on its area', async () => {
    stubBackend({
      'GET /api/parks/p-1': () => json(aPark()),
      'GET /api/parks?page=0&size=100': () => json({ items: [], page: 0, size: 100, total: 0 }),
      'POST /api/parks/p-1/units': () =>
        problem(400, 'urn:waibao:problem:validation', {
          errors: [{ field: 'area', message: 'exceeds' }],
        }),
    });
    const user = userEvent.setup();
    renderWithApp(<EditParkPage />, {
      route: '/manage/parks/p-1',
      path: '/manage/parks/:id',
      store,
    });

    await user.click(await screen.findByTestId('unit-add'));
    await user.type(await screen.findByTestId('unit-building'), 'A座');
    await user.type(screen.getByTestId('unit-floor'), '3F');
    await user.type(screen.getByTestId('unit-code'), 'A-302');
    await user.type(screen.getByTestId('unit-area'), '99999');
    await user.click(screen.getByTestId('unit-submit'));

    expect(await screen.findByText('加上其他单元后超出园区可租面积')).toBeTruthy();
  }, 30_000);

  it('is not for another operator', async () => {
    stubBackend({
      'GET /api/parks/p-1': () => json(aPark({ operatorOrganisationId: 'someone-else' })),
    });
    renderWithApp(<EditParkPage />, {
      route: '/manage/parks/p-1',
      path: '/manage/parks/:id',
      store,
    });

    expect(await screen.findByText('园区不存在')).toBeTruthy();
    expect(screen.queryByTestId('unit-add')).toBeNull();
  });
});
