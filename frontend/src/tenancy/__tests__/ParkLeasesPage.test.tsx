import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionStore } from '../../accounts/session';
import i18n from '../../i18n';
import { aPark, stubBackend } from '../../parks/__tests__/fixtures';
import { resetReference } from '../../reference/useReference';
import { setAuthenticator } from '../../shared/api';
import { aMe, aSession, json, problem, renderWithApp } from '../../testing/render';
import { ParkLeasesPage } from '../ParkLeasesPage';
import { aLease, anOccupancy } from './fixtures';

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

describe('the park operator’s tenancy desk', () => {
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

  it('approves an application with the requested unit and a rent from the base rent', async () => {
    let lease = aLease();
    const sent: unknown[] = [];
    stubBackend({
      'GET /api/parks/p-1': () => json(PARK),
      'GET /api/parks/p-1/leases': () => json([lease]),
      'GET /api/parks/p-1/occupancy': () => json(anOccupancy()),
      'POST /api/leases/l-1/approval': (init) => {
        sent.push(JSON.parse(String(init?.body)));
        lease = aLease({
          status: 'APPROVED',
          area: 120,
          seats: 12,
          monthlyRent: 4200,
          units: lease.requestedUnits,
        });
        return json(lease);
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ParkLeasesPage />, {
      route: '/manage/parks/p-1/leases',
      path: '/manage/parks/:id/leases',
      store,
    });

    await user.click(await screen.findByTestId('approve-l-1'));
    const rent = await screen.findByTestId('approve-rent');
    await user.clear(rent);
    await user.type(rent, '4200');
    await user.click(screen.getByTestId('approve-submit'));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      unitIds: ['u-1'],
      area: null,
      seats: null,
      monthlyRent: 4200,
      startDate: null,
    });
    await user.click(screen.getByTestId('tab-leases'));
    expect((await screen.findByTestId('lease-status-l-1')).textContent).toBe('已批准');
    expect(screen.getByTestId('leases-row-l-1').textContent).toContain('2027-11-30');
  }, 30_000);

  it('shows why an approval lost the race for the unit', async () => {
    stubBackend({
      'GET /api/parks/p-1': () => json(PARK),
      'GET /api/parks/p-1/leases': () => json([aLease()]),
      'GET /api/parks/p-1/occupancy': () => json(anOccupancy()),
      'POST /api/leases/l-1/approval': () =>
        problem(409, 'urn:waibao:problem:unit-already-leased', {
          errors: [{ field: 'unitIds[0]', message: 'is leased' }],
        }),
    });
    const user = userEvent.setup();
    renderWithApp(<ParkLeasesPage />, {
      route: '/manage/parks/p-1/leases',
      path: '/manage/parks/:id/leases',
      store,
    });

    await user.click(await screen.findByTestId('approve-l-1'));
    await user.click(await screen.findByTestId('approve-submit'));

    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('is leased')).toBeTruthy();
  }, 30_000);

  it('charts the leased area month by month with this month marked', async () => {
    stubBackend({
      'GET /api/parks/p-1': () => json(PARK),
      'GET /api/parks/p-1/leases': () => json([]),
      'GET /api/parks/p-1/occupancy': () => json(anOccupancy()),
    });
    renderWithApp(<ParkLeasesPage />, {
      route: '/manage/parks/p-1/leases',
      path: '/manage/parks/:id/leases',
      store,
    });

    const chart = await screen.findByTestId('occupancy-chart', {}, { timeout: 10_000 });
    expect(chart.querySelectorAll('rect')).toHaveLength(25);
    expect(screen.getByTestId('occupancy-bar-2026-12').getAttribute('data-area')).toBe('120');
    expect(screen.getByTestId('occupancy-bar-2026-11').textContent).toContain('2026-11');
    expect(screen.getByText('暂无在租企业')).toBeTruthy();
  }, 30_000);
});
