import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { json, renderWithApp } from '../../testing/render';
import { aClient, body, callsTo, signedIn, stubBackend } from '../../tenders/__tests__/fixtures';
import { unmetText } from '../describe';
import { MatchedVendorsPanel } from '../MatchedVendorsPanel';
import type { Ranking, ScorePart, VendorMatch } from '../types';

function parts(text = true): ScorePart[] {
  return [
    { name: 'capability', weight: 30, value: 0.7, points: 21, computed: true },
    { name: 'caseStudies', weight: 15, value: 0.667, points: 10, computed: true },
    { name: 'rating', weight: 15, value: 0.75, points: 11.25, computed: true },
    { name: 'delivery', weight: 10, value: 0.5, points: 5, computed: true },
    { name: 'location', weight: 10, value: 1, points: 10, computed: true },
    { name: 'sizeFit', weight: 10, value: 0.761, points: 7.61, computed: true },
    { name: 'text', weight: 10, value: text ? 0.5 : 0, points: text ? 5 : 0, computed: text },
  ];
}

function aMatch(overrides: Partial<VendorMatch> = {}): VendorMatch {
  return {
    rank: 1,
    vendorId: 'v-1',
    nameZh: '云智软件',
    nameEn: 'Cloudwise',
    city: 'harbin',
    headcount: 300,
    eligible: true,
    total: 69.9,
    parts: parts(),
    unmet: [],
    invitedAt: null,
    ...overrides,
  };
}

function ranking(items: VendorMatch[]): Ranking<VendorMatch> {
  return { items, page: 0, size: 10, total: items.length, eligible: 1, textComputed: true };
}

describe('matched vendors panel', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the ranking with bars and reasons, and invites a vendor once', async () => {
    let invited = false;
    const backend = stubBackend({
      'GET /api/tenders/t-1/matches?page=0&size=10': () =>
        json(
          ranking([
            aMatch({ invitedAt: invited ? '2026-11-27T10:00:00Z' : null }),
            aMatch({
              rank: 2,
              vendorId: 'v-2',
              nameZh: '小公司',
              eligible: false,
              total: 50,
              unmet: [{ requirement: 'certification', value: 'CMMI:3' }],
            }),
          ]),
        ),
      'POST /api/tenders/t-1/invitations': () => {
        invited = true;
        return json({ tenderId: 't-1', vendorId: 'v-1', invitedAt: '2026-11-27T10:00:00Z' }, 201);
      },
    });
    renderWithApp(<MatchedVendorsPanel tenderId="t-1" canInvite />, { store: signedIn(aClient()) });

    const panel = await screen.findByTestId('matched-vendors');
    await within(panel).findByText('云智软件');
    expect(within(panel).getByTestId('matched-summary').textContent).toContain('1 家满足');
    expect(within(panel).getAllByTestId('match-total')[0]?.textContent).toBe('69.9');
    expect(within(panel).getByText('缺少 CMMI 3 级或以上的有效认证')).toBeTruthy();
    const bars = within(panel).getAllByTestId('match-bars')[0]!;
    expect(bars.querySelectorAll('[data-part]')).toHaveLength(7);
    expect(within(bars).getByText('+21.0')).toBeTruthy();

    await userEvent.click(within(panel).getAllByTestId('match-invite')[0]!);

    await waitFor(() => expect(within(panel).getByTestId('match-invited')).toBeTruthy());
    const calls = callsTo(backend, 'POST /api/tenders/t-1/invitations');
    expect(calls).toHaveLength(1);
    expect(body(calls[0]?.[1])).toEqual({ vendorId: 'v-1' });
  }, 30_000);

  it('says when the text part was not computed', async () => {
    stubBackend({
      'GET /api/tenders/t-1/matches?page=0&size=10': () =>
        json({ ...ranking([aMatch({ parts: parts(false) })]), textComputed: false }),
    });
    renderWithApp(<MatchedVendorsPanel tenderId="t-1" canInvite={false} />, {
      store: signedIn(aClient()),
    });

    const summary = await screen.findByTestId('matched-summary');
    expect(summary.textContent).toContain('文本相似度暂不可用');
    expect(screen.getByText('—')).toBeTruthy();
    expect(screen.getByTestId('match-invite').hasAttribute('disabled')).toBe(true);
  }, 30_000);

  it('names unmet requirements in both languages', async () => {
    await i18n.changeLanguage('en');
    expect(unmetText({ requirement: 'headcount', value: '100' }, i18n.t)).toBe(
      'Fewer than 100 staff',
    );
    expect(unmetText({ requirement: 'certification', value: 'ISO_IEC_27001' }, i18n.t)).toBe(
      'No verified ISO/IEC 27001 valid at the deadline',
    );
    expect(unmetText({ requirement: 'language', value: 'ja' }, i18n.t)).toBe('Does not work in ja');
  });
});
