import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionStore } from '../../accounts/session';
import i18n from '../../i18n';
import { stubBackend } from '../../parks/__tests__/fixtures';
import { setAuthenticator } from '../../shared/api';
import { aSession, json, renderWithApp } from '../../testing/render';
import type { Claim, Offer, Policy } from '../types';
import { VendorSubsidiesPage } from '../VendorSubsidiesPage';

const POLICY: Policy = {
  id: 'p-1',
  ownerOrganisationId: 'o-1',
  ownerNameZh: '松北软件园运营公司',
  ownerNameEn: null,
  parkId: 'park-1',
  parkNameZh: '松北软件园',
  parkNameEn: 'Songbei Software Park',
  type: 'RENT',
  nameZh: '示范区房租补贴',
  nameEn: 'Demonstration zone rent subsidy',
  validFrom: '2026-01-01',
  validTo: null,
  annualBudget: 1000000,
  fundingSource: 'PARK',
  rule: {
    rent: {
      percentOfRent: 50,
      capPerSquareMetrePerMonth: 40,
      maxMonths: 12,
      parkLevels: ['PROVINCIAL_DEMONSTRATION'],
      sizeTiers: [],
      wellKnownOnly: false,
      capabilities: [],
    },
    certification: null,
    training: null,
  },
  revision: 1,
  inForce: true,
  budgetYear: 2026,
  committed: 0,
  paid: 0,
  remaining: 1000000,
  claims: 0,
};

const OFFER: Offer = {
  policy: POLICY,
  estimates: [
    {
      basis: 'lease',
      label: '松北软件园 · 500 m² · 2026-01-01 – 2027-01-01',
      leaseId: 'l-1',
      certificationId: null,
      months: [1],
      amount: 20000,
      explanation: [
        {
          code: 'rentMonthCapped',
          values: {
            percent: '50',
            rent: '60000',
            share: '30000',
            cap: '40',
            area: '500',
            capAmount: '20000',
          },
          text: 'English text',
        },
      ],
      eligible: true,
      reasons: [],
    },
  ],
};

const CLAIM: Claim = {
  id: 'c-1',
  policyId: 'p-1',
  policyNameZh: '示范区房租补贴',
  policyNameEn: null,
  policyRevision: 1,
  policyOwnerOrganisationId: 'o-1',
  type: 'RENT',
  status: 'PAID',
  claimantOrganisationId: 'v-1',
  claimantNameZh: '冰城云智',
  claimantNameEn: null,
  budgetYear: 2026,
  basis: {
    leaseId: 'l-1',
    parkId: 'park-1',
    months: [{ number: 1, from: '2026-01-01', to: '2026-01-31', amount: 20000 }],
    certificationId: null,
    certificationType: null,
    certificationLevel: null,
    certificateNumber: null,
    cohortName: null,
    trainees: null,
  },
  computedAmount: 20000,
  explanation: [],
  provinceShare: null,
  cityShare: null,
  approvedAmount: 20000,
  decisionReason: null,
  decidedAt: '2026-02-01T00:00:00Z',
  paidAmount: 20000,
  submittedAt: '2026-02-01T00:00:00Z',
  payments: [],
};

describe('vendor subsidies page', () => {
  let store: SessionStore;

  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
    store = new SessionStore(window.localStorage);
  });

  afterEach(() => {
    store.dispose();
    setAuthenticator(null);
  });

  it('shows each incentive with the estimate and its explanation in Chinese, and the claims', async () => {
    store.adopt(aSession());
    stubBackend({
      'GET /api/subsidies/offers': () => json([OFFER]),
      'GET /api/subsidies/claims': () => json([CLAIM]),
    });

    renderWithApp(<VendorSubsidiesPage />, { store });

    const offer = await screen.findByTestId('offer-p-1');
    expect(within(offer).getByText('示范区房租补贴')).toBeTruthy();
    expect(within(offer).getByTestId('offer-estimate-amount').textContent).toContain('20,000');
    expect(within(offer).getByTestId('claim-explanation').textContent).toContain(
      '超过上限 40 元/m² × 500 m² = 20000 元',
    );
    expect((await screen.findAllByTestId('claim-status'))[0]?.textContent).toBe('已支付');
  }, 20_000);

  it('speaks English after a language switch', async () => {
    await i18n.changeLanguage('en');
    store.adopt(aSession());
    stubBackend({
      'GET /api/subsidies/offers': () => json([OFFER]),
      'GET /api/subsidies/claims': () => json([]),
    });

    renderWithApp(<VendorSubsidiesPage />, { store });

    const offer = await screen.findByTestId('offer-p-1');
    expect(within(offer).getByText('Demonstration zone rent subsidy')).toBeTruthy();
    expect(within(offer).getByTestId('claim-explanation').textContent).toContain(
      'the cap of 40 per m² on 500 m² is 20000, so 20000 a month',
    );
    expect(await screen.findByText('No claims yet')).toBeTruthy();
  }, 20_000);
});
