import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { stubBackend } from '../../parks/__tests__/fixtures';
import { resetReference } from '../../reference/useReference';
import { json, renderWithApp } from '../../testing/render';
import type { VendorDetail } from '../types';
import { VendorDetailPage } from '../VendorDetailPage';

const VENDOR: VendorDetail = {
  organisationId: 'v-1',
  legalNameZh: '冰城云智软件有限公司',
  legalNameEn: 'Bingcheng Cloudwise Software Co., Ltd.',
  creditCode: '91230100MA1B2C3D49',
  city: 'harbin',
  park: null,
  headcount: 950,
  sizeTier: 'SCALE',
  foundedYear: 2008,
  revenueBand: 'FROM_50M_TO_200M',
  capabilities: [{ code: 'ITO_SAAS', yearsOfExperience: 9 }],
  languages: ['zh', 'ja'],
  markets: ['DOMESTIC', 'JAPAN'],
  caseStudies: [],
  description: null,
  certifications: [
    {
      id: 'c-1',
      type: 'CMMI',
      otherName: null,
      level: 5,
      certificateNumber: 'CMMI-2026-0001',
      issuer: 'CMMI Institute',
      issuedOn: '2025-01-01',
      expiresOn: '2028-01-01',
    },
  ],
  rating: null,
  demo: false,
  updatedAt: '2026-03-01T00:00:00Z',
};

describe('vendor page', () => {
  beforeEach(async () => {
    resetReference();
    await i18n.changeLanguage('zh-CN');
  });

  it('shows the size tier, capabilities and verified certifications', async () => {
    stubBackend({ 'GET /api/vendors/v-1': () => json(VENDOR) });

    renderWithApp(<VendorDetailPage />, { route: '/vendors/v-1', path: '/vendors/:id' });

    expect(await screen.findByText('冰城云智软件有限公司')).toBeTruthy();
    expect(screen.getByTestId('vendor-size-tier').textContent).toBe('规模企业（800人以上）');
    expect(screen.getByText('CMMI 5 级')).toBeTruthy();
    expect(screen.getByText('CMMI-2026-0001')).toBeTruthy();
    expect(screen.getByText('中文、日语')).toBeTruthy();
    expect(screen.getByTestId('vendor-rating').textContent).toContain('暂无评价');
  });
});
