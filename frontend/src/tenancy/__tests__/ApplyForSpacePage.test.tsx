import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionStore } from '../../accounts/session';
import i18n from '../../i18n';
import { aPark, stubBackend } from '../../parks/__tests__/fixtures';
import { resetReference } from '../../reference/useReference';
import { setAuthenticator } from '../../shared/api';
import { aSession, json, problem, renderWithApp } from '../../testing/render';
import { ApplyForSpacePage } from '../ApplyForSpacePage';
import { aLease } from './fixtures';
import { provinceToday } from '../../shared/provinceCalendar';

const PARK = aPark({
  units: [
    {
      id: 'u-1',
      building: 'A',
      floor: '3',
      unitCode: 'A-301',
      area: 120,
      seats: 12,
      status: 'AVAILABLE',
      version: 0,
    },
  ],
});

describe('applying for space in a park', () => {
  let store: SessionStore;

  beforeEach(async () => {
    resetReference();
    await i18n.changeLanguage('zh-CN');
    store = new SessionStore(window.localStorage);
    store.adopt(aSession());
  });

  afterEach(() => {
    store.dispose();
    setAuthenticator(null);
  });

  it('sends the unit chosen on the park page from today (China time) for a year, then shows my leases', async () => {
    const sent: unknown[] = [];
    stubBackend({
      'GET /api/parks/p-1': () => json(PARK),
      'POST /api/leases': (init) => {
        sent.push(JSON.parse(String(init?.body)));
        return json(aLease(), 201);
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ApplyForSpacePage />, {
      route: '/parks/p-1/apply?unit=u-1',
      path: '/parks/:id/apply',
      store,
    });

    await user.click(await screen.findByTestId('apply-submit', {}, { timeout: 10_000 }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/my/leases'));
    expect(sent).toEqual([
      {
        parkId: 'p-1',
        unitIds: ['u-1'],
        area: null,
        seats: null,
        startDate: provinceToday(),
        termMonths: 12,
        message: null,
      },
    ]);
  }, 30_000);

  it('shows the server’s reason on the field it names and stays on the form', async () => {
    stubBackend({
      'GET /api/parks/p-1': () => json(PARK),
      'POST /api/leases': () =>
        problem(409, 'urn:waibao:problem:unit-already-leased', {
          detail: 'A unit is leased to another tenant for part of this period.',
          errors: [{ field: 'unitIds[0]', message: '该单元在此期间已出租' }],
        }),
    });
    const user = userEvent.setup();
    renderWithApp(<ApplyForSpacePage />, {
      route: '/parks/p-1/apply?unit=u-1',
      path: '/parks/:id/apply',
      store,
    });

    await user.click(await screen.findByTestId('apply-submit', {}, { timeout: 10_000 }));

    expect(await screen.findByText('该单元在此期间已出租')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/parks/p-1/apply?unit=u-1');
  }, 30_000);

  it('tells a park operator that only vendors apply', async () => {
    store.adopt(
      aSession({
        user: {
          ...aSession().user,
          organisation: { ...aSession().user.organisation, kind: 'PARK_OPERATOR' },
        },
      }),
    );
    stubBackend({ 'GET /api/parks/p-1': () => json(PARK) });
    renderWithApp(<ApplyForSpacePage />, {
      route: '/parks/p-1/apply',
      path: '/parks/:id/apply',
      store,
    });

    expect(await screen.findByText('只有接包方企业可以申请入驻园区。')).toBeTruthy();
  });
});
