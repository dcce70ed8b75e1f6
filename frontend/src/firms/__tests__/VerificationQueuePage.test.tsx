import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionStore } from '../../accounts/session';
import i18n from '../../i18n';
import { stubBackend } from '../../parks/__tests__/fixtures';
import { setAuthenticator } from '../../shared/api';
import { aMe, aSession, json, renderWithApp } from '../../testing/render';
import type { CertificationView } from '../types';
import { VerificationQueuePage } from '../VerificationQueuePage';

const WAITING: CertificationView = {
  id: 'c-7',
  organisationId: 'v-1',
  vendorNameZh: '冰城云智软件有限公司',
  vendorNameEn: null,
  type: 'ISO_IEC_27001',
  otherName: null,
  level: null,
  certificateNumber: 'ISMS-77',
  issuer: 'CQC',
  issuedOn: '2025-05-01',
  expiresOn: '2028-04-30',
  status: 'UNVERIFIED',
  rejectionReason: null,
  documentId: null,
  documentName: null,
  reviewedAt: null,
  createdAt: '2026-03-01T00:00:00Z',
};

describe('verification queue', () => {
  let store: SessionStore;

  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
    store = new SessionStore(window.localStorage);
  });

  afterEach(() => {
    store.dispose();
    setAuthenticator(null);
  });

  it('lets the authority verify a waiting certification', async () => {
    let verified = false;
    const fetchStub = stubBackend({
      'GET /api/certifications?status=UNVERIFIED&page=0&size=20': () =>
        json({ items: verified ? [] : [WAITING], page: 0, size: 20, total: verified ? 0 : 1 }),
      'POST /api/certifications/c-7/verify': () => {
        verified = true;
        return json({ ...WAITING, status: 'VERIFIED' });
      },
    });
    store.adopt(
      aSession({
        user: aMe({
          organisation: {
            id: 'a-1',
            kind: 'AUTHORITY',
            nameZh: '省商务厅',
            nameEn: null,
            creditCode: '11230000MB1A00010X',
            city: 'harbin',
          },
        }),
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<VerificationQueuePage />, { store });

    await user.click(await screen.findByTestId('verify-ISMS-77'));

    await waitFor(() => expect(screen.queryByTestId('verify-ISMS-77')).toBeNull());
    expect(
      fetchStub.mock.calls.some(
        ([url, init]) => url === '/api/certifications/c-7/verify' && init?.method === 'POST',
      ),
    ).toBe(true);
  }, 20_000);

  it('is not for vendors', () => {
    store.adopt(aSession());
    stubBackend({});
    renderWithApp(<VerificationQueuePage />, { store });

    expect(screen.getByText('只有省商务厅可以审核认证。')).toBeTruthy();
  });
});
