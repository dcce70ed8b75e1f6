import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionStore } from '../../accounts/session';
import i18n from '../../i18n';
import { setAuthenticator } from '../../shared/api';
import { json, renderWithApp } from '../../testing/render';
import { ContractPage } from '../ContractPage';
import type { Contract } from '../types';
import {
  aClient,
  aVendor,
  body,
  callsTo,
  CLIENT_ORG,
  signedIn,
  stubBackend,
  VENDOR_ORG,
} from './fixtures';

function aContract(overrides: Partial<Contract> = {}): Contract {
  return {
    id: 'c-1',
    tenderId: 't-1',
    clientOrganisationId: CLIENT_ORG,
    vendorOrganisationId: VENDOR_ORG,
    value: 1_200_000,
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
    status: 'ACTIVE',
    endedAt: null,
    endReason: null,
    ...overrides,
  };
}

const NO_RATINGS = {
  vendorOrganisationId: VENDOR_ORG,
  ratings: 0,
  quality: null,
  schedule: null,
  communication: null,
};

describe('contract page', () => {
  let store: SessionStore | undefined;

  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  afterEach(() => {
    store?.dispose();
    setAuthenticator(null);
  });

  function open(as: ReturnType<typeof aClient>) {
    store = signedIn(as);
    renderWithApp(<ContractPage />, { store, route: '/contracts/c-1', path: '/contracts/:id' });
  }

  it('shows a vendor its contract, without the client actions', async () => {
    stubBackend({
      'GET /api/contracts/c-1': () => json(aContract()),
      [`GET /api/vendors/${VENDOR_ORG}/rating`]: () => json(NO_RATINGS),
    });
    open(aVendor());

    expect((await screen.findByTestId('contract-value')).textContent).toBe('¥1,200,000');
    expect(screen.getByTestId('contract-starts').textContent).toBe('2027年1月1日');
    expect(screen.getByTestId('contract-status').dataset.status).toBe('ACTIVE');
    expect(screen.queryByTestId('contract-complete')).toBeNull();
  });

  it('lets the client complete the contract and then rate the vendor 1–5', async () => {
    let contract = aContract();
    const fetchStub = stubBackend({
      'GET /api/contracts/c-1': () => json(contract),
      [`GET /api/vendors/${VENDOR_ORG}/rating`]: () => json(NO_RATINGS),
      'POST /api/contracts/c-1/complete': () => {
        contract = aContract({ status: 'COMPLETED', endedAt: new Date().toISOString() });
        return json(contract);
      },
      'POST /api/contracts/c-1/rating': () =>
        json({ ...NO_RATINGS, ratings: 1, quality: 5, schedule: 4, communication: 5 }),
    });
    const user = userEvent.setup();
    open(aClient());

    await user.click(await screen.findByTestId('contract-complete'));
    await user.click(await screen.findByTestId('contract-complete-confirm'));
    await waitFor(() =>
      expect(screen.getByTestId('contract-status').dataset.status).toBe('COMPLETED'),
    );

    const stars = (aspect: string) =>
      screen.getByTestId(`rating-${aspect}`).querySelectorAll('li [role="radio"]');
    await user.click(stars('quality')[4] as Element);
    await user.click(stars('schedule')[3] as Element);
    await user.click(stars('communication')[4] as Element);
    await user.type(screen.getByTestId('rating-comment'), '按期交付');
    await user.click(screen.getByTestId('rating-submit'));

    await screen.findByTestId('rating-done');
    expect(body(callsTo(fetchStub, 'POST /api/contracts/c-1/rating')[0]?.[1])).toEqual({
      quality: 5,
      schedule: 4,
      communication: 5,
      comment: '按期交付',
    });
    expect(screen.getByTestId('rating-summary').textContent).toContain('评价次数1');
  }, 30_000);
});
